package textproto

import (
	"bufio"
	"fmt"
	"io"
)

// A Writer writes protocol lines and dot-encoded blocks to W.
type Writer struct {
	W   *bufio.Writer
	dot *dotWriter
}

// NewWriter makes a Writer on w.
func NewWriter(w *bufio.Writer) *Writer {
	return &Writer{W: w}
}

// PrintfLine formats a line as fmt.Sprintf does, adds CRLF, and flushes.
func (w *Writer) PrintfLine(format string, args ...any) error {
	w.closeDot()
	w.W.WriteString(fmt.Sprintf(format, args...) + "\r\n")
	return w.W.Flush()
}

// DotWriter starts a dot-encoded block (see Reader.DotReader): lines starting
// with a dot get another, LF becomes CRLF, and Close ends the block with ".\r\n".
// Close it before using w again.
func (w *Writer) DotWriter() io.WriteCloser {
	w.closeDot()
	w.dot = &dotWriter{w: w, lineStart: true}
	return w.dot
}

func (w *Writer) closeDot() {
	if w.dot != nil {
		w.dot.Close()
	}
}

type dotWriter struct {
	w         *Writer
	lineStart bool // the next byte starts a line
	afterCR   bool // the last byte written was a \r
	closed    bool
}

func (d *dotWriter) Write(b []byte) (int, error) {
	bw := d.w.W
	for i, c := range b {
		if d.lineStart && c == '.' {
			if err := bw.WriteByte('.'); err != nil {
				return i, err
			}
		}
		if c == '\n' && !d.afterCR {
			if err := bw.WriteByte('\r'); err != nil {
				return i, err
			}
		}
		if err := bw.WriteByte(c); err != nil {
			return i, err
		}
		d.lineStart = c == '\n'
		d.afterCR = c == '\r'
	}
	return len(b), nil
}

func (d *dotWriter) Close() error {
	if d.closed {
		return nil
	}
	d.closed = true
	if d.w.dot == d {
		d.w.dot = nil
	}
	bw := d.w.W
	if !d.lineStart {
		if d.afterCR {
			bw.WriteByte('\n')
		} else {
			bw.WriteString("\r\n")
		}
	}
	bw.WriteString(".\r\n")
	return bw.Flush()
}
