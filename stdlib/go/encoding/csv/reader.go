// Package csv reads and writes comma-separated values (CSV) files as described in
// RFC 4180, with Go's relaxations: any delimiter, optional comments, lazy quotes.
package csv

import (
	"bufio"
	"bytes"
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
	if e.Err == ErrFieldCount {
		return fmt.Sprintf("record on line %d: %v", e.Line, e.Err)
	}
	if e.StartLine != e.Line {
		return fmt.Sprintf("record on line %d; parse error on line %d, column %d: %v", e.StartLine, e.Line, e.Column, e.Err)
	}
	return fmt.Sprintf("parse error on line %d, column %d: %v", e.Line, e.Column, e.Err)
}

func (e *ParseError) Unwrap() error { return e.Err }

// These are the errors that can be returned in ParseError.Err.
var (
	ErrBareQuote     = errors.New("bare \" in non-quoted-field")
	ErrQuote         = errors.New("extraneous or missing \" in quoted-field")
	ErrFieldCount    = errors.New("wrong number of fields")
	ErrTrailingComma = errors.New("extra delimiter at end of line") // Deprecated: no longer used.
)

var errInvalidDelim = errors.New("csv: invalid field or comment delimiter")

func validDelim(r rune) bool {
	return r != 0 && r != '"' && r != '\r' && r != '\n' && utf8.ValidRune(r) && r != utf8.RuneError
}

// A Reader reads records from a CSV-encoded file.
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
	// Deprecated: TrailingComma is no longer used.
	TrailingComma bool

	r       *bufio.Reader
	numLine int
	offset  int64
	// positions of the fields of the last record: (line, column) of each field's start
	fieldPositions []position
	lastRecord     []string
}

type position struct {
	line, col int
}

// NewReader returns a new Reader that reads from r.
func NewReader(r io.Reader) *Reader {
	return &Reader{Comma: ',', r: bufio.NewReader(r)}
}

// Read reads one record (a slice of fields) from r. If the record has an unexpected
// number of fields, Read returns the record along with the error ErrFieldCount.
func (r *Reader) Read() (record []string, err error) {
	if r.ReuseRecord {
		record, err = r.readRecord(r.lastRecord)
		r.lastRecord = record
	} else {
		record, err = r.readRecord(nil)
	}
	return record, err
}

// FieldPos returns the line and column corresponding to the start of the field with
// the given index in the slice most recently returned by Read.
func (r *Reader) FieldPos(field int) (line, column int) {
	if field < 0 || field >= len(r.fieldPositions) {
		panic("out of range index passed to FieldPos")
	}
	p := r.fieldPositions[field]
	return p.line, p.col
}

// InputOffset returns the input stream byte offset of the current reader position.
func (r *Reader) InputOffset() int64 { return r.offset }

// ReadAll reads all the remaining records from r.
func (r *Reader) ReadAll() (records [][]string, err error) {
	for {
		record, err := r.readRecord(nil)
		if err == io.EOF {
			return records, nil
		}
		if err != nil {
			return nil, err
		}
		records = append(records, record)
	}
}

// readLine reads the next line (with its newline); a final line without one gets one
// added, and "\r\n" becomes "\n".
func (r *Reader) readLine() ([]byte, error) {
	line, err := r.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		full := append([]byte(nil), line...)
		for err == bufio.ErrBufferFull {
			line, err = r.r.ReadSlice('\n')
			full = append(full, line...)
		}
		line = full
	} else {
		line = append([]byte(nil), line...)
	}
	n := len(line)
	if n > 0 && err == io.EOF {
		err = nil
		if line[n-1] == '\r' {
			line = line[:n-1]
		}
	}
	r.numLine++
	r.offset += int64(n)
	if n := len(line); n >= 2 && line[n-2] == '\r' && line[n-1] == '\n' {
		line[n-2] = '\n'
		line = line[:n-1]
	}
	return line, err
}

func lengthNL(b []byte) int {
	if len(b) > 0 && b[len(b)-1] == '\n' {
		return 1
	}
	return 0
}

func nextRune(b []byte) rune {
	r, _ := utf8.DecodeRune(b)
	return r
}

func (r *Reader) readRecord(dst []string) ([]string, error) {
	if r.Comma == r.Comment || !validDelim(r.Comma) || (r.Comment != 0 && !validDelim(r.Comment)) {
		return nil, errInvalidDelim
	}

	// Skip empty lines and comments.
	var line []byte
	var errRead error
	for errRead == nil {
		line, errRead = r.readLine()
		if r.Comment != 0 && nextRune(line) == r.Comment {
			line = nil
			continue
		}
		if errRead == nil && len(line) == lengthNL(line) {
			line = nil
			continue
		}
		break
	}
	if errRead == io.EOF {
		return nil, errRead
	}

	var err error
	quoteLen := 1
	commaLen := utf8.RuneLen(r.Comma)
	recLine := r.numLine
	var fields [][]byte
	var positions []position
	pos := position{line: r.numLine, col: 1}
	var field []byte
parse:
	for {
		if r.TrimLeadingSpace {
			i := bytes.IndexFunc(line, func(c rune) bool { return !unicode.IsSpace(c) })
			if i < 0 {
				i = len(line)
				pos.col -= lengthNL(line)
			}
			line = line[i:]
			pos.col += i
		}
		if len(line) == 0 || line[0] != '"' {
			// Non-quoted field.
			i := bytes.IndexRune(line, r.Comma)
			f := line
			if i >= 0 {
				f = f[:i]
			} else {
				f = f[:len(f)-lengthNL(f)]
			}
			if !r.LazyQuotes {
				if j := bytes.IndexByte(f, '"'); j >= 0 {
					err = &ParseError{StartLine: recLine, Line: r.numLine, Column: pos.col + j, Err: ErrBareQuote}
					break parse
				}
			}
			fields = append(fields, append([]byte(nil), f...))
			positions = append(positions, pos)
			if i >= 0 {
				line = line[i+commaLen:]
				pos.col += i + commaLen
				continue parse
			}
			break parse
		}
		// Quoted field.
		fieldPos := pos
		line = line[quoteLen:]
		pos.col += quoteLen
		field = field[:0]
		for {
			i := bytes.IndexByte(line, '"')
			switch {
			case i >= 0:
				field = append(field, line[:i]...)
				line = line[i+quoteLen:]
				pos.col += i + quoteLen
				switch rn := nextRune(line); {
				case rn == '"':
					field = append(field, '"')
					line = line[quoteLen:]
					pos.col += quoteLen
				case rn == r.Comma:
					line = line[commaLen:]
					pos.col += commaLen
					fields = append(fields, append([]byte(nil), field...))
					positions = append(positions, fieldPos)
					continue parse
				case lengthNL(line) == len(line):
					fields = append(fields, append([]byte(nil), field...))
					positions = append(positions, fieldPos)
					break parse
				case r.LazyQuotes:
					field = append(field, '"')
				default:
					err = &ParseError{StartLine: recLine, Line: r.numLine, Column: pos.col - quoteLen, Err: ErrQuote}
					break parse
				}
			case len(line) > 0:
				// The field continues on the next line.
				field = append(field, line...)
				if errRead != nil {
					break parse
				}
				pos.col += len(line)
				line, errRead = r.readLine()
				if len(line) > 0 {
					pos.line++
					pos.col = 1
				}
				if errRead == io.EOF {
					errRead = nil
				}
			default:
				// End of input inside a quoted field.
				if !r.LazyQuotes && errRead == nil {
					err = &ParseError{StartLine: recLine, Line: pos.line, Column: pos.col, Err: ErrQuote}
					break parse
				}
				fields = append(fields, append([]byte(nil), field...))
				positions = append(positions, fieldPos)
				break parse
			}
		}
	}
	if err == nil {
		err = errRead
	}

	dst = dst[:0]
	for _, f := range fields {
		dst = append(dst, string(f))
	}
	r.fieldPositions = positions

	if r.FieldsPerRecord > 0 {
		if len(dst) != r.FieldsPerRecord && err == nil {
			err = &ParseError{StartLine: recLine, Line: recLine, Column: 1, Err: ErrFieldCount}
		}
	} else if r.FieldsPerRecord == 0 {
		r.FieldsPerRecord = len(dst)
	}
	return dst, err
}
