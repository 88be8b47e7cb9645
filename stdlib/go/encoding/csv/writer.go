package csv

import (
	"bufio"
	"io"
	"unicode"
	"unicode/utf8"
)

// A Writer writes records using CSV encoding: fields separated by Comma, quoted when
// they need it (quotes doubled), records ended by "\n" or "\r\n" with UseCRLF.
type Writer struct {
	Comma   rune // Field delimiter (set to ',' by NewWriter)
	UseCRLF bool // True to use \r\n as the line terminator
	out     *bufio.Writer
	rec     []byte
}

// NewWriter makes a buffered Writer to w with Comma ','.
func NewWriter(w io.Writer) *Writer {
	return &Writer{Comma: ',', out: bufio.NewWriter(w)}
}

// Write writes a single CSV record to w along with any necessary quoting. Writes are
// buffered: call Flush to make sure the record reaches the underlying io.Writer.
func (w *Writer) Write(record []string) error {
	if !usableDelimiter(w.Comma) {
		return errBadDelimiter
	}
	eol := "\n"
	if w.UseCRLF {
		eol = "\r\n"
	}
	b := w.rec[:0]
	for i, field := range record {
		if i > 0 {
			b = utf8.AppendRune(b, w.Comma)
		}
		if !w.needsQuotes(field) {
			b = append(b, field...)
			continue
		}
		b = append(b, '"')
		for j := 0; j < len(field); j++ {
			switch c := field[j]; c {
			case '"':
				b = append(b, '"', '"')
			case '\n':
				b = append(b, eol...)
			case '\r':
				// With CRLF line ends a CR is dropped: its LF (if any) becomes "\r\n".
				if !w.UseCRLF {
					b = append(b, c)
				}
			default:
				b = append(b, c)
			}
		}
		b = append(b, '"')
	}
	b = append(b, eol...)
	w.rec = b
	_, err := w.out.Write(b)
	return err
}

// Flush writes any buffered data to the underlying io.Writer. To check if an error
// occurred during Flush, call Error.
func (w *Writer) Flush() {
	w.out.Flush()
}

// Error reports any error that has occurred during a previous Write or Flush.
func (w *Writer) Error() error {
	_, err := w.out.Write(nil)
	return err
}

// WriteAll writes multiple CSV records to w using Write and then calls Flush.
func (w *Writer) WriteAll(records [][]string) error {
	for _, rec := range records {
		if err := w.Write(rec); err != nil {
			return err
		}
	}
	return w.out.Flush()
}

// needsQuotes: a non-empty field is quoted when it holds the delimiter, a quote, a CR
// or an LF, when it starts with white space, or when it is exactly `\.` (an end-of-data
// marker for some databases).
func (w *Writer) needsQuotes(field string) bool {
	if field == "" {
		return false
	}
	if field == `\.` {
		return true
	}
	for _, c := range field {
		if c == w.Comma || c == '"' || c == '\r' || c == '\n' {
			return true
		}
	}
	first, _ := utf8.DecodeRuneInString(field)
	return unicode.IsSpace(first)
}
