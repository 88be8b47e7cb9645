// Package multipart implements MIME multipart parsing and writing (RFC 2046), as
// used by HTTP form uploads (RFC 7578).
package multipart

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/textproto"
	"path"
	"strconv"
	"strings"
)

// Reader iterates over the parts of a multipart body.
type Reader struct {
	src *bufio.Reader

	dash     []byte // "--boundary"
	delim    []byte // "\r\n--boundary": ends a part's data
	current  *Part
	parts    int  // parts returned so far
	finished bool // the closing delimiter has been read
}

// NewReader returns a Reader over r whose parts are separated by boundary.
func NewReader(r io.Reader, boundary string) *Reader {
	return &Reader{
		src:   bufio.NewReaderSize(r, 4096+len(boundary)+8),
		dash:  []byte("--" + boundary),
		delim: []byte("\r\n--" + boundary),
	}
}

// Part is one part of a multipart body: its header and, through Read, its data.
type Part struct {
	Header textproto.MIMEHeader

	mr      *Reader
	data    io.Reader // decoded data (quoted-printable parts are decoded)
	raw     *partData
	dispSet bool
	disp    string
	params  map[string]string
}

// partData reads one part's raw bytes, stopping before the next delimiter.
type partData struct {
	mr   *Reader
	done bool
	err  error
}

func (pd *partData) Read(p []byte) (int, error) {
	if pd.done {
		return 0, pd.err
	}
	if len(p) == 0 {
		return 0, nil
	}
	br := pd.mr.src
	lfDelim := pd.mr.delim[1:] // "\n--boundary"; a CR before it belongs to it too
	var atEOF error            // the read error once the input is exhausted
	for {
		if br.Buffered() == 0 && atEOF == nil {
			if _, err := br.Peek(1); err != nil {
				atEOF = err
			}
		}
		buf, _ := br.Peek(br.Buffered())
		at, sure := findDelimiter(buf, lfDelim, atEOF != nil)
		if at >= 0 {
			end := at
			if end > 0 && buf[end-1] == '\r' {
				end--
			}
			if end > 0 {
				n := copy(p, buf[:end])
				br.Discard(n)
				return n, nil
			}
			if sure {
				// The data is over: drop the line break, leave "--boundary" for
				// NextPart.
				br.Discard(at + 1)
				pd.done, pd.err = true, io.EOF
				return 0, io.EOF
			}
			// What follows the boundary is not buffered yet: read more.
		} else {
			// Hold back a tail that may be the start of a delimiter.
			keep := 0
			for k := len(lfDelim); k > 0; k-- {
				if k <= len(buf) && bytes.HasPrefix(lfDelim, buf[len(buf)-k:]) {
					keep = k
					break
				}
			}
			if keep < len(buf) && buf[len(buf)-keep-1] == '\r' {
				keep++ // the CR of a "\r\n--boundary" that may follow
			}
			if atEOF != nil {
				keep = 0
			}
			if len(buf) > keep {
				n := copy(p, buf[:len(buf)-keep])
				br.Discard(n)
				return n, nil
			}
			if atEOF != nil {
				if atEOF == io.EOF {
					atEOF = io.ErrUnexpectedEOF
				}
				pd.done, pd.err = true, atEOF
				return 0, atEOF
			}
		}
		if _, err := br.Peek(len(buf) + 1); err != nil && err != bufio.ErrBufferFull {
			atEOF = err
		}
	}
}

// findDelimiter finds the first "\n--boundary" in buf that is a delimiter: one
// followed by "--", a space, a tab or a line end. sure is false when buf ends
// before that can be told.
func findDelimiter(buf, lfDelim []byte, eof bool) (at int, sure bool) {
	for from := 0; ; {
		i := bytes.Index(buf[from:], lfDelim)
		if i < 0 {
			return -1, false
		}
		at = from + i
		after := buf[at+len(lfDelim):]
		switch {
		case len(after) == 0 && !eof:
			return at, false
		case len(after) == 0:
			// a boundary that ends the input is data
		case bytes.IndexByte([]byte(" \t\r\n"), after[0]) >= 0:
			return at, true
		case after[0] == '-' && len(after) == 1 && !eof:
			return at, false
		case after[0] == '-' && len(after) > 1 && after[1] == '-':
			return at, true
		}
		from = at + 1
	}
}

// Read reads the part's data (decoded if it was sent quoted-printable).
func (p *Part) Read(d []byte) (int, error) { return p.data.Read(d) }

// Close discards the rest of the part's data.
func (p *Part) Close() error {
	io.Copy(io.Discard, p.raw)
	return nil
}

func (p *Part) parseDisposition() {
	if p.dispSet {
		return
	}
	p.dispSet = true
	d, params, err := mime.ParseMediaType(p.Header.Get("Content-Disposition"))
	if err == nil {
		p.disp, p.params = d, params
	}
	if p.params == nil {
		p.params = map[string]string{}
	}
}

// FormName returns the name parameter of a "form-data" Content-Disposition, or "".
func (p *Part) FormName() string {
	p.parseDisposition()
	if p.disp != "form-data" {
		return ""
	}
	return p.params["name"]
}

// FileName returns the last element of the filename parameter of the
// Content-Disposition, or "".
func (p *Part) FileName() string {
	p.parseDisposition()
	if name := p.params["filename"]; name != "" {
		return path.Base(name)
	}
	return ""
}

// NextPart returns the next part, or io.EOF after the last one. Quoted-printable
// parts are decoded (and lose their Content-Transfer-Encoding header).
func (r *Reader) NextPart() (*Part, error) { return r.next(true) }

// NextRawPart is NextPart without any transfer decoding.
func (r *Reader) NextRawPart() (*Part, error) { return r.next(false) }

func (r *Reader) next(decode bool) (*Part, error) {
	if r.current != nil {
		r.current.Close()
		r.current = nil
	}
	if r.finished {
		return nil, io.EOF
	}
	// Lines before the first delimiter (the preamble) are skipped. A read error,
	// an over-long line included, ends the body unless the line is the closing
	// delimiter at the end of the input.
	for {
		line, err := r.src.ReadSlice('\n')
		final := r.isFinal(line)
		switch {
		case final && (err == nil || err == io.EOF):
			r.finished = true
			return nil, io.EOF
		case err != nil:
			return nil, fmt.Errorf("multipart: NextPart: %w", err)
		case r.isDelimiter(line):
			return r.startPart(decode)
		}
	}
}

// startPart reads the header of the part after a delimiter line.
func (r *Reader) startPart(decode bool) (*Part, error) {
	r.parts++
	h, err := textproto.NewReader(r.src).ReadMIMEHeader()
	if err != nil {
		return nil, err
	}
	p := &Part{Header: h, mr: r, raw: &partData{mr: r}}
	p.data = p.raw
	if decode && strings.EqualFold(h.Get("Content-Transfer-Encoding"), "quoted-printable") {
		delete(h, "Content-Transfer-Encoding")
		p.data = &qpReader{src: bufio.NewReader(p.raw)}
	}
	r.current = p
	return p, nil
}

// isDelimiter reports whether line is "--boundary" followed only by linear white
// space and a line end.
func (r *Reader) isDelimiter(line []byte) bool {
	if !bytes.HasPrefix(line, r.dash) {
		return false
	}
	rest := bytes.TrimRight(line[len(r.dash):], " \t\r\n")
	return len(rest) == 0
}

// isFinal reports whether line is the closing "--boundary--".
func (r *Reader) isFinal(line []byte) bool {
	if !bytes.HasPrefix(line, r.dash) {
		return false
	}
	rest := line[len(r.dash):]
	if !bytes.HasPrefix(rest, []byte("--")) {
		return false
	}
	return len(bytes.TrimRight(rest[2:], " \t\r\n")) == 0
}

var (
	// ErrMessageTooLarge: ReadForm met more value data than it may keep.
	ErrMessageTooLarge = errors.New("multipart: message too large")

	errBoundaryLength = errors.New("mime: invalid boundary length")
	errBoundaryByte   = errors.New("mime: invalid boundary character")
	errPartFinished   = errors.New("multipart: can't write to finished part")
)

// qpReader decodes quoted-printable data (RFC 2045 section 6.7).
type qpReader struct {
	src *bufio.Reader
	out []byte
	err error
}

func (q *qpReader) Read(p []byte) (int, error) {
	for len(q.out) == 0 {
		if q.err != nil {
			return 0, q.err
		}
		line, err := q.src.ReadBytes('\n')
		q.err = err
		hasLF := bytes.HasSuffix(line, []byte("\n"))
		body := bytes.TrimRight(line, " \t\r\n")
		soft := bytes.HasSuffix(body, []byte("="))
		if soft {
			body = body[:len(body)-1]
		}
		for i := 0; i < len(body); i++ {
			c := body[i]
			if c == '=' && i+2 < len(body) {
				if v, err := strconv.ParseUint(string(body[i+1:i+3]), 16, 8); err == nil {
					q.out = append(q.out, byte(v))
					i += 2
					continue
				}
			}
			q.out = append(q.out, c)
		}
		if hasLF && !soft {
			q.out = append(q.out, '\r', '\n')
		}
	}
	n := copy(p, q.out)
	q.out = q.out[n:]
	return n, nil
}
