package textproto

import (
	"bufio"
	"bytes"
	"io"
	"strconv"
	"strings"
)

// A Reader implements convenience methods for reading requests or responses from a
// text protocol network connection.
type Reader struct {
	R   *bufio.Reader
	dot *dotReader // the DotReader in progress, finished before any other read
}

// NewReader returns a new Reader reading from r.
//
// To avoid denial of service attacks, the provided bufio.Reader should be reading
// from an io.LimitReader or similar Reader to bound the size of responses.
func NewReader(r *bufio.Reader) *Reader {
	return &Reader{R: r}
}

// ReadLine reads a single line from r, eliding the final \n or \r\n from the returned
// string.
func (r *Reader) ReadLine() (string, error) {
	line, err := r.readLine(nil)
	return string(line), err
}

// ReadLineBytes is like ReadLine but returns a []byte instead of a string.
func (r *Reader) ReadLineBytes() ([]byte, error) {
	line, err := r.readLine(nil)
	if line != nil {
		line = append([]byte(nil), line...)
	}
	return line, err
}

// readLine appends the next line (without its \n or \r\n) to dst. The result may
// alias the bufio buffer when dst is nil and the line fits in it.
func (r *Reader) readLine(dst []byte) ([]byte, error) {
	r.finishDot()
	for {
		part, more, err := r.R.ReadLine()
		if err != nil {
			return dst, err
		}
		if dst == nil && !more {
			return part, nil
		}
		dst = append(dst, part...)
		if !more {
			return dst, nil
		}
	}
}

// trimSpaceTab drops leading and trailing spaces and tabs.
func trimSpaceTab(b []byte) []byte {
	i, j := 0, len(b)
	for i < j && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	for j > i && (b[j-1] == ' ' || b[j-1] == '\t') {
		j--
	}
	return b[i:j]
}

// ReadContinuedLine reads a possibly continued line from r, eliding the final
// trailing ASCII white space. Lines after the first are considered continuations if
// they begin with a space or tab character. In the returned data, continuation lines
// are separated from the previous line only by a single space: the newline and
// leading white space are removed.
func (r *Reader) ReadContinuedLine() (string, error) {
	line, err := r.readContinued()
	return string(line), err
}

// ReadContinuedLineBytes is like ReadContinuedLine but returns a []byte instead of a
// string.
func (r *Reader) ReadContinuedLineBytes() ([]byte, error) {
	line, err := r.readContinued()
	if line != nil {
		line = append([]byte(nil), line...)
	}
	return line, err
}

// continues reports whether the next line is a continuation (starts with a space or
// a tab).
func (r *Reader) continues() bool {
	b, err := r.R.Peek(1)
	return err == nil && (b[0] == ' ' || b[0] == '\t')
}

func (r *Reader) readContinued() ([]byte, error) {
	first, err := r.readLine(nil)
	if err != nil {
		return nil, err
	}
	return r.continueLine(first), nil
}

// continueLine completes the logical line that starts with the physical line first:
// it is trimmed of spaces and tabs, and each continuation line is appended, trimmed,
// after a single space.
func (r *Reader) continueLine(first []byte) []byte {
	if len(first) == 0 {
		return first
	}
	first = trimSpaceTab(first)
	if !r.continues() {
		return first
	}
	// The first line may live in the bufio buffer, which the next read reuses.
	out := append(make([]byte, 0, 2*len(first)), first...)
	for r.continues() {
		next, err := r.readLine(nil)
		if err != nil {
			break
		}
		out = append(out, ' ')
		out = append(out, trimSpaceTab(next)...)
	}
	return out
}

// parseCodeLine splits "DDD text" (or "DDD-text" for a multi-line response) and
// checks the code against expectCode.
func parseCodeLine(line string, expectCode int) (code int, continued bool, message string, err error) {
	if len(line) < 4 || line[3] != ' ' && line[3] != '-' {
		return 0, false, "", ProtocolError("short response: " + line)
	}
	continued = line[3] == '-'
	code, err = strconv.Atoi(line[:3])
	if err != nil || code < 100 {
		return code, continued, "", ProtocolError("invalid response code: " + line)
	}
	message = line[4:]
	if expectCode > 0 && !codeMatches(code, expectCode) {
		err = &Error{code, message}
	}
	return code, continued, message, err
}

// codeMatches reports whether code has the digits of expect as a prefix (1 matches
// 1xx, 25 matches 25x, 250 only itself).
func codeMatches(code, expect int) bool {
	switch {
	case expect < 10:
		return code/100 == expect
	case expect < 100:
		return code/10 == expect
	default:
		return code == expect
	}
}

// ReadCodeLine reads a response code line of the form
//
//	code message
//
// where code is a three-digit status code and the message extends to the rest of the
// line. An example of such a line is:
//
//	220 plan9.bell-labs.com ESMTP
//
// If the prefix of the status does not match the digits in expectCode, ReadCodeLine
// returns with err set to &Error{code, message}. For example, if expectCode is 31,
// an error will be returned if the status is not in the range [310,319].
//
// If the response is multi-line, ReadCodeLine returns an error.
//
// An expectCode <= 0 disables the check of the status code.
func (r *Reader) ReadCodeLine(expectCode int) (code int, message string, err error) {
	line, err := r.ReadLine()
	if err != nil {
		return 0, "", err
	}
	code, continued, message, err := parseCodeLine(line, expectCode)
	if err == nil && continued {
		err = ProtocolError("unexpected multi-line response: " + message)
	}
	return code, message, err
}

// ReadResponse reads a multi-line response of the form:
//
//	code-message line 1
//	code-message line 2
//	...
//	code message line n
//
// where code is a three-digit status code. The first line starts with the code and a
// hyphen. The response is terminated by a line that starts with the same code
// followed by a space. Each line in message is separated by a newline (\n).
//
// If the prefix of the status does not match the digits in expectCode, ReadResponse
// returns with err set to &Error{code, message}.
//
// An expectCode <= 0 disables the check of the status code.
func (r *Reader) ReadResponse(expectCode int) (code int, message string, err error) {
	line, err := r.ReadLine()
	if err != nil {
		return 0, "", err
	}
	code, continued, message, err := parseCodeLine(line, expectCode)
	if _, bad := err.(ProtocolError); bad {
		return code, message, err
	}
	var b strings.Builder
	b.WriteString(message)
	prefix := line[:3]
	for continued {
		line, rerr := r.ReadLine()
		if rerr != nil {
			return 0, "", rerr
		}
		b.WriteByte('\n')
		if len(line) >= 4 && line[:3] == prefix && (line[3] == ' ' || line[3] == '-') {
			continued = line[3] == '-'
			b.WriteString(line[4:])
		} else {
			b.WriteString(line) // free text between the coded lines
		}
	}
	message = b.String()
	if err != nil {
		err = &Error{code, message}
	}
	return code, message, err
}

// DotReader returns a new Reader that satisfies Reads using the decoded text of a
// dot-encoded block read from r. The returned Reader is only valid until the next
// call to a method on r.
//
// Dot encoding is a common framing used for data blocks in text protocols such as
// SMTP. The data consists of a sequence of lines, each of which ends in "\r\n". The
// sequence itself ends at a line containing just a dot: ".\r\n". Lines beginning with
// a dot are escaped with an additional dot to avoid looking like the end of the
// sequence.
//
// The decoded form returned by the Reader's Read method rewrites the "\r\n" line
// endings into the simpler "\n", removes leading dot escapes if present, and stops
// with error io.EOF after consuming (and discarding) the end-of-sequence line.
func (r *Reader) DotReader() io.Reader {
	r.finishDot()
	r.dot = &dotReader{r: r}
	return r.dot
}

// A dotReader decodes a dot-encoded block line by line.
type dotReader struct {
	r       *Reader
	pending []byte // decoded bytes of the current line not yet returned
	done    bool
	err     error
}

func (d *dotReader) Read(b []byte) (int, error) {
	for len(d.pending) == 0 {
		if d.done {
			return 0, d.err
		}
		d.nextLine()
	}
	n := copy(b, d.pending)
	d.pending = d.pending[n:]
	return n, nil
}

// nextLine decodes one line of the block into pending, or ends the block.
func (d *dotReader) nextLine() {
	br := d.r.R
	line, err := br.ReadSlice('\n')
	for err == bufio.ErrBufferFull {
		more, err2 := br.ReadSlice('\n')
		line = append(append([]byte(nil), line...), more...)
		err = err2
	}
	if err != nil {
		d.done = true
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		d.err = err
		// The partial last line is still data.
		if len(line) > 0 && line[0] == '.' {
			line = line[1:]
		}
		d.pending = append([]byte(nil), line...)
		return
	}
	if string(line) == ".\r\n" || string(line) == ".\n" {
		d.done = true
		d.err = io.EOF
		return
	}
	if line[0] == '.' {
		line = line[1:]
	}
	// "\r\n" becomes "\n"
	if n := len(line); n >= 2 && line[n-2] == '\r' {
		line = append(line[:n-2:n-2], '\n')
	}
	d.pending = append([]byte(nil), line...)
}

// finishDot reads the rest of a DotReader's block, if one is in progress.
func (r *Reader) finishDot() {
	if r.dot == nil {
		return
	}
	d := r.dot
	r.dot = nil
	for !d.done {
		d.nextLine()
	}
}

// ReadDotBytes reads a dot-encoding and returns the decoded data.
//
// See the documentation for the DotReader method for details about dot-encoding.
func (r *Reader) ReadDotBytes() ([]byte, error) {
	return io.ReadAll(r.DotReader())
}

// ReadDotLines reads a dot-encoding and returns a slice containing the decoded lines,
// with the final \r\n or \n elided from each.
//
// See the documentation for the DotReader method for details about dot-encoding.
func (r *Reader) ReadDotLines() ([]string, error) {
	var lines []string
	for {
		line, err := r.ReadLine()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return lines, err
		}
		if line == "." {
			return lines, nil
		}
		if len(line) > 0 && line[0] == '.' {
			line = line[1:]
		}
		lines = append(lines, line)
	}
}

var colon = []byte(":")

// ReadMIMEHeader reads a MIME-style header from r. The header is a sequence of
// possibly continued Key: Value lines ending in a blank line. The returned map m maps
// CanonicalMIMEHeaderKey(key) to a sequence of values in the same order encountered
// in the input.
//
// For example, consider this input:
//
//	My-Key: Value 1
//	Long-Key: Even
//	       Longer Value
//	My-Key: Value 2
//
// Given that input, ReadMIMEHeader returns the map:
//
//	map[string][]string{
//		"My-Key": {"Value 1", "Value 2"},
//		"Long-Key": {"Even Longer Value"},
//	}
func (r *Reader) ReadMIMEHeader() (MIMEHeader, error) {
	m := make(MIMEHeader, 4)
	// A block may not start with a continuation line: there is nothing to continue.
	if b, err := r.R.Peek(1); err == nil && (b[0] == ' ' || b[0] == '\t') {
		line, err := r.readLine(nil)
		if err != nil {
			return m, err
		}
		return m, ProtocolError("malformed MIME header initial line: " + string(line))
	}
	for {
		line, err := r.readLine(nil)
		if len(line) == 0 {
			return m, err
		}
		// The colon must be on the field's first line, which error messages quote
		// as it came.
		if bytes.IndexByte(line, ':') < 0 {
			return m, ProtocolError("malformed MIME header: missing colon: " + strconv.Quote(string(line)))
		}
		kv := r.continueLine(line)
		i := bytes.IndexByte(kv, ':')
		key, ok := headerKey(kv[:i])
		if !ok {
			return m, ProtocolError("malformed MIME header line: " + string(kv))
		}
		value := kv[i+1:]
		for len(value) > 0 && (value[0] == ' ' || value[0] == '\t') {
			value = value[1:]
		}
		for _, c := range value {
			if c < ' ' && c != '\t' || c == 0x7f {
				return m, ProtocolError("malformed MIME header line: " + string(kv))
			}
		}
		m[key] = append(m[key], string(value))
		if err != nil {
			return m, err
		}
	}
}

// headerKey validates a header field name (token bytes, and spaces which Go
// tolerates but does not canonicalize) and returns it in canonical form.
func headerKey(k []byte) (string, bool) {
	if len(k) == 0 {
		return "", false
	}
	hasSpace := false
	for _, c := range k {
		if c == ' ' {
			hasSpace = true
		} else if !isTokenByte(c) {
			return "", false
		}
	}
	if hasSpace {
		return string(k), true
	}
	if s, ok := commonKeys[string(k)]; ok {
		return s, true
	}
	return canonicalize(append([]byte(nil), k...)), true
}
