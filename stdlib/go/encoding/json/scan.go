package json

import (
	"strconv"
	"strings"
)

// The syntax checker. JSON text is validated before anything is decoded, so a syntax
// error wins over type errors. Errors name the offending byte and what was expected, as
// Go reports them; at the end of the input a partial literal or number is reported as if a
// space followed it, and anything else unfinished as "unexpected end of JSON input".

// SyntaxError is malformed JSON text: what was wrong, and the input offset after
// which it was found.
type SyntaxError struct {
	msg    string
	Offset int64 // error occurred after reading Offset bytes
}

func (e *SyntaxError) Error() string { return e.msg }

const maxNesting = 10000

// checker walks JSON text; incomplete reports whether it ran out of input (a stream
// decoder then reads more).
type checker struct {
	data       []byte
	pos        int
	depth      int
	incomplete bool
	err        *SyntaxError
}

// charLit is byte c written as a Go character literal, as syntax errors name it.
func charLit(c byte) string { return strconv.QuoteRune(rune(c)) }

// badChar is the start of a syntax error text about byte c.
func badChar(c byte) string { return "invalid character " + charLit(c) }

func (c *checker) fail(ch byte, context string) {
	if c.err == nil {
		c.err = &SyntaxError{badChar(ch) + " " + context, int64(c.pos + 1)}
	}
}

// eof records running out of input; partial is the context to report for a pending
// literal or number (as if a space followed), "" when the value is merely unfinished.
func (c *checker) eof(partial string) {
	if c.err != nil {
		return
	}
	c.incomplete = true
	if partial != "" {
		c.err = &SyntaxError{"invalid character ' ' " + partial, int64(len(c.data) + 1)}
		return
	}
	c.err = &SyntaxError{"unexpected end of JSON input", int64(len(c.data))}
}

func isSpace(ch byte) bool { return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' }

func (c *checker) skipSpace() {
	for c.pos < len(c.data) && isSpace(c.data[c.pos]) {
		c.pos++
	}
}

// value checks one value starting at c.pos (after white space).
func (c *checker) value() {
	if c.err != nil {
		return
	}
	if c.pos >= len(c.data) {
		c.eof("")
		return
	}
	ch := c.data[c.pos]
	switch {
	case ch == '{':
		c.object()
	case ch == '[':
		c.array()
	case ch == '"':
		c.str()
	case ch == '-' || '0' <= ch && ch <= '9':
		c.number()
	case ch == 't':
		c.literal("true")
	case ch == 'f':
		c.literal("false")
	case ch == 'n':
		c.literal("null")
	default:
		c.fail(ch, "looking for beginning of value")
	}
}

func (c *checker) nest() bool {
	c.depth++
	if c.depth > maxNesting {
		if c.err == nil {
			c.err = &SyntaxError{"exceeded max depth", int64(c.pos + 1)}
		}
		return false
	}
	return true
}

func (c *checker) object() {
	if !c.nest() {
		return
	}
	c.pos++ // '{'
	c.skipSpace()
	if c.pos < len(c.data) && c.data[c.pos] == '}' {
		c.pos++
		c.depth--
		return
	}
	for c.err == nil {
		c.skipSpace()
		if c.pos >= len(c.data) {
			c.eof("")
			return
		}
		if c.data[c.pos] != '"' {
			c.fail(c.data[c.pos], "looking for beginning of object key string")
			return
		}
		c.str()
		c.skipSpace()
		if c.err != nil {
			return
		}
		if c.pos >= len(c.data) {
			c.eof("")
			return
		}
		if c.data[c.pos] != ':' {
			c.fail(c.data[c.pos], "after object key")
			return
		}
		c.pos++
		c.skipSpace()
		c.value()
		if !c.next('}', "after object key:value pair") {
			return
		}
	}
}

func (c *checker) array() {
	if !c.nest() {
		return
	}
	c.pos++ // '['
	c.skipSpace()
	if c.pos < len(c.data) && c.data[c.pos] == ']' {
		c.pos++
		c.depth--
		return
	}
	for c.err == nil {
		c.skipSpace()
		c.value()
		if !c.next(']', "after array element") {
			return
		}
	}
}

// next reads what follows an element of an object or array: a comma (true: another
// element comes) or closer (false: the composite ends); anything else is an error.
func (c *checker) next(closer byte, after string) bool {
	c.skipSpace()
	if c.err != nil {
		return false
	}
	if c.pos >= len(c.data) {
		c.eof("")
		return false
	}
	switch c.data[c.pos] {
	case ',':
		c.pos++
		return true
	case closer:
		c.pos++
		c.depth--
		return false
	}
	c.fail(c.data[c.pos], after)
	return false
}

func isHex(ch byte) bool {
	return '0' <= ch && ch <= '9' || 'a' <= ch && ch <= 'f' || 'A' <= ch && ch <= 'F'
}

func (c *checker) str() {
	c.pos++ // opening quote
	for c.pos < len(c.data) {
		ch := c.data[c.pos]
		switch {
		case ch == '"':
			c.pos++
			return
		case ch == '\\':
			c.pos++
			if c.pos >= len(c.data) {
				c.eof("")
				return
			}
			switch esc := c.data[c.pos]; {
			case strings.IndexByte(`"\\/bfnrt`, esc) >= 0:
				c.pos++
			case esc == 'u':
				c.pos++
				for i := 0; i < 4; i++ {
					if c.pos >= len(c.data) {
						c.eof("")
						return
					}
					if !isHex(c.data[c.pos]) {
						c.fail(c.data[c.pos], "in \\u hexadecimal character escape")
						return
					}
					c.pos++
				}
			default:
				c.fail(c.data[c.pos], "in string escape code")
				return
			}
		case ch < 0x20:
			c.fail(ch, "in string literal")
			return
		default:
			c.pos++
		}
	}
	c.eof("")
}

func (c *checker) literal(word string) {
	for i := 0; i < len(word); i++ {
		if c.pos >= len(c.data) {
			c.eof("in literal " + word + " (expecting " + charLit(word[i]) + ")")
			return
		}
		if c.data[c.pos] != word[i] {
			c.fail(c.data[c.pos], "in literal "+word+" (expecting "+charLit(word[i])+")")
			return
		}
		c.pos++
	}
}

func isDigit(ch byte) bool { return '0' <= ch && ch <= '9' }

func (c *checker) number() {
	d := c.data
	if d[c.pos] == '-' {
		c.pos++
		if c.pos >= len(d) {
			c.eof("in numeric literal")
			return
		}
		if !isDigit(d[c.pos]) {
			c.fail(d[c.pos], "in numeric literal")
			return
		}
	}
	if d[c.pos] == '0' {
		c.pos++
	} else {
		for c.pos < len(d) && isDigit(d[c.pos]) {
			c.pos++
		}
	}
	if c.pos < len(d) && d[c.pos] == '.' {
		c.pos++
		if c.pos >= len(d) {
			c.eof("after decimal point in numeric literal")
			return
		}
		if !isDigit(d[c.pos]) {
			c.fail(d[c.pos], "after decimal point in numeric literal")
			return
		}
		for c.pos < len(d) && isDigit(d[c.pos]) {
			c.pos++
		}
	}
	if c.pos < len(d) && (d[c.pos] == 'e' || d[c.pos] == 'E') {
		c.pos++
		if c.pos < len(d) && (d[c.pos] == '+' || d[c.pos] == '-') {
			c.pos++
		}
		if c.pos >= len(d) {
			c.eof("in exponent of numeric literal")
			return
		}
		if !isDigit(d[c.pos]) {
			c.fail(d[c.pos], "in exponent of numeric literal")
			return
		}
		for c.pos < len(d) && isDigit(d[c.pos]) {
			c.pos++
		}
	}
	// A number ends a top-level value only at a delimiter: "1x" is reported by the caller.
}

// checkValid verifies that data is exactly one JSON value (with surrounding space).
func checkValid(data []byte) error {
	c := checker{data: data}
	c.skipSpace()
	c.value()
	if c.err != nil {
		return c.err
	}
	c.skipSpace()
	if c.pos < len(data) {
		c.fail(data[c.pos], "after top-level value")
		return c.err
	}
	return nil
}

// Valid: data is exactly one JSON value, with optional space around it.
func Valid(data []byte) bool {
	return checkValid(data) == nil
}

// nextValue finds the end of the first JSON value in data (after leading space): n is
// the offset just past it. more is true when data ends before the value does (a stream
// decoder reads more input and tries again).
func nextValue(data []byte) (n int, more bool, err error) {
	c := checker{data: data}
	c.skipSpace()
	c.value()
	if c.err != nil {
		if c.incomplete {
			return 0, true, c.err
		}
		return 0, false, c.err
	}
	// A number at the very end may continue in the next read.
	if c.pos == len(data) && len(data) > 0 {
		last := data[len(data)-1]
		if isDigit(last) || last == '.' || last == 'e' || last == 'E' || last == '-' || last == '+' {
			return c.pos, true, nil
		}
	}
	return c.pos, false, nil
}
