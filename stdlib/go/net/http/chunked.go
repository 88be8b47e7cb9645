package http

import (
	"bufio"
	"errors"
	"io"
)

// Chunked transfer coding (RFC 9112 section 7.1): each chunk is its size in hex,
// optional extensions after ';', CRLF, the data and CRLF; a zero-size chunk ends the
// body and is followed by an optional trailer and an empty line.

var (
	errChunkLength     = errors.New("invalid byte in chunk length")
	errChunkTooLarge   = errors.New("http chunk length too large")
	errChunkMalformed  = errors.New("malformed chunked encoding")
	errChunkLineTooBig = errors.New("header line too long")
)

// maxChunkLine bounds a chunk-size line (with extensions).
const maxChunkLine = 4096

// chunkedReader decodes a chunked body from r. It stops at the last chunk, leaving
// the trailer unread (the caller reads it).
type chunkedReader struct {
	r         *bufio.Reader
	remaining uint64 // data bytes left in the current chunk
	needCRLF  bool   // the CRLF after a chunk's data is still to be checked
	done      bool   // the last chunk has been seen
	err       error
}

func newChunkedReader(r *bufio.Reader) *chunkedReader {
	return &chunkedReader{r: r}
}

// readSizeLine reads and parses the next chunk-size line.
func (c *chunkedReader) readSizeLine() {
	line, err := c.r.ReadSlice('\n')
	switch err {
	case nil:
	case bufio.ErrBufferFull:
		c.err = errChunkLineTooBig
		return
	case io.EOF:
		c.err = io.ErrUnexpectedEOF
		return
	default:
		c.err = err
		return
	}
	if len(line) > maxChunkLine {
		c.err = errChunkLineTooBig
		return
	}
	line = trimLineEnd(line)
	// Chunk extensions are ignored; trailing spaces and tabs are tolerated.
	for i, b := range line {
		if b == ';' {
			line = line[:i]
			break
		}
	}
	for len(line) > 0 && (line[len(line)-1] == ' ' || line[len(line)-1] == '\t') {
		line = line[:len(line)-1]
	}
	c.remaining, c.err = parseHexSize(line)
	if c.err == nil && c.remaining == 0 {
		c.done = true
	}
}

func trimLineEnd(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
		if n := len(b); n > 0 && b[n-1] == '\r' {
			b = b[:n-1]
		}
	}
	return b
}

func parseHexSize(b []byte) (uint64, error) {
	if len(b) == 0 {
		return 0, errChunkLength
	}
	var n uint64
	for i, c := range b {
		var d byte
		switch {
		case '0' <= c && c <= '9':
			d = c - '0'
		case 'a' <= c && c <= 'f':
			d = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			d = c - 'A' + 10
		default:
			return 0, errChunkLength
		}
		if i == 16 {
			return 0, errChunkTooLarge
		}
		n = n<<4 | uint64(d)
	}
	return n, nil
}

func (c *chunkedReader) Read(p []byte) (int, error) {
	n := 0
	for c.err == nil && len(p) > 0 {
		if c.needCRLF {
			// The two bytes after a chunk's data must be CRLF.
			if c.r.Buffered() < 2 && n > 0 {
				break // do not block with data in hand
			}
			crlf, err := c.r.Peek(2)
			if err != nil {
				if err == io.EOF {
					err = io.ErrUnexpectedEOF
				}
				c.err = err
				break
			}
			c.r.Discard(2) // consumed even when wrong, as Go does
			if crlf[0] != '\r' || crlf[1] != '\n' {
				c.err = errChunkMalformed
				break
			}
			c.needCRLF = false
		}
		if c.done {
			c.err = io.EOF
			break
		}
		if c.remaining == 0 {
			if n > 0 && !c.sizeLineBuffered() {
				break
			}
			c.readSizeLine()
			continue
		}
		chunk := p
		if uint64(len(chunk)) > c.remaining {
			chunk = chunk[:c.remaining]
		}
		m, err := c.r.Read(chunk)
		n += m
		p = p[m:]
		c.remaining -= uint64(m)
		if c.remaining == 0 {
			c.needCRLF = true
		}
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			c.err = err
		}
		if m < len(chunk) {
			break // a short read: return what we have
		}
	}
	return n, c.err
}

// sizeLineBuffered reports whether a whole chunk-size line is already buffered, so
// reading it cannot block.
func (c *chunkedReader) sizeLineBuffered() bool {
	n := c.r.Buffered()
	if n == 0 {
		return false
	}
	b, _ := c.r.Peek(n)
	for _, x := range b {
		if x == '\n' {
			return true
		}
	}
	return false
}

// chunkedWriter encodes each Write as one chunk. Close writes the last chunk but not
// the trailer's final CRLF, so that a trailer can follow.
type chunkedWriter struct {
	w io.Writer
}

var crlf = []byte("\r\n")

func appendHex(b []byte, n uint64) []byte {
	if n == 0 {
		return append(b, '0')
	}
	var tmp [16]byte
	i := len(tmp)
	for n > 0 {
		i--
		tmp[i] = "0123456789abcdef"[n&15]
		n >>= 4
	}
	return append(b, tmp[i:]...)
}

func (cw *chunkedWriter) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil // an empty chunk would end the body
	}
	var head [20]byte
	h := append(appendHex(head[:0], uint64(len(p))), '\r', '\n')
	if _, err := cw.w.Write(h); err != nil {
		return 0, err
	}
	n, err := cw.w.Write(p)
	if err == nil && n != len(p) {
		err = io.ErrShortWrite
	}
	if err != nil {
		return n, err
	}
	if _, err := cw.w.Write(crlf); err != nil {
		return n, err
	}
	return n, nil
}

func (cw *chunkedWriter) Close() error {
	_, err := io.WriteString(cw.w, "0\r\n")
	return err
}
