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
	if r.R.Buffered() == 0 {
		// Peeking at the next line refills the buffer first may live in.
		first = append([]byte(nil), first...)
	}
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

// A codeLine is one line of a numeric response: "DDD text", or "DDD-text" when
// more lines follow.
type codeLine struct {
	code int
	more bool
	text string
}

// readCodeLine reads and splits one response line; malformed lines give a
// ProtocolError.
func (r *Reader) readCodeLine() (codeLine, string, error) {
	line, err := r.ReadLine()
	if err != nil {
		return codeLine{}, line, err
	}
	if len(line) < 4 || (line[3] != ' ' && line[3] != '-') {
		return codeLine{}, line, ProtocolError("short response: " + line)
	}
	c := codeLine{more: line[3] == '-', text: line[4:]}
	c.code, err = strconv.Atoi(line[:3])
	if err != nil || c.code < 100 {
		return codeLine{code: c.code}, line, ProtocolError("invalid response code: " + line)
	}
	return c, line, nil
}

// codeMatches reports whether code has the digits of expect as a prefix (1 matches
// 1xx, 25 matches 25x, 250 only itself); expect <= 0 matches everything.
func codeMatches(code, expect int) bool {
	switch {
	case expect <= 0:
		return true
	case expect < 10:
		return code/100 == expect
	case expect < 100:
		return code/10 == expect
	default:
		return code == expect
	}
}

// ReadCodeLine reads one "DDD message" line. A code whose leading digits differ
// from expectCode (ignored when <= 0; 3 means 3xx, 31 means 31x) gives an *Error
// next to the code and message; a "DDD-" line (start of a multi-line response)
// gives a ProtocolError.
func (r *Reader) ReadCodeLine(expectCode int) (code int, message string, err error) {
	c, _, err := r.readCodeLine()
	switch {
	case err != nil:
		if _, proto := err.(ProtocolError); !proto {
			return 0, "", err
		}
	case !codeMatches(c.code, expectCode):
		err = &Error{c.code, c.text}
	case c.more:
		err = ProtocolError("unexpected multi-line response: " + c.text)
	}
	return c.code, c.text, err
}

// ReadResponse reads a response of "DDD-text" lines ended by a "DDD text" line
// with the same code (other lines in between are kept as they are) and returns
// the texts joined by "\n". The code is checked against expectCode as in
// ReadCodeLine.
func (r *Reader) ReadResponse(expectCode int) (code int, message string, err error) {
	c, first, err := r.readCodeLine()
	if err != nil {
		if _, proto := err.(ProtocolError); !proto {
			return 0, "", err
		}
		return c.code, c.text, err
	}
	var b strings.Builder
	b.WriteString(c.text)
	prefix := first[:3]
	for more := c.more; more; {
		line, rerr := r.ReadLine()
		if rerr != nil {
			return 0, "", rerr
		}
		b.WriteByte('\n')
		if len(line) >= 4 && line[:3] == prefix && (line[3] == ' ' || line[3] == '-') {
			more = line[3] == '-'
			line = line[4:]
		}
		b.WriteString(line)
	}
	message = b.String()
	if !codeMatches(c.code, expectCode) {
		err = &Error{c.code, message}
	}
	return c.code, message, err
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
	d.pending = nil
	line, err := d.r.R.ReadBytes('\n') // a fresh slice: pending may keep it
	switch {
	case err == io.EOF:
		d.done, d.err = true, io.ErrUnexpectedEOF
	case err != nil:
		d.done, d.err = true, err
	case string(line) == ".\r\n" || string(line) == ".\n":
		d.done, d.err = true, io.EOF
		return
	case bytes.HasSuffix(line, []byte("\r\n")):
		line = append(line[:len(line)-2], '\n')
	}
	// A partial last line is still data; a leading dot is an escape.
	d.pending = bytes.TrimPrefix(line, []byte("."))
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

// ReadDotBytes reads a whole dot-encoded block (see DotReader) and returns its
// decoded bytes.
func (r *Reader) ReadDotBytes() ([]byte, error) {
	r.finishDot()
	d := &dotReader{r: r}
	var data []byte
	for !d.done {
		d.nextLine()
		data = append(data, d.pending...)
	}
	if d.err == io.EOF {
		return data, nil
	}
	return data, d.err
}

// ReadDotLines reads a whole dot-encoded block and returns its lines without
// their line endings.
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
		lines = append(lines, strings.TrimPrefix(line, "."))
	}
}

var colon = []byte(":")

// ReadMIMEHeader reads "Key: value" lines (each possibly continued on lines
// starting with a space or tab) up to a blank line. Keys are canonicalized
// (CanonicalMIMEHeaderKey); a key's values keep their input order.
func (r *Reader) ReadMIMEHeader() (MIMEHeader, error) {
	m := make(MIMEHeader, 4)
	// A block may not start with a continuation line: there is nothing to continue.
	if b, err := r.R.Peek(1); err == nil && (b[0] == ' ' || b[0] == '\t') {
		line, err := r.readLine(nil)
		if err != nil {
			return m, err
		}
		return m, badHeader("initial line", line)
	}
	for {
		line, err := r.readLine(nil)
		if len(line) == 0 {
			return m, err
		}
		// The colon must be on the field's first line, which error messages quote
		// as it came.
		if !bytes.Contains(line, colon) {
			return m, ProtocolError("malformed MIME header: missing colon: " + strconv.Quote(string(line)))
		}
		kv := r.continueLine(line)
		i := bytes.IndexByte(kv, ':')
		key, ok := headerKey(kv[:i])
		if !ok {
			return m, badHeader("line", kv)
		}
		value := kv[i+1:]
		for len(value) > 0 && (value[0] == ' ' || value[0] == '\t') {
			value = value[1:]
		}
		for _, c := range value {
			if c < ' ' && c != '\t' || c == 0x7f {
				return m, badHeader("line", kv)
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

// badHeader is the error for a malformed part of a header block.
func badHeader(part string, text []byte) error {
	return ProtocolError("malformed MIME header " + part + ": " + string(text))
}
