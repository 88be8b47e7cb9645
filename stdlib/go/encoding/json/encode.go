// Package json implements encoding and decoding of JSON as defined in RFC 7159, with
// Go's mapping between JSON values and Go values (see Marshal and Unmarshal).
package json

import (
	"bytes"
	"strings"
	"encoding"
	"math"
	"reflect"
	"sort"
	"strconv"
	"unicode/utf8"
)

// Marshaler is the interface implemented by types that can marshal themselves into
// valid JSON.
type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

// An UnsupportedTypeError is returned by Marshal when attempting to encode an
// unsupported value type.
type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return errText("unsupported type", e.Type.String())
}

// An UnsupportedValueError is returned by Marshal when attempting to encode an
// unsupported value.
type UnsupportedValueError struct {
	Value reflect.Value
	Str   string
}

func (e *UnsupportedValueError) Error() string {
	return errText("unsupported value", e.Str)
}

// InvalidUTF8Error is no longer returned by Marshal (invalid UTF-8 is replaced by
// U+FFFD); kept for compatibility.
type InvalidUTF8Error struct {
	S string
}

func (e *InvalidUTF8Error) Error() string {
	return errText("invalid UTF-8 in string", strconv.Quote(e.S))
}

// A MarshalerError represents an error from calling a MarshalJSON or MarshalText method.
type MarshalerError struct {
	Type       reflect.Type
	Err        error
	sourceFunc string
}

func (e *MarshalerError) Error() string {
	src := e.sourceFunc
	if src == "" {
		src = "MarshalJSON"
	}
	return "json: error calling " + src + " for type " + e.Type.String() + ": " + e.Err.Error()
}

func (e *MarshalerError) Unwrap() error { return e.Err }

// errText is an error text of the form "json: <what>: <detail>".
func errText(what, detail string) string { return "json: " + what + ": " + detail }

// Marshal encodes v as JSON (see the package comment for the mapping), with <, > and &
// in strings escaped for HTML.
func Marshal(v any) ([]byte, error) {
	e := &encoder{escapeHTML: true}
	if err := e.marshal(v); err != nil {
		return nil, err
	}
	return e.buf, nil
}

// MarshalIndent is like Marshal but applies Indent to format the output.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, err := Marshal(v)
	if err != nil {
		return nil, err
	}
	return reformat(nil, b, layout{indented: true, prefix: prefix, indent: indent})
}

// abort carries an encoding error up through the recursive encoder: fail panics with
// it and marshal recovers it.
type abort struct{ err error }

type encoder struct {
	buf        []byte
	escapeHTML bool
	ptrDepth   int
	ptrSeen    map[uintptr]bool
}

func (e *encoder) marshal(v any) (err error) {
	defer func() {
		r := recover()
		if stop, ok := r.(*abort); ok {
			err = stop.err
		} else if r != nil {
			panic(r) // not ours: a real failure
		}
	}()
	e.value(reflect.ValueOf(v), false)
	return nil
}

func (e *encoder) fail(err error) {
	panic(&abort{err})
}

var (
	marshalerType     = reflect.TypeOf((*Marshaler)(nil)).Elem()
	textMarshalerType = reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem()
	numberType        = reflect.TypeOf(Number(""))
)

// value appends the encoding of v; quoted: the ",string" option applies.
func (e *encoder) value(v reflect.Value, quoted bool) {
	if !v.IsValid() {
		e.buf = append(e.buf, "null"...)
		return
	}
	t := v.Type()
	// Methods first: MarshalJSON, then MarshalText, each on the value or (when v is
	// addressable) on its pointer.
	if m, ok := withMethod(v, marshalerType); ok {
		e.marshaler(m, "MarshalJSON")
		return
	}
	if m, ok := withMethod(v, textMarshalerType); ok {
		e.textMarshaler(m)
		return
	}
	switch k := v.Kind(); {
	case k == reflect.Bool || intKind(k) || uintKind(k):
		e.openQuote(quoted)
		switch {
		case k == reflect.Bool:
			e.buf = strconv.AppendBool(e.buf, v.Bool())
		case intKind(k):
			e.buf = strconv.AppendInt(e.buf, v.Int(), 10)
		default:
			e.buf = strconv.AppendUint(e.buf, v.Uint(), 10)
		}
		e.openQuote(quoted)
	case k == reflect.Float32:
		e.float(v, v.Float(), 32, quoted)
	case k == reflect.Float64:
		e.float(v, v.Float(), 64, quoted)
	default:
		e.composite(v, t, quoted)
	}
}

// openQuote writes the quote around a ",string" value when quoted.
func (e *encoder) openQuote(quoted bool) {
	if quoted {
		e.buf = append(e.buf, '"')
	}
}

// withMethod is the value whose method set has iface: v itself, or v.Addr() when v is
// an addressable non-pointer (the method has a pointer receiver).
func withMethod(v reflect.Value, iface reflect.Type) (reflect.Value, bool) {
	t := v.Type()
	if t.Kind() != reflect.Pointer && v.CanAddr() && reflect.PointerTo(t).Implements(iface) {
		return v.Addr(), true
	}
	return v, t.Implements(iface)
}

// composite encodes strings and the kinds that hold other values.
func (e *encoder) composite(v reflect.Value, t reflect.Type, quoted bool) {
	switch v.Kind() {
	case reflect.String:
		if t == numberType {
			e.number(v.String(), quoted)
			return
		}
		if quoted {
			e.buf = appendString(e.buf, string(appendString(nil, v.String(), e.escapeHTML)), e.escapeHTML)
		} else {
			e.buf = appendString(e.buf, v.String(), e.escapeHTML)
		}
	case reflect.Interface:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		e.value(v.Elem(), false)
	case reflect.Struct:
		e.structValue(v)
	case reflect.Map:
		e.mapValue(v)
	case reflect.Slice:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		if plainBytes(t.Elem()) {
			e.buf = append(e.buf, '"')
			e.buf = appendBase64(e.buf, v.Bytes())
			e.buf = append(e.buf, '"')
			return
		}
		e.pushPtr(v)
		e.array(v)
		e.popPtr()
	case reflect.Array:
		e.array(v)
	case reflect.Pointer:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return
		}
		e.pushPtr(v)
		e.value(v.Elem(), quoted)
		e.popPtr()
	default:
		e.fail(&UnsupportedTypeError{t})
	}
}

// plainBytes: a slice of et encodes as base64 (bytes without marshaling methods).
func plainBytes(et reflect.Type) bool {
	if et.Kind() != reflect.Uint8 {
		return false
	}
	p := reflect.PointerTo(et)
	return !p.Implements(marshalerType) && !p.Implements(textMarshalerType)
}

// nilRef: v is a nil pointer or nil interface (which marshal to null).
func nilRef(v reflect.Value) bool {
	k := v.Kind()
	return (k == reflect.Pointer || k == reflect.Interface) && v.IsNil()
}

// pushPtr detects cycles once nesting through pointers and slices gets deep.
func (e *encoder) pushPtr(v reflect.Value) {
	e.ptrDepth++
	if e.ptrDepth > 1000 {
		p := v.Pointer()
		if e.ptrSeen == nil {
			e.ptrSeen = map[uintptr]bool{}
		}
		if e.ptrSeen[p] {
			e.fail(&UnsupportedValueError{v, "encountered a cycle via " + v.Type().String()})
		}
		e.ptrSeen[p] = true
	}
}

func (e *encoder) popPtr() { e.ptrDepth-- }

func (e *encoder) marshaler(v reflect.Value, what string) {
	var m Marshaler
	if !nilRef(v) {
		m, _ = v.Interface().(Marshaler)
	}
	if m == nil {
		e.buf = append(e.buf, "null"...)
		return
	}
	b, err := m.MarshalJSON()
	if err == nil {
		e.buf, err = reformat(e.buf, b, layout{escapeHTML: e.escapeHTML})
	}
	if err != nil {
		e.fail(&MarshalerError{v.Type(), err, what})
	}
}

func (e *encoder) textMarshaler(v reflect.Value) {
	var m encoding.TextMarshaler
	if v.Kind() != reflect.Pointer || !v.IsNil() {
		m, _ = v.Interface().(encoding.TextMarshaler)
	}
	if m == nil {
		e.buf = append(e.buf, "null"...)
		return
	}
	b, err := m.MarshalText()
	if err != nil {
		e.fail(&MarshalerError{v.Type(), err, "MarshalText"})
	}
	e.buf = appendString(e.buf, string(b), e.escapeHTML)
}

// float appends f as ES6 formats numbers: shortest round-trip digits, exponent form
// only below 1e-6 or from 1e21 on, with a two-digit exponent trimmed ("1e-7").
func (e *encoder) float(v reflect.Value, f float64, bits int, quoted bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		e.fail(&UnsupportedValueError{v, strconv.FormatFloat(f, 'g', -1, bits)})
	}
	e.openQuote(quoted)
	e.buf = appendFloat(e.buf, f, bits)
	e.openQuote(quoted)
}

func appendFloat(b []byte, f float64, bits int) []byte {
	// The thresholds compare in the value's own precision.
	abs := math.Abs(f)
	tiny, huge := abs < 1e-6, abs >= 1e21
	if bits == 32 {
		a := float32(abs)
		tiny, huge = a < 1e-6, a >= 1e21
	}
	format := byte('f')
	if abs != 0 && (tiny || huge) {
		format = 'e'
	}
	start := len(b)
	b = strconv.AppendFloat(b, f, format, -1, bits)
	if format == 'e' {
		n := len(b)
		if n-start >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

func (e *encoder) number(s string, quoted bool) {
	if s == "" {
		s = "0"
	}
	if !numberLiteral(s) {
		e.fail(&jsonErr{"json: invalid number literal " + strconv.Quote(s)})
	}
	e.openQuote(quoted)
	e.buf = append(e.buf, s...)
	e.openQuote(quoted)
}

type jsonErr struct{ s string }

func (e *jsonErr) Error() string { return e.s }

func (e *encoder) structValue(v reflect.Value) {
	e.buf = append(e.buf, '{')
	first := true
	for _, f := range cachedFields(v.Type()) {
		fv, ok := promoted(v, f.index)
		if !ok || f.omitEmpty && omittable(fv) {
			continue
		}
		if !first {
			e.buf = append(e.buf, ',')
		}
		first = false
		if e.escapeHTML {
			e.buf = append(e.buf, f.nameBytes...)
		} else {
			e.buf = appendString(e.buf, f.name, false)
			e.buf = append(e.buf, ':')
		}
		e.value(fv, f.quoted)
	}
	e.buf = append(e.buf, '}')
}

// promoted follows a field's index path from the struct v; false when it passes
// through a nil embedded pointer (the field is then left out).
func promoted(v reflect.Value, path []int) (reflect.Value, bool) {
	return walkPath(v, path, func(reflect.Value) bool { return false })
}

// omittable: omitempty leaves the value out: false, zero numbers, nil pointers and
// interfaces, and empty arrays, maps, slices and strings (never structs).
func omittable(v reflect.Value) bool {
	k := v.Kind()
	switch {
	case k == reflect.Array || k == reflect.Map || k == reflect.Slice || k == reflect.String:
		return v.Len() == 0
	case k == reflect.Bool || intKind(k) || uintKind(k) || k == reflect.Float32 || k == reflect.Float64:
		return v.IsZero()
	case k == reflect.Pointer || k == reflect.Interface:
		return v.IsNil()
	}
	return false
}

func (e *encoder) mapValue(v reflect.Value) {
	kt := v.Type().Key()
	if !scalarKey(kt.Kind()) && !kt.Implements(textMarshalerType) {
		e.fail(&UnsupportedTypeError{v.Type()})
	}
	if v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	e.pushPtr(v)
	type entry struct {
		key string
		val reflect.Value
	}
	entries := make([]entry, 0, v.Len())
	it := v.MapRange()
	for it.Next() {
		k := it.Key()
		var ks string
		switch {
		case k.Kind() == reflect.String:
			ks = k.String()
		case kt.Implements(textMarshalerType):
			if nilRef(k) {
				break // a nil pointer key is written as ""
			}
			b, err := k.Interface().(encoding.TextMarshaler).MarshalText()
			if err != nil {
				e.fail(&MarshalerError{k.Type(), err, "MarshalText"})
			}
			ks = string(b)
		case k.CanInt():
			ks = strconv.FormatInt(k.Int(), 10)
		default:
			ks = strconv.FormatUint(k.Uint(), 10)
		}
		entries = append(entries, entry{ks, it.Value()})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].key < entries[j].key })
	e.buf = append(e.buf, '{')
	for i, en := range entries {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.buf = appendString(e.buf, en.key, e.escapeHTML)
		e.buf = append(e.buf, ':')
		e.value(en.val, false)
	}
	e.buf = append(e.buf, '}')
	e.popPtr()
}

func (e *encoder) array(v reflect.Value) {
	e.buf = append(e.buf, '[')
	n := v.Len()
	for i := 0; i < n; i++ {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.value(v.Index(i), false)
	}
	e.buf = append(e.buf, ']')
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string: quotes, backslashes and control characters
// escaped, invalid UTF-8 replaced by U+FFFD, U+2028 and U+2029 escaped, and <, > and &
// escaped when escapeHTML is set.
func appendString(b []byte, s string, escapeHTML bool) []byte {
	b = append(b, '"')
	copied := 0 // s[:copied] is in b already
	for i, r := range s {
		width := utf8.RuneLen(r)
		bad := r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD")
		if bad {
			width = 1
		}
		if !bad && !needsEscape(r, escapeHTML) {
			continue
		}
		b = append(b, s[copied:i]...)
		copied = i + width
		if bad {
			r = utf8.RuneError
		}
		b = appendEscape(b, r)
	}
	b = append(b, s[copied:]...)
	return append(b, '"')
}

// needsEscape: r cannot stand for itself inside a JSON string we write.
func needsEscape(r rune, escapeHTML bool) bool {
	switch {
	case r < 0x20 || r == '"' || r == '\\' || r == '\u2028' || r == '\u2029':
		return true
	case escapeHTML:
		return r == '<' || r == '>' || r == '&'
	}
	return false
}

// shortEscapes are the one-letter escapes used for these characters.
var shortEscapes = map[rune]byte{'"': '"', '\\': '\\', '\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't'}

// appendEscape appends the escape sequence for r: a one-letter escape where JSON has
// one, else \u and four lower-case hex digits.
func appendEscape(b []byte, r rune) []byte {
	if c, ok := shortEscapes[r]; ok {
		return append(b, '\\', c)
	}
	return append(b, '\\', 'u', hexDigits[r>>12&15], hexDigits[r>>8&15], hexDigits[r>>4&15], hexDigits[r&15])
}

const base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// appendBase64 appends src in standard, padded base64 (RFC 4648), as []byte values
// are encoded.
func appendBase64(b []byte, src []byte) []byte {
	for len(src) >= 3 {
		n := uint(src[0])<<16 | uint(src[1])<<8 | uint(src[2])
		b = append(b, base64Alphabet[n>>18&63], base64Alphabet[n>>12&63], base64Alphabet[n>>6&63], base64Alphabet[n&63])
		src = src[3:]
	}
	switch len(src) {
	case 1:
		n := uint(src[0]) << 16
		b = append(b, base64Alphabet[n>>18&63], base64Alphabet[n>>12&63], '=', '=')
	case 2:
		n := uint(src[0])<<16 | uint(src[1])<<8
		b = append(b, base64Alphabet[n>>18&63], base64Alphabet[n>>12&63], base64Alphabet[n>>6&63], '=')
	}
	return b
}

// decodeBase64 decodes standard base64 (padding optional at the end; CR and LF ignored).
func decodeBase64(s []byte) ([]byte, bool) {
	out := make([]byte, 0, len(s)*3/4)
	var acc uint
	n := 0
	pad := 0
	for _, c := range s {
		var d uint
		switch {
		case c >= 'A' && c <= 'Z':
			d = uint(c - 'A')
		case c >= 'a' && c <= 'z':
			d = uint(c-'a') + 26
		case c >= '0' && c <= '9':
			d = uint(c-'0') + 52
		case c == '+':
			d = 62
		case c == '/':
			d = 63
		case c == '\r' || c == '\n':
			continue
		case c == '=':
			pad++
			continue
		default:
			return nil, false
		}
		if pad > 0 {
			return nil, false
		}
		acc = acc<<6 | d
		n++
		if n == 4 {
			out = append(out, byte(acc>>16), byte(acc>>8), byte(acc))
			acc, n = 0, 0
		}
	}
	switch n {
	case 1:
		return nil, false
	case 2:
		if pad != 0 && pad != 2 {
			return nil, false
		}
		out = append(out, byte(acc>>4))
	case 3:
		if pad != 0 && pad != 1 {
			return nil, false
		}
		out = append(out, byte(acc>>10), byte(acc>>2))
	case 0:
		if pad != 0 {
			return nil, false
		}
	}
	return out, true
}

// Compact appends src to dst without its insignificant space.
func Compact(dst *bytes.Buffer, src []byte) error {
	b, err := reformat(nil, src, layout{})
	if err != nil {
		return err
	}
	dst.Write(b)
	return nil
}

// HTMLEscape appends src to dst with <, >, &, U+2028 and U+2029 written as \u escapes
// (in valid JSON they can only occur inside strings).
func HTMLEscape(dst *bytes.Buffer, src []byte) {
	for len(src) > 0 {
		if seq, n := htmlEscape(src); n > 0 {
			dst.Write(seq)
			src = src[n:]
			continue
		}
		run := 1
		for run < len(src) && !htmlLead(src[run]) {
			run++
		}
		dst.Write(src[:run])
		src = src[run:]
	}
}

// htmlLead: c may start a sequence htmlEscape replaces.
func htmlLead(c byte) bool { return c == '<' || c == '>' || c == '&' || c == 0xe2 }

// htmlEscape returns the escape for the character src starts with and its length in
// bytes, or n == 0 when that character is kept.
func htmlEscape(src []byte) (seq []byte, n int) {
	switch c := src[0]; {
	case c == '<' || c == '>' || c == '&':
		return appendEscape(nil, rune(c)), 1
	case c == 0xe2 && len(src) >= 3 && src[1] == 0x80 && (src[2] == 0xa8 || src[2] == 0xa9):
		return appendEscape(nil, 0x2000|rune(src[2]-0xa8+0x28)), 3
	}
	return nil, 0
}

// Indent appends src to dst with each element of an object or array on its own line,
// starting with prefix and one indent per nesting level.
func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	b, err := reformat(nil, src, layout{indented: true, prefix: prefix, indent: indent, keepTail: true})
	if err != nil {
		return err
	}
	dst.Write(b)
	return nil
}

// layout is how reformat writes JSON text: compact, or indented; escapeHTML rewrites
// HTML-sensitive characters inside strings.
type layout struct {
	indented       bool
	prefix, indent string
	escapeHTML     bool
	keepTail       bool // copy src's trailing space (Indent does)
}

// reformat appends the valid JSON text src to dst in layout l, dropping all
// insignificant space.
func reformat(dst, src []byte, l layout) ([]byte, error) {
	if err := checkValid(src); err != nil {
		return dst, err
	}
	depth := 0
	inString, escaped := false, false
	opened := false // just after '{' or '[': the first element goes on a new line
	skip := 0
	newline := func() {
		dst = append(dst, '\n')
		dst = append(dst, l.prefix...)
		for k := 0; k < depth; k++ {
			dst = append(dst, l.indent...)
		}
	}
	for i, c := range src {
		if skip > 0 {
			skip--
			continue
		}
		if inString {
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			case l.escapeHTML:
				if seq, n := htmlEscape(src[i:]); n > 0 {
					dst = append(dst, seq...)
					skip = n - 1
					continue
				}
			}
			dst = append(dst, c)
			continue
		}
		if isSpace(c) {
			continue
		}
		closing := c == '}' || c == ']'
		if l.indented && opened && !closing {
			depth++
			newline()
		}
		if l.indented && closing && !opened {
			depth--
			newline()
		}
		opened = c == '{' || c == '['
		dst = append(dst, c)
		inString = c == '"'
		if l.indented {
			switch c {
			case ',':
				newline()
			case ':':
				dst = append(dst, ' ')
			}
		}
	}
	if l.indented && l.keepTail {
		// Indent documents that trailing space after the value is kept.
		end := len(src)
		for end > 0 && isSpace(src[end-1]) {
			end--
		}
		dst = append(dst, src[end:]...)
	}
	return dst, nil
}
