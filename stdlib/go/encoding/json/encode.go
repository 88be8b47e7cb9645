// Package json implements encoding and decoding of JSON as defined in RFC 7159, with
// Go's mapping between JSON values and Go values (see Marshal and Unmarshal).
package json

import (
	"bytes"
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
	return "json: unsupported type: " + e.Type.String()
}

// An UnsupportedValueError is returned by Marshal when attempting to encode an
// unsupported value.
type UnsupportedValueError struct {
	Value reflect.Value
	Str   string
}

func (e *UnsupportedValueError) Error() string {
	return "json: unsupported value: " + e.Str
}

// InvalidUTF8Error is no longer returned by Marshal (invalid UTF-8 is replaced by
// U+FFFD); kept for compatibility.
type InvalidUTF8Error struct {
	S string
}

func (e *InvalidUTF8Error) Error() string {
	return "json: invalid UTF-8 in string: " + strconv.Quote(e.S)
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

// Marshal returns the JSON encoding of v.
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
	return appendIndent(nil, b, prefix, indent)
}

// jsonError carries an encoding error up through the recursive encoder (a panic that
// marshal recovers).
type jsonError struct{ error }

type encoder struct {
	buf        []byte
	escapeHTML bool
	ptrDepth   int
	ptrSeen    map[uintptr]bool
}

func (e *encoder) marshal(v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if je, ok := r.(jsonError); ok {
				err = je.error
			} else {
				panic(r)
			}
		}
	}()
	e.value(reflect.ValueOf(v), false)
	return nil
}

func (e *encoder) fail(err error) {
	panic(jsonError{err})
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
	// Methods first: the value's own, or its pointer's when v is addressable.
	if t.Kind() != reflect.Pointer && v.CanAddr() && reflect.PointerTo(t).Implements(marshalerType) {
		e.marshaler(v.Addr(), "MarshalJSON")
		return
	}
	if t.Implements(marshalerType) {
		e.marshaler(v, "MarshalJSON")
		return
	}
	if t.Kind() != reflect.Pointer && v.CanAddr() && reflect.PointerTo(t).Implements(textMarshalerType) {
		e.textMarshaler(v.Addr())
		return
	}
	if t.Implements(textMarshalerType) {
		e.textMarshaler(v)
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		if quoted {
			e.buf = append(e.buf, '"')
		}
		e.buf = strconv.AppendBool(e.buf, v.Bool())
		if quoted {
			e.buf = append(e.buf, '"')
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if quoted {
			e.buf = append(e.buf, '"')
		}
		e.buf = strconv.AppendInt(e.buf, v.Int(), 10)
		if quoted {
			e.buf = append(e.buf, '"')
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		if quoted {
			e.buf = append(e.buf, '"')
		}
		e.buf = strconv.AppendUint(e.buf, v.Uint(), 10)
		if quoted {
			e.buf = append(e.buf, '"')
		}
	case reflect.Float32, reflect.Float64:
		bits := 64
		if v.Kind() == reflect.Float32 {
			bits = 32
		}
		e.float(v, v.Float(), bits, quoted)
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
		if t.Elem().Kind() == reflect.Uint8 && !reflect.PointerTo(t.Elem()).Implements(marshalerType) && !reflect.PointerTo(t.Elem()).Implements(textMarshalerType) {
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
	if v.Kind() == reflect.Pointer && v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	if v.Kind() == reflect.Interface && v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	m, ok := v.Interface().(Marshaler)
	if !ok {
		e.buf = append(e.buf, "null"...)
		return
	}
	b, err := m.MarshalJSON()
	if err == nil {
		e.buf, err = appendCompact(e.buf, b, e.escapeHTML)
	}
	if err != nil {
		e.fail(&MarshalerError{v.Type(), err, what})
	}
}

func (e *encoder) textMarshaler(v reflect.Value) {
	if v.Kind() == reflect.Pointer && v.IsNil() {
		e.buf = append(e.buf, "null"...)
		return
	}
	m, ok := v.Interface().(encoding.TextMarshaler)
	if !ok {
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
	if math.IsInf(f, 0) || math.IsNaN(f) {
		e.fail(&UnsupportedValueError{v, strconv.FormatFloat(f, 'g', -1, bits)})
	}
	if quoted {
		e.buf = append(e.buf, '"')
	}
	e.buf = appendFloat(e.buf, f, bits)
	if quoted {
		e.buf = append(e.buf, '"')
	}
}

func appendFloat(b []byte, f float64, bits int) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
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
	if quoted {
		e.buf = append(e.buf, '"')
	}
	e.buf = append(e.buf, s...)
	if quoted {
		e.buf = append(e.buf, '"')
	}
}

type jsonErr struct{ s string }

func (e *jsonErr) Error() string { return e.s }

func (e *encoder) structValue(v reflect.Value) {
	e.buf = append(e.buf, '{')
	first := true
	for _, f := range cachedFields(v.Type()) {
		fv := v
		ok := true
		for _, i := range f.index {
			if fv.Kind() == reflect.Pointer {
				if fv.IsNil() {
					ok = false
					break
				}
				fv = fv.Elem()
			}
			fv = fv.Field(i)
		}
		if !ok || f.omitEmpty && isEmptyValue(fv) {
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

func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

func (e *encoder) mapValue(v reflect.Value) {
	kt := v.Type().Key()
	switch kt.Kind() {
	case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
	default:
		if !kt.Implements(textMarshalerType) {
			e.fail(&UnsupportedTypeError{v.Type()})
		}
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
			if k.Kind() == reflect.Pointer && k.IsNil() {
				ks = ""
				break
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
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (!escapeHTML || c != '<' && c != '>' && c != '&') {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
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

// Compact appends to dst the JSON-encoded src with insignificant space removed.
func Compact(dst *bytes.Buffer, src []byte) error {
	b, err := appendCompact(nil, src, false)
	if err != nil {
		return err
	}
	dst.Write(b)
	return nil
}

// appendCompact appends src (validated) without insignificant space, escaping HTML
// characters in strings when escape is set.
func appendCompact(dst, src []byte, escape bool) ([]byte, error) {
	if err := checkValid(src); err != nil {
		return dst, err
	}
	inString := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		if inString {
			switch {
			case c == '\\':
				dst = append(dst, c, src[i+1])
				i++
				continue
			case c == '"':
				inString = false
			case escape && (c == '<' || c == '>' || c == '&'):
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
				continue
			case escape && c == 0xe2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xa8:
				dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[src[i+2]&0xf])
				i += 2
				continue
			}
			dst = append(dst, c)
			continue
		}
		if isSpace(c) {
			continue
		}
		if c == '"' {
			inString = true
		}
		dst = append(dst, c)
	}
	return dst, nil
}

// HTMLEscape appends to dst the JSON-encoded src with <, >, &, U+2028 and U+2029
// characters inside string literals changed to \u003c, \u003e, \u0026, \u2028, \u2029.
func HTMLEscape(dst *bytes.Buffer, src []byte) {
	start := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '<' || c == '>' || c == '&' {
			dst.Write(src[start:i])
			dst.Write([]byte{'\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf]})
			start = i + 1
		}
		if c == 0xe2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2]&^1 == 0xa8 {
			dst.Write(src[start:i])
			dst.Write([]byte{'\\', 'u', '2', '0', '2', hexDigits[src[i+2]&0xf]})
			start = i + 3
		}
	}
	dst.Write(src[start:])
}

// Indent appends to dst an indented form of the JSON-encoded src: each element of an
// object or array on a new line beginning with prefix and one copy of indent per level.
func Indent(dst *bytes.Buffer, src []byte, prefix, indent string) error {
	b, err := appendIndent(nil, src, prefix, indent)
	if err != nil {
		return err
	}
	dst.Write(b)
	return nil
}

func appendIndent(dst, src []byte, prefix, indent string) ([]byte, error) {
	if err := checkValid(src); err != nil {
		return dst, err
	}
	newline := func(depth int) {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
		for i := 0; i < depth; i++ {
			dst = append(dst, indent...)
		}
	}
	depth := 0
	inString := false
	needIndent := false // just after an opening bracket
	for i := 0; i < len(src); i++ {
		c := src[i]
		if inString {
			dst = append(dst, c)
			if c == '\\' {
				dst = append(dst, src[i+1])
				i++
			} else if c == '"' {
				inString = false
			}
			continue
		}
		if isSpace(c) {
			continue
		}
		if needIndent && c != ']' && c != '}' {
			needIndent = false
			depth++
			newline(depth)
		}
		switch c {
		case '"':
			inString = true
			dst = append(dst, c)
		case '{', '[':
			needIndent = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline(depth)
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if needIndent {
				needIndent = false
			} else {
				depth--
				newline(depth)
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst, nil
}
