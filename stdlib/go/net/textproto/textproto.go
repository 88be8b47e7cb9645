// Package textproto reads and writes the pieces that line-based protocols (HTTP,
// SMTP, NNTP) share: CRLF lines, numeric response codes, MIME-style header
// blocks and dot-terminated data blocks.
package textproto

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// An Error is a server's numeric error reply.
type Error struct {
	Code int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%03d %s", e.Code, e.Msg) }

// A ProtocolError is a malformed exchange (bad response line, bad header, ...).
type ProtocolError string

func (p ProtocolError) Error() string { return string(p) }

// A Conn is a Reader, a Writer and a Pipeline over one connection.
type Conn struct {
	Reader
	Writer
	Pipeline
	conn io.ReadWriteCloser
}

// NewConn wraps conn in buffered reading and writing.
func NewConn(conn io.ReadWriteCloser) *Conn {
	c := &Conn{conn: conn}
	c.Reader.R = bufio.NewReader(conn)
	c.Writer.W = bufio.NewWriter(conn)
	return c
}

// Close closes the underlying connection.
func (c *Conn) Close() error { return c.conn.Close() }

// Cmd takes the next pipeline id, waits for its turn to send, and writes the
// formatted line with PrintfLine. The id is for StartResponse/EndResponse.
func (c *Conn) Cmd(format string, args ...any) (uint, error) {
	id := c.Next()
	c.StartRequest(id)
	defer c.EndRequest(id)
	if err := c.PrintfLine(format, args...); err != nil {
		return 0, err
	}
	return id, nil
}

// asciiSpace is what TrimString and TrimBytes remove at both ends.
const asciiSpace = " \t\r\n"

// TrimString drops spaces, tabs, CRs and LFs at both ends of s.
func TrimString(s string) string { return strings.Trim(s, asciiSpace) }

// TrimBytes is TrimString on bytes; the result shares b's memory.
func TrimBytes(b []byte) []byte {
	for len(b) > 0 && strings.IndexByte(asciiSpace, b[0]) >= 0 {
		b = b[1:]
	}
	for n := len(b); n > 0 && strings.IndexByte(asciiSpace, b[n-1]) >= 0; n-- {
		b = b[:n-1]
	}
	return b
}
