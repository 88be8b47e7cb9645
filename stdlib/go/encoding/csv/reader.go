// Package csv reads and writes comma-separated values (CSV) files as described in
// RFC 4180, with Go's relaxations: any delimiter, optional comments, lazy quotes.
package csv

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"
)

// A ParseError is returned for parsing errors. Line and column numbers are 1-indexed.
type ParseError struct {
	StartLine int   // Line where the record starts
	Line      int   // Line where the error occurred
	Column    int   // Column (1-based byte index) where the error occurred
	Err       error // The actual error
}

func (e *ParseError) Error() string {
	// A field-count error names the record only; others the position, and the record's
	// first line when the record spans lines.
	where := fmt.Sprint("record on line ", e.Line)
	if e.Err != ErrFieldCount {
		where = fmt.Sprint("parse error on line ", e.Line, ", column ", e.Column)
		if e.StartLine != e.Line {
			where = fmt.Sprint("record on line ", e.StartLine, "; ", where)
		}
	}
	return where + ": " + fmt.Sprint(e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// These are the errors that can be returned in ParseError.Err.
var (
	ErrBareQuote     = errors.New("bare \" in non-quoted-field")
	ErrQuote         = errors.New("extraneous or missing \" in quoted-field")
	ErrFieldCount    = errors.New("wrong number of fields")
	ErrTrailingComma = errors.New("extra delimiter at end of line") // Deprecated: no longer used.
)

var errBadDelimiter = errors.New("csv: invalid field or comment delimiter")

// usableDelimiter: a delimiter must be a valid rune other than NUL, quote, CR and LF.
func usableDelimiter(c rune) bool {
	switch c {
	case 0, '"', '\r', '\n', utf8.RuneError:
		return false
	}
	return utf8.ValidRune(c)
}

// Reader splits CSV input into records (slices of fields), one Read at a time.
type Reader struct {
	// Comma is the field delimiter (',' by default).
	Comma rune
	// Comment, if not 0, is the comment character: lines beginning with it are ignored.
	Comment rune
	// FieldsPerRecord: > 0 the exact number of fields each record must have; 0 set from
	// the first record; < 0 no check.
	FieldsPerRecord int
	// LazyQuotes: a quote may appear in an unquoted field and a non-doubled quote may
	// appear in a quoted field.
	LazyQuotes bool
	// TrimLeadingSpace: leading white space in a field is ignored.
	TrimLeadingSpace bool
	// ReuseRecord: Read may return a slice sharing the backing array of the previous one.
	ReuseRecord bool
	// Deprecated: ignored (kept so old code compiles).
	TrailingComma bool

	src      *bufio.Reader
	ahead    []rawRune // runes read ahead of the scanner
	aheadErr error     // the read error after them
	// Bytes consumed; line and byte count consumed on it (the next character is at
	// column col+1); where the last line end consumed was.
	consumed      int64
	line, col     int
	nlLine, nlCol int
	starts        [][2]int // line and column of each field of the last record
	reuse         []string
	fieldBuf      []byte
}

type rawRune struct {
	c    rune
	size int
}

// NewReader makes a Reader over r with Comma ','.
func NewReader(r io.Reader) *Reader {
	return &Reader{Comma: ',', src: bufio.NewReader(r), line: 1}
}

func (r *Reader) fill(n int) {
	for len(r.ahead) < n && r.aheadErr == nil {
		c, size, err := r.src.ReadRune()
		if err != nil {
			r.aheadErr = err
			break
		}
		r.ahead = append(r.ahead, rawRune{c, size})
	}
}

// peekChar returns the next character without consuming it: a rune, or '\n' for a
// line end ("\r\n", or a carriage return ending the input), or -1 at the end of the
// input; with the number of runes and bytes it spans.
func (r *Reader) peekChar() (c rune, runes, bytes int) {
	r.fill(1)
	if len(r.ahead) == 0 {
		return -1, 0, 0
	}
	first := r.ahead[0]
	if first.c == '\r' {
		r.fill(2)
		if len(r.ahead) < 2 {
			// A carriage return ending the input is dropped.
			r.ahead = r.ahead[:0]
			r.consumed++
			return -1, 0, 0
		}
		if r.ahead[1].c == '\n' {
			return '\n', 2, 2
		}
	}
	return first.c, 1, first.size
}

func (r *Reader) peek() rune {
	c, _, _ := r.peekChar()
	return c
}

// next consumes the next character; -1 with the error (io.EOF at the end) when there is
// none.
func (r *Reader) next() (rune, error) {
	c, runes, bytes := r.peekChar()
	if c == -1 {
		if r.aheadErr == nil {
			return -1, io.EOF
		}
		return -1, r.aheadErr
	}
	r.ahead = r.ahead[:copy(r.ahead, r.ahead[runes:])]
	r.consumed += int64(bytes)
	if runes == 2 {
		bytes = 1 // "\r\n" counts as one column, like the "\n" it stands for
	}
	r.col += bytes
	return c, nil
}

// endLine notes that the line end just consumed moves the scanner to the next line.
func (r *Reader) endLine() {
	r.nlLine, r.nlCol = r.line, r.col
	r.line++
	r.col = 0
}

// Read reads one record (a slice of fields) from r. If the record has an unexpected
// number of fields, Read returns the record along with the error ErrFieldCount.
func (r *Reader) Read() (record []string, err error) {
	var into []string
	if r.ReuseRecord {
		into = r.reuse
	}
	record, err = r.record(into)
	if r.ReuseRecord {
		r.reuse = record
	}
	return record, err
}

// FieldPos returns the line and column corresponding to the start of the field with
// the given index in the slice most recently returned by Read.
func (r *Reader) FieldPos(field int) (line, column int) {
	if uint(field) >= uint(len(r.starts)) {
		panic(badFieldIndex)
	}
	return r.starts[field][0], r.starts[field][1]
}

// badFieldIndex is FieldPos's panic text.
const badFieldIndex = "out of range index passed to FieldPos"

// InputOffset returns the input stream byte offset of the current reader position.
func (r *Reader) InputOffset() int64 { return r.consumed }

// ReadAll reads records up to the end of the input; reaching it is not an error.
func (r *Reader) ReadAll() (records [][]string, err error) {
	for {
		rec, err := r.record(nil)
		if err == io.EOF {
			return records, nil
		}
		if err != nil {
			return nil, err
		}
		records = append(records, rec)
	}
}

// endOfInput is the error for input that ended between records: the read error, or
// io.EOF when there was none.
func endOfInput(err error) error {
	if err == nil {
		return io.EOF
	}
	return err
}

// here is the position of the next character: line and 1-based byte column.
func (r *Reader) here() (int, int) {
	return r.line, r.col + 1
}

// record parses one record into dst[:0].
func (r *Reader) record(dst []string) ([]string, error) {
	if r.Comma == r.Comment || !usableDelimiter(r.Comma) || r.Comment != 0 && !usableDelimiter(r.Comment) {
		return nil, errBadDelimiter
	}
	// Blank lines and comment lines hold no record.
	for {
		c := r.peek()
		if c == -1 {
			_, err := r.next()
			return nil, endOfInput(err)
		}
		if c == '\n' {
			r.next()
			r.endLine()
			continue
		}
		if r.Comment != 0 && c == r.Comment {
			for {
				d, err := r.next()
				if d == -1 {
					return nil, endOfInput(err)
				}
				if d == '\n' {
					r.endLine()
					break
				}
			}
			continue
		}
		break
	}

	startLine, _ := r.here()
	dst = dst[:0]
	r.starts = r.starts[:0]
	var perr error
	for done := false; !done && perr == nil; {
		if r.TrimLeadingSpace {
			for c := r.peek(); c != -1 && c != '\n' && unicode.IsSpace(c); c = r.peek() {
				r.next()
			}
		}
		l, col := r.here()
		r.starts = append(r.starts, [2]int{l, col})
		r.fieldBuf = r.fieldBuf[:0]
		if r.peek() == '"' {
			done, perr = r.quotedField(startLine)
		} else {
			done, perr = r.plainField(startLine)
		}
		if perr == nil {
			dst = append(dst, string(r.fieldBuf))
		}
	}
	if perr != nil {
		if _, ok := perr.(*ParseError); ok {
			// The rest of the line holding the error is dropped with the record.
			for c, _ := r.next(); c != -1; c, _ = r.next() {
				if c == '\n' {
					r.endLine()
					break
				}
			}
			// The fields completed before the error come back with it (and count as the
			// first record's fields).
			if r.FieldsPerRecord == 0 {
				r.FieldsPerRecord = len(dst)
			}
			if len(dst) == 0 {
				dst = nil
			}
			return dst, perr
		}
		return nil, perr
	}
	switch {
	case r.FieldsPerRecord > 0:
		if len(dst) != r.FieldsPerRecord {
			return dst, &ParseError{StartLine: startLine, Line: startLine, Column: 1, Err: ErrFieldCount}
		}
	case r.FieldsPerRecord == 0:
		r.FieldsPerRecord = len(dst)
	}
	return dst, nil
}

// plainField reads an unquoted field into fieldBuf; done reports the end of the record.
func (r *Reader) plainField(startLine int) (done bool, err error) {
	for {
		c, rerr := r.next()
		switch {
		case c == -1:
			if rerr != io.EOF {
				return true, rerr
			}
			return true, nil
		case c == '\n':
			r.endLine()
			return true, nil
		case c == r.Comma:
			return false, nil
		case c == '"' && !r.LazyQuotes:
			return true, &ParseError{StartLine: startLine, Line: r.line, Column: r.col, Err: ErrBareQuote}
		}
		r.fieldBuf = utf8.AppendRune(r.fieldBuf, c)
	}
}

// quotedField reads a quoted field (opening quote next) into fieldBuf.
func (r *Reader) quotedField(startLine int) (done bool, err error) {
	r.next() // the opening quote
	for {
		c, rerr := r.next()
		switch {
		case c == -1:
			if rerr != io.EOF {
				return true, rerr
			}
			if r.LazyQuotes {
				return true, nil
			}
			line, col := r.line, r.col+1
			if r.col == 0 && r.line > startLine {
				// Right after a line end: Go reports the end of that line.
				line, col = r.nlLine, r.nlCol+1
			}
			return true, &ParseError{StartLine: startLine, Line: line, Column: col, Err: ErrQuote}
		case c == '\n':
			r.fieldBuf = append(r.fieldBuf, '\n')
			r.endLine()
			continue
		case c != '"':
			r.fieldBuf = utf8.AppendRune(r.fieldBuf, c)
			continue
		}
		// A quote: doubled, closing, or stray.
		switch after := r.peek(); {
		case after == '"':
			r.next()
			r.fieldBuf = append(r.fieldBuf, '"')
		case after == r.Comma:
			r.next()
			return false, nil
		case after == '\n' || after == -1:
			if after == '\n' {
				r.next()
				r.endLine()
			}
			return true, nil
		case r.LazyQuotes:
			r.fieldBuf = append(r.fieldBuf, '"')
		default:
			return true, &ParseError{StartLine: startLine, Line: r.line, Column: r.col, Err: ErrQuote}
		}
	}
}
