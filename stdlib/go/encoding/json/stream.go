package json

import (
	"bytes"
	"io"
	"reflect"
	"strconv"
)

// Number represents a JSON number literal.
type Number string

// String is the number's text as it appeared in the JSON input.
func (n Number) String() string { return string(n) }

// Float64 parses the number (strconv.ParseFloat).
func (n Number) Float64() (float64, error) { return strconv.ParseFloat(string(n), 64) }

// Int64 parses the number as a decimal integer (strconv.ParseInt).
func (n Number) Int64() (int64, error) { return strconv.ParseInt(string(n), 10, 64) }

// numberLiteral reports whether s is a JSON number literal.
func numberLiteral(s string) bool {
	if s == "" {
		return false
	}
	c := checker{data: []byte(s)}
	if s[0] != '-' && !isDigit(s[0]) {
		return false
	}
	c.number()
	return c.err == nil && c.pos == len(s)
}

// RawMessage is a raw encoded JSON value. It implements Marshaler and Unmarshaler and
// can be used to delay JSON decoding or precompute a JSON encoding.
type RawMessage []byte

// MarshalJSON is m itself ("null" for a nil m).
func (m RawMessage) MarshalJSON() ([]byte, error) {
	if m == nil {
		return []byte("null"), nil
	}
	return m, nil
}

// UnmarshalJSON keeps a copy of data in *m, reusing m's storage.
func (m *RawMessage) UnmarshalJSON(data []byte) error {
	if m == nil {
		return &jsonErr{"json.RawMessage: UnmarshalJSON on nil pointer"}
	}
	kept := (*m)[:0]
	*m = append(kept, data...)
	return nil
}

// Encoder writes a stream of JSON values to a writer, one per line.
type Encoder struct {
	w          io.Writer
	err        error
	escapeHTML bool
	prefix     string
	indent     string
}

// NewEncoder makes an Encoder writing to w (HTML escaping on, as Marshal does).
func NewEncoder(w io.Writer) *Encoder {
	enc := &Encoder{w: w}
	enc.SetEscapeHTML(true)
	return enc
}

// Encode writes the JSON encoding of v to the stream, followed by a newline.
func (enc *Encoder) Encode(v any) error {
	if enc.err != nil {
		return enc.err
	}
	e := &encoder{escapeHTML: enc.escapeHTML}
	if err := e.marshal(v); err != nil {
		return err
	}
	b := e.buf
	if enc.prefix != "" || enc.indent != "" {
		var err error
		b, err = reformat(nil, b, layout{indented: true, prefix: enc.prefix, indent: enc.indent})
		if err != nil {
			return err
		}
	}
	b = append(b, '\n')
	if _, err := enc.w.Write(b); err != nil {
		enc.err = err
		return err
	}
	return nil
}

// SetIndent instructs the encoder to format each subsequent encoded value as if
// indented by the package-level function Indent(dst, src, prefix, indent).
func (enc *Encoder) SetIndent(prefix, indent string) {
	enc.prefix = prefix
	enc.indent = indent
}

// SetEscapeHTML specifies whether problematic HTML characters should be escaped inside
// JSON quoted strings.
func (enc *Encoder) SetEscapeHTML(on bool) { enc.escapeHTML = on }

// Decoder reads a stream of JSON values from a reader, by value (Decode) or by token.
//
// It keeps the input read so far but not yet decoded in pending (pending[0] is at stream
// offset skipped), and the nesting of the arrays and objects a caller walks with Token in
// frames, with what the stream must hold next in expect.
type Decoder struct {
	in                    io.Reader
	pending               []byte
	skipped               int64
	readErr               error // the reader's error, reported once pending is used up
	failed                error // a Decode error that ends the stream (returned again)
	useNumber             bool
	disallowUnknownFields bool
	expect                expectation
	frames                []expectation
}

// expectation is what a token stream allows next.
type expectation int

const (
	expectValue       expectation = iota // a value (top level)
	expectFirstElem                      // just after '[': a value or ']'
	expectElem                           // after ',' in an array: a value
	expectElemEnd                        // after an element: ',' or ']'
	expectFirstKey                       // just after '{': a key or '}'
	expectKey                            // after ',' in an object: a key
	expectColon                          // after a key: ':'
	expectMember                         // after ':': a value
	expectMemberEnd                      // after a member: ',' or '}'
)

// NewDecoder makes a Decoder reading from r (buffered: it may read past the values
// it returns).
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{in: r}
}

// UseNumber causes the Decoder to unmarshal a number into an interface value as a
// Number instead of as a float64.
func (dec *Decoder) UseNumber() { dec.useNumber = true }

// DisallowUnknownFields causes the Decoder to return an error when the destination is
// a struct and the input contains object keys which do not match any non-ignored,
// exported fields in the destination.
func (dec *Decoder) DisallowUnknownFields() { dec.disallowUnknownFields = true }

// Decode reads the next JSON-encoded value from its input and stores it in the value
// pointed to by v.
func (dec *Decoder) Decode(v any) error {
	if dec.failed != nil {
		return dec.failed
	}
	if err := dec.passSeparator(); err != nil {
		return err
	}
	if !dec.wantsValue() {
		return &SyntaxError{"not at beginning of value", dec.InputOffset()}
	}
	n, err := dec.completeValue()
	if err != nil {
		dec.failed = err
		return err
	}
	text := dec.pending[:n]
	dec.consume(n)
	d := &decoder{data: text, useNumber: dec.useNumber, disallowUnknownFields: dec.disallowUnknownFields}
	err = d.unmarshal(v)
	dec.valueDone()
	return err
}

// Buffered returns a reader of the data remaining in the Decoder's buffer.
func (dec *Decoder) Buffered() io.Reader {
	return bytes.NewReader(dec.pending)
}

// InputOffset is how many bytes of the input lie before the decoder's position.
func (dec *Decoder) InputOffset() int64 { return dec.skipped }

func (dec *Decoder) consume(n int) {
	dec.pending = dec.pending[n:]
	dec.skipped += int64(n)
}

// more reads another chunk of input; false once the reader has nothing more.
func (dec *Decoder) more() bool {
	if dec.readErr != nil {
		return false
	}
	chunk := make([]byte, 4096)
	n, err := dec.in.Read(chunk)
	dec.pending = append(dec.pending, chunk[:n]...)
	if err != nil {
		dec.readErr = err
	}
	return n > 0 || err == nil
}

// completeValue reads until pending starts with a whole JSON value (after white space)
// and returns its length.
func (dec *Decoder) completeValue() (int, error) {
	for {
		if len(bytes.TrimLeft(dec.pending, " \t\r\n")) > 0 {
			n, partial, err := nextValue(dec.pending)
			switch {
			case err == nil && (!partial || dec.readErr != nil):
				return n, nil
			case err != nil && !partial:
				return 0, err
			}
		}
		if dec.readErr != nil {
			break
		}
		dec.more()
	}
	err := dec.readErr
	if err == io.EOF && len(bytes.TrimLeft(dec.pending, " \t\r\n")) > 0 {
		err = io.ErrUnexpectedEOF
	}
	return 0, err
}

// nextByte returns the next non-space byte, discarding the space before it.
func (dec *Decoder) nextByte() (byte, error) {
	for from := 0; ; {
		for i := from; i < len(dec.pending); i++ {
			if !isSpace(dec.pending[i]) {
				dec.consume(i)
				return dec.pending[0], nil
			}
		}
		// Only space so far: it stays pending (InputOffset does not move past it).
		from = len(dec.pending)
		if !dec.more() {
			return 0, dec.readErr
		}
	}
}

// passSeparator consumes the ',' or ':' a Decode in the middle of a token stream
// starts after.
func (dec *Decoder) passSeparator() error {
	var want byte
	var next expectation
	switch dec.expect {
	case expectElemEnd:
		want, next = ',', expectElem
	case expectColon:
		want, next = ':', expectMember
	default:
		return nil
	}
	c, err := dec.nextByte()
	if err != nil {
		return err
	}
	if c != want {
		what := "comma after array element"
		if want == ':' {
			what = "colon after object key"
		}
		return &SyntaxError{"expected " + what, dec.InputOffset()}
	}
	dec.consume(1)
	dec.expect = next
	return nil
}

// wantsValue reports whether a value may come next in the token stream.
func (dec *Decoder) wantsValue() bool {
	switch dec.expect {
	case expectValue, expectFirstElem, expectElem, expectMember:
		return true
	}
	return false
}

// valueDone moves the token stream past a value.
func (dec *Decoder) valueDone() {
	switch dec.expect {
	case expectFirstElem, expectElem:
		dec.expect = expectElemEnd
	case expectMember:
		dec.expect = expectMemberEnd
	}
}

// A Token holds a value of one of these types: Delim, bool, float64, Number, string,
// nil.
type Token any

// Delim is the Token of a bracket: '[', ']', '{' or '}'.
type Delim rune

func (d Delim) String() string { return string(d) }

// open and close handle brackets in the token stream.
func (dec *Decoder) open(c byte, inside expectation) (Token, error) {
	if !dec.wantsValue() {
		return dec.misplaced(c)
	}
	dec.consume(1)
	dec.frames = append(dec.frames, dec.expect)
	dec.expect = inside
	return Delim(c), nil
}

func (dec *Decoder) close(c byte, first, end expectation) (Token, error) {
	if dec.expect != first && dec.expect != end {
		return dec.misplaced(c)
	}
	dec.consume(1)
	dec.expect = dec.frames[len(dec.frames)-1]
	dec.frames = dec.frames[:len(dec.frames)-1]
	dec.valueDone()
	return Delim(c), nil
}

// Token returns the next JSON token in the input stream. At the end of the input
// stream, Token returns nil, io.EOF. Commas and colons are elided.
func (dec *Decoder) Token() (Token, error) {
	for {
		c, err := dec.nextByte()
		if err != nil {
			return nil, err
		}
		switch {
		case c == '[':
			return dec.open(c, expectFirstElem)
		case c == '{':
			return dec.open(c, expectFirstKey)
		case c == ']':
			return dec.close(c, expectFirstElem, expectElemEnd)
		case c == '}':
			return dec.close(c, expectFirstKey, expectMemberEnd)
		case c == ':' && dec.expect == expectColon:
			dec.consume(1)
			dec.expect = expectMember
		case c == ',' && dec.expect == expectElemEnd:
			dec.consume(1)
			dec.expect = expectElem
		case c == ',' && dec.expect == expectMemberEnd:
			dec.consume(1)
			dec.expect = expectKey
		case c == '"' && (dec.expect == expectFirstKey || dec.expect == expectKey):
			// An object key: decoded as a top-level string.
			var key string
			dec.expect = expectValue
			tok, err := dec.decodeToken(&key)
			if err == nil {
				dec.expect = expectColon
			}
			return tok, err
		case dec.wantsValue() && c != ',' && c != ':':
			var x any
			return dec.decodeToken(&x)
		default:
			return dec.misplaced(c)
		}
	}
}

// decodeToken decodes the value at the stream's position into dst (a pointer) and
// returns what dst points to as the Token.
func (dec *Decoder) decodeToken(dst any) (Token, error) {
	if err := dec.Decode(dst); err != nil {
		return nil, err
	}
	return reflect.ValueOf(dst).Elem().Interface(), nil
}

// misplacedContext completes the error text for a byte the token stream does not
// allow, by what the stream expected.
var misplacedContext = map[expectation]string{
	expectValue:     " looking for beginning of value",
	expectFirstElem: " looking for beginning of value",
	expectElem:      " looking for beginning of value",
	expectMember:    " looking for beginning of value",
	expectElemEnd:   " after array element",
	expectFirstKey:  "",
	expectKey:       " looking for beginning of object key string",
	expectColon:     " after object key",
	expectMemberEnd: " after object key:value pair",
}

// misplaced reports a byte the token stream does not allow here.
func (dec *Decoder) misplaced(c byte) (Token, error) {
	return nil, &SyntaxError{msg: badChar(c) + misplacedContext[dec.expect], Offset: dec.InputOffset()}
}

// More reports whether there is another element in the current array or object being
// parsed.
func (dec *Decoder) More() bool {
	c, err := dec.nextByte()
	if err != nil {
		return false
	}
	return !closer(c)
}

// closer: c ends an array or object.
func closer(c byte) bool { return c == ']' || c == '}' }
