package textproto

import (
	"bufio"
	"fmt"
	"io"
)

// A Writer implements convenience methods for writing requests or responses to a
// text protocol network connection.
type Writer struct {
	W   *bufio.Writer
	dot *dotWriter
}

// NewWriter returns a new Writer writing to w.
func NewWriter(w *bufio.Writer) *Writer {
	return &Writer{W: w}
}

// PrintfLine writes the formatted output followed by \r\n.
func (w *Writer) PrintfLine(format string, args ...any) error {
	w.closeDot()
	fmt.Fprintf(w.W, format, args...)
	w.W.WriteString("\r\n")
	return w.W.Flush()
}

// DotWriter returns a writer that can be used to write a dot-encoding to w. It takes
// care of inserting leading dots when necessary, translating line-ending \n into
// \r\n, and adding the final .\r\n line when the DotWriter is closed. The caller
// should close the DotWriter before the next call to a method on w.
//
// See the documentation for the Reader's DotReader method for details about
// dot-encoding.
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
