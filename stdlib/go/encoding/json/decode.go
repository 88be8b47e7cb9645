package json

import (
	"encoding"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Unmarshaler is the interface implemented by types that can unmarshal a JSON
// description of themselves.
type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// An UnmarshalTypeError describes a JSON value that was not appropriate for a value of a
// specific Go type.
type UnmarshalTypeError struct {
	Value  string       // description of JSON value - "bool", "array", "number -5"
	Type   reflect.Type // type of Go value it could not be assigned to
	Offset int64        // error occurred after reading Offset bytes
	Struct string       // name of the struct type containing the field
	Field  string       // the full path from root node to the field
}

func (e *UnmarshalTypeError) Error() string {
	into := "Go value"
	if e.Struct+e.Field != "" {
		into = "Go struct field " + e.Struct + "." + e.Field
	}
	return cannotUnmarshal(e.Value, into, e.Type)
}

// cannotUnmarshal is the text of the decoding errors about a JSON value (what) that
// does not fit a Go destination (into) of type t.
func cannotUnmarshal(what, into string, t reflect.Type) string {
	return "json: cannot unmarshal " + what + " into " + into + " of type " + t.String()
}

// An UnmarshalFieldError describes a JSON object key that led to an unexported (and
// therefore unwritable) struct field. (No longer used.)
type UnmarshalFieldError struct {
	Key   string
	Type  reflect.Type
	Field reflect.StructField
}

func (e *UnmarshalFieldError) Error() string {
	return cannotUnmarshal("object key "+strconv.Quote(e.Key), "unexported field "+e.Field.Name, e.Type)
}

// An InvalidUnmarshalError describes an invalid argument passed to Unmarshal.
type InvalidUnmarshalError struct {
	Type reflect.Type
}

func (e *InvalidUnmarshalError) Error() string {
	arg := "nil"
	switch {
	case e.Type == nil:
	case e.Type.Kind() == reflect.Pointer:
		arg = "nil " + e.Type.String()
	default:
		arg = "non-pointer " + e.Type.String()
	}
	return "json: Unmarshal(" + arg + ")"
}

// Unmarshal parses the JSON-encoded data and stores the result in the value pointed to
// by v.
func Unmarshal(data []byte, v any) error {
	if err := checkValid(data); err != nil {
		return err
	}
	d := &decoder{data: data}
	return d.unmarshal(v)
}

type decoder struct {
	data                  []byte
	pos                   int
	useNumber             bool
	disallowUnknownFields bool
	err                   error // first type error; decoding goes on after one
	structName            string
	fieldPath             []string
}

func (d *decoder) unmarshal(v any) error {
	// The destination must be a non-nil pointer.
	dst := reflect.ValueOf(v)
	switch {
	case v == nil, dst.Kind() != reflect.Pointer, dst.IsNil():
		return &InvalidUnmarshalError{Type: reflect.TypeOf(v)}
	}
	d.skipSpace()
	if err := d.value(dst); err != nil {
		return err
	}
	return d.err
}

func (d *decoder) skipSpace() {
	for d.pos < len(d.data) && isSpace(d.data[d.pos]) {
		d.pos++
	}
}

// saveError records the first type error (nil errors are ignored).
func (d *decoder) saveError(err error) {
	if d.err == nil && err != nil {
		d.err = err
	}
}

func (d *decoder) typeError(what string, t reflect.Type) {
	e := &UnmarshalTypeError{Value: what, Type: t, Offset: int64(d.pos)}
	if d.structName != "" || len(d.fieldPath) > 0 {
		e.Struct = d.structName
		for i, f := range d.fieldPath {
			if i > 0 {
				e.Field += "."
			}
			e.Field += f
		}
	}
	d.saveError(e)
}

// skipValue moves past the value at d.pos (already validated) and returns its bytes.
func (d *decoder) skipValue() []byte {
	c := checker{data: d.data, pos: d.pos}
	c.value()
	start := d.pos
	d.pos = c.pos
	return d.data[start:d.pos]
}

var (
	unmarshalerType     = reflect.TypeOf((*Unmarshaler)(nil)).Elem()
	textUnmarshalerType = reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
)

// unmarshalers returns the JSON and text unmarshalers of the value p points to, if
// its type has them (text ones only matter for non-null JSON values).
func unmarshalers(p reflect.Value, null bool) (Unmarshaler, encoding.TextUnmarshaler) {
	if p.Type().NumMethod() == 0 || !p.CanInterface() {
		return nil, nil
	}
	x := p.Interface()
	if u, ok := x.(Unmarshaler); ok {
		return u, nil
	}
	if t, ok := x.(encoding.TextUnmarshaler); ok && !null {
		return nil, t
	}
	return nil, nil
}

// resolve finds where a JSON value goes in v: it follows pointers (allocating nil
// ones) and non-nil pointers held in interfaces, and stops early at a value whose
// pointer type has UnmarshalJSON (or UnmarshalText, for non-null values). For null it
// stops at the last settable pointer, which the caller sets to nil.
func resolve(v reflect.Value, null bool) (Unmarshaler, encoding.TextUnmarshaler, reflect.Value) {
	if namedByAddress(v) {
		if u, t := unmarshalers(v.Addr(), null); u != nil || t != nil {
			return u, t, reflect.Value{}
		}
	}
	for {
		// A pointer inside an interface is followed (for null only when it points to
		// another pointer); the interface itself is not replaced.
		p, inIface := ifacePointer(v, null)
		if !inIface {
			if v.Kind() != reflect.Pointer || null && v.CanSet() {
				return nil, nil, v
			}
			allocate(v)
			p = v
		}
		if u, t := unmarshalers(p, null); u != nil || t != nil {
			return u, t, reflect.Value{}
		}
		v = p.Elem()
		if !inIface && namedByAddress(v) && v.Kind() != reflect.Interface {
			// Its methods were just looked for through the pointer.
			return nil, nil, v
		}
	}
}

// namedByAddress: v is an addressable non-pointer value of a named type, so its
// pointer-receiver methods can be reached through v.Addr().
func namedByAddress(v reflect.Value) bool {
	return v.CanAddr() && v.Kind() != reflect.Pointer && v.Type().Name() != ""
}

// ifacePointer is the non-nil pointer held by the interface v, if indirect follows it.
func ifacePointer(v reflect.Value, null bool) (reflect.Value, bool) {
	if v.Kind() != reflect.Interface || v.IsNil() {
		return reflect.Value{}, false
	}
	p := v.Elem()
	if p.Kind() != reflect.Pointer || p.IsNil() {
		return reflect.Value{}, false
	}
	return p, !null || p.Elem().Kind() == reflect.Pointer
}

// allocate points the nil pointer p at a fresh zero value.
func allocate(p reflect.Value) {
	if p.IsNil() {
		fresh := reflect.New(p.Type().Elem())
		p.Set(fresh)
	}
}

// container resolves v for a JSON array or object (what): an Unmarshaler takes the
// whole value, a TextUnmarshaler cannot; done reports that the value was consumed.
func (d *decoder) container(v reflect.Value, what string) (target reflect.Value, done bool, err error) {
	u, ut, target := resolve(v, false)
	switch {
	case u != nil:
		return target, true, u.UnmarshalJSON(d.skipValue())
	case ut != nil:
		d.mismatch(what, v.Type())
		return target, true, nil
	}
	return target, false, nil
}

// mismatch records a type error for the JSON value at d.pos and skips it.
func (d *decoder) mismatch(what string, t reflect.Type) {
	d.typeError(what, t)
	d.skipValue()
}

// next moves to the following element of an array or object: past blanks and a comma;
// at the closing bracket it consumes it and reports false.
func (d *decoder) next(closing byte) bool {
	d.skipSpace()
	if d.data[d.pos] == ',' {
		d.pos++
		d.skipSpace()
	}
	if d.data[d.pos] == closing {
		d.pos++
		return false
	}
	return true
}

// emptyIface: v is an interface{} (no methods), which takes any JSON value as is.
func emptyIface(v reflect.Value) bool { return v.Kind() == reflect.Interface && v.NumMethod() == 0 }

// value decodes the value at d.pos into v.
func (d *decoder) value(v reflect.Value) error {
	switch d.data[d.pos] {
	case '{':
		return d.object(v)
	case '[':
		return d.array(v)
	default:
		return d.literal(v, false)
	}
}

func (d *decoder) array(v reflect.Value) error {
	v, done, err := d.container(v, "array")
	if done {
		return err
	}
	switch k := v.Kind(); {
	case emptyIface(v):
		v.Set(reflect.ValueOf(d.anyArray()))
		return nil
	case k != reflect.Array && k != reflect.Slice:
		d.mismatch("array", v.Type())
		return nil
	}
	isSlice := v.Kind() == reflect.Slice
	d.pos++ // past '['
	n := 0
	for ; d.next(']'); n++ {
		if isSlice && n == v.Len() {
			// Reuse the backing array while it has room.
			v.Grow(1)
			v.SetLen(n + 1)
		}
		if n >= v.Len() {
			d.skipValue() // beyond a fixed array's length
			continue
		}
		if err := d.value(v.Index(n)); err != nil {
			return err
		}
	}
	switch {
	case !isSlice:
		for ; n < v.Len(); n++ {
			v.Index(n).SetZero()
		}
	case v.IsNil():
		// An empty JSON array gives an empty, non-nil slice.
		empty := reflect.MakeSlice(v.Type(), 0, 0)
		v.Set(empty)
	case n < v.Len():
		v.SetLen(n)
	}
	return nil
}

func (d *decoder) object(v reflect.Value) error {
	v, done, err := d.container(v, "object")
	if done {
		return err
	}
	if emptyIface(v) {
		v.Set(reflect.ValueOf(d.anyObject()))
		return nil
	}
	t := v.Type()
	isMap := v.Kind() == reflect.Map
	var fields []field
	switch {
	case isMap && (scalarKey(t.Key().Kind()) || textKey(t.Key())):
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
	case v.Kind() == reflect.Struct:
		fields = cachedFields(t)
	default:
		d.mismatch("object", t)
		return nil
	}

	var elem reflect.Value // reused for every map element
	d.pos++                // past '{'
	for d.next('}') {
		key, _ := unquote(d.skipValue())
		d.skipSpace()
		d.pos++ // past ':'
		d.skipSpace()

		var dst reflect.Value
		var f *field
		if !isMap {
			f = lookupField(fields, key)
		}
		savedStruct, savedPath := d.structName, len(d.fieldPath)
		switch {
		case isMap && elem.IsValid():
			elem.SetZero()
			dst = elem
		case isMap:
			elem = reflect.New(t.Elem()).Elem()
			dst = elem
		case f != nil:
			dst = d.fieldOf(v, f.index)
			d.structName = t.Name()
			d.fieldPath = append(d.fieldPath, f.name)
		case d.disallowUnknownFields:
			d.saveError(&jsonErr{"json: unknown field " + strconv.Quote(key)})
		}
		quoted := f != nil && f.quoted

		var err error
		switch {
		case !dst.IsValid():
			d.skipValue()
		case quoted:
			err = d.quotedValue(dst)
		default:
			err = d.value(dst)
		}
		if err != nil {
			return err
		}
		if isMap {
			if kv := d.mapKey(t.Key(), key); kv.IsValid() {
				v.SetMapIndex(kv, dst)
			}
		}
		d.structName, d.fieldPath = savedStruct, d.fieldPath[:savedPath]
	}
	return nil
}

// scalarKey: map keys of kind k are written as JSON object keys directly.
func scalarKey(k reflect.Kind) bool { return k == reflect.String || intKind(k) || uintKind(k) }

// textKey: keys of type kt decode through (*kt).UnmarshalText.
func textKey(kt reflect.Type) bool { return reflect.PointerTo(kt).Implements(textUnmarshalerType) }

func intKind(k reflect.Kind) bool  { return k >= reflect.Int && k <= reflect.Int64 }
func uintKind(k reflect.Kind) bool { return k >= reflect.Uint && k <= reflect.Uintptr }

// lookupField finds the field for an object key: an exact name match first, then one
// equal under Unicode case folding.
func lookupField(fields []field, key string) *field {
	for pass := 0; pass < 2; pass++ {
		for i := range fields {
			if name := fields[i].name; name == key || pass == 1 && strings.EqualFold(name, key) {
				return &fields[i]
			}
		}
	}
	return nil
}

// fieldOf walks the index path of a (possibly promoted) field from the struct v,
// allocating nil embedded pointers; an unexported nil one cannot be set and yields the
// zero Value after recording the error.
func (d *decoder) fieldOf(v reflect.Value, path []int) reflect.Value {
	dst, _ := walkPath(v, path, func(p reflect.Value) bool {
		if !p.CanSet() {
			d.saveError(&jsonErr{"json: cannot set embedded pointer to unexported struct: " + p.Type().Elem().String()})
			return false
		}
		allocate(p)
		return true
	})
	return dst
}

// walkPath follows a field's index path from the struct v through embedded structs
// and pointers to them; at a nil pointer p it goes on only if atNil(p) (which may
// allocate p) says so, else it returns false.
func walkPath(v reflect.Value, path []int, atNil func(p reflect.Value) bool) (reflect.Value, bool) {
	for _, i := range path {
		if v.Kind() == reflect.Pointer && v.IsNil() && !atNil(v) {
			return reflect.Value{}, false
		}
		v = reflect.Indirect(v).Field(i)
	}
	return v, true
}

// mapKey converts an object key to a map key of type kt; the zero Value when it does
// not convert (the error is recorded).
func (d *decoder) mapKey(kt reflect.Type, key string) reflect.Value {
	kv := reflect.New(kt)
	k := kt.Kind()
	switch {
	case k != reflect.String && textKey(kt):
		if err := kv.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(key)); err != nil {
			d.saveError(err)
			return reflect.Value{}
		}
	case k == reflect.String:
		kv.Elem().SetString(key)
	case !setInteger(kv.Elem(), key):
		d.typeError("number "+key, kt)
		return reflect.Value{}
	}
	return kv.Elem()
}

// setInteger stores the decimal integer s in the integer value v; false when s is not
// one or does not fit v's type.
func setInteger(v reflect.Value, s string) bool {
	if !intKind(v.Kind()) {
		u, err := strconv.ParseUint(s, 10, 64)
		if err != nil || v.OverflowUint(u) {
			return false
		}
		v.SetUint(u)
		return true
	}
	if i, err := strconv.ParseInt(s, 10, 64); err == nil && !v.OverflowInt(i) {
		v.SetInt(i)
		return true
	}
	return false
}

// quotedValue decodes a ",string" field: a JSON string holding the value's literal.
func (d *decoder) quotedValue(v reflect.Value) error {
	start := d.pos
	d.skipValue()
	item := d.data[start:d.pos]
	if item[0] != '"' {
		if string(item) == "null" {
			return nil
		}
		d.saveError(&jsonErr{"json: invalid use of ,string struct tag, trying to unmarshal unquoted value into " + v.Type().String()})
		return nil
	}
	s, ok := unquote(item)
	if !ok {
		d.saveError(&jsonErr{"json: invalid use of ,string struct tag, trying to unmarshal " + strconv.Quote(string(item)) + " into " + v.Type().String()})
		return nil
	}
	misuse := &jsonErr{"json: invalid use of ,string struct tag, trying to unmarshal " + strconv.Quote(s) + " into " + v.Type().String()}
	switch {
	case s == "":
		d.saveError(misuse)
		return nil
	case s[0] == 'n' && s != "null", s[0] == 't' && s != "true", s[0] == 'f' && s != "false":
		d.saveError(misuse)
		return nil
	case s[0] == 'n' || s[0] == 't' || s[0] == 'f' || s[0] == '"' || s[0] == '-' || isDigit(s[0]):
	default:
		// Not the start of any literal: decoding stops here.
		return misuse
	}
	if s[0] == '"' {
		if _, ok := unquote([]byte(s)); !ok {
			d.saveError(misuse)
			return nil
		}
	}
	sub := &decoder{data: []byte(s), useNumber: d.useNumber, structName: d.structName, fieldPath: d.fieldPath}
	if err := sub.literal(v, true); err != nil {
		return err
	}
	if sub.err != nil {
		d.saveError(sub.err)
	}
	return nil
}

// literal decodes a string, number, true, false or null at d.pos into v.
func (d *decoder) literal(v reflect.Value, fromQuoted bool) error {
	start := d.pos
	item := d.skipValue()
	if fromQuoted {
		// The whole text of a ",string" value is the literal, valid or not.
		item, d.pos = d.data, len(d.data)
	}
	isNull := item[0] == 'n'
	jsonU, textU, pv := resolve(v, isNull)
	if jsonU != nil {
		return jsonU.UnmarshalJSON(item)
	}
	if textU != nil {
		if item[0] != '"' {
			if fromQuoted {
				d.saveError(&jsonErr{"json: invalid use of ,string struct tag, trying to unmarshal " + strconv.Quote(string(item)) + " into " + v.Type().String()})
				return nil
			}
			what := "number"
			switch item[0] {
			case 'n':
				return nil
			case 't', 'f':
				what = "bool"
			}
			d.typeError(what, v.Type())
			return nil
		}
		s, ok := unquote(item)
		if !ok {
			return &SyntaxError{"invalid JSON string", int64(start)}
		}
		return textU.UnmarshalText([]byte(s))
	}
	v = pv
	switch c := item[0]; c {
	case 'n':
		// null clears only what can be nil; other values are left alone.
		if k := v.Kind(); k == reflect.Map || k == reflect.Slice || k == reflect.Pointer || k == reflect.Interface {
			v.SetZero()
		}
	case 't', 'f':
		b := c == 't'
		switch v.Kind() {
		case reflect.Bool:
			v.SetBool(b)
		case reflect.Interface:
			d.setAny(v, b, "bool")
		default:
			if fromQuoted {
				d.saveError(&jsonErr{"json: invalid use of ,string struct tag, trying to unmarshal " + strconv.Quote(string(item)) + " into " + v.Type().String()})
			} else {
				d.typeError("bool", v.Type())
			}
		}
	case '"':
		s, ok := unquote(item)
		if !ok {
			return &SyntaxError{"invalid JSON string", int64(start)}
		}
		switch v.Kind() {
		case reflect.Slice:
			if et := v.Type().Elem(); et.Kind() != reflect.Uint8 {
				d.typeError("string", v.Type()) // only []byte takes a (base64) string
				break
			}
			b, ok := decodeBase64([]byte(s))
			if !ok {
				d.saveError(&jsonErr{"illegal base64 data at input byte " + strconv.Itoa(badBase64Offset([]byte(s)))})
				break
			}
			v.SetBytes(b)
		case reflect.String:
			if v.Type() == numberType && !numberLiteral(s) {
				return &jsonErr{"json: invalid number literal, trying to unmarshal " + strconv.Quote(string(item)) + " into Number"}
			}
			v.SetString(s)
		case reflect.Interface:
			d.setAny(v, s, "string")
		default:
			d.typeError("string", v.Type())
		}
	default:
		d.number(v, string(item), fromQuoted)
	}
	return nil
}

// setAny stores x in the interface v when v is an interface{}; for other interfaces it
// records a type error about a JSON value of kind what.
func (d *decoder) setAny(v reflect.Value, x any, what string) {
	if v.NumMethod() != 0 {
		d.typeError(what, v.Type())
		return
	}
	v.Set(reflect.ValueOf(x))
}

// number stores the number literal s in v.
func (d *decoder) number(v reflect.Value, s string, fromQuoted bool) {
	k := v.Kind()
	switch {
	case v.Type() == numberType:
		v.SetString(s)
	case k == reflect.Interface:
		x, err := d.convertNumber(s)
		if err != nil {
			d.saveError(err)
			return
		}
		d.setAny(v, x, "number")
	case intKind(k) || uintKind(k):
		if !setInteger(v, s) {
			d.typeError("number "+s, v.Type())
		}
	case k == reflect.Float32 || k == reflect.Float64:
		if x, err := strconv.ParseFloat(s, v.Type().Bits()); err == nil && !v.OverflowFloat(x) {
			v.SetFloat(x)
			return
		}
		d.typeError("number "+s, v.Type())
	case k == reflect.String && fromQuoted:
		v.SetString(s)
	case fromQuoted:
		d.saveError(&jsonErr{"json: invalid use of ,string struct tag, trying to unmarshal " + strconv.Quote(s) + " into " + v.Type().String()})
	default:
		d.typeError("number", v.Type())
	}
}

func badBase64Offset(s []byte) int {
	for i, c := range s {
		if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=' || c == '\r' || c == '\n') {
			return i
		}
	}
	return len(s) / 4 * 4
}

// convertNumber converts a number literal for an interface{}: float64, or Number with
// UseNumber.
func (d *decoder) convertNumber(s string) (any, error) {
	if d.useNumber {
		return Number(s), nil
	}
	if x, err := strconv.ParseFloat(s, 64); err == nil {
		return x, nil
	}
	return nil, &UnmarshalTypeError{Value: "number " + s, Type: reflect.TypeOf(0.0), Offset: int64(d.pos)}
}

// anyValue decodes the value at d.pos as interface{} does: map[string]any, []any,
// float64 (or Number), string, bool or nil.
func (d *decoder) anyValue() any {
	switch d.data[d.pos] {
	case '{':
		return d.anyObject()
	case '[':
		return d.anyArray()
	}
	item := d.skipValue()
	switch item[0] {
	case 'n':
		return nil
	case 't':
		return true
	case 'f':
		return false
	case '"':
		s, _ := unquote(item)
		return s
	}
	x, err := d.convertNumber(string(item))
	d.saveError(err)
	return x
}

func (d *decoder) anyArray() []any {
	out := []any{}
	d.pos++
	for {
		d.skipSpace()
		if d.data[d.pos] == ']' {
			d.pos++
			return out
		}
		out = append(out, d.anyValue())
		d.skipSpace()
		if d.data[d.pos] == ',' {
			d.pos++
		}
	}
}

func (d *decoder) anyObject() map[string]any {
	m := map[string]any{}
	d.pos++
	for {
		d.skipSpace()
		if d.data[d.pos] == '}' {
			d.pos++
			return m
		}
		item := d.skipValue()
		key, _ := unquote(item)
		d.skipSpace()
		d.pos++ // ':'
		d.skipSpace()
		m[key] = d.anyValue()
		d.skipSpace()
		if d.data[d.pos] == ',' {
			d.pos++
		}
	}
}

// unquote converts a quoted JSON string literal to its value; invalid UTF-8 and
// unpaired surrogates become U+FFFD.
func unquote(s []byte) (string, bool) {
	if n := len(s); n >= 2 && s[0] == '"' && s[n-1] == '"' {
		s = s[1 : n-1]
	} else {
		return "", false
	}
	simple := true
	for _, c := range s {
		if c == '\\' || c == '"' || c < ' ' || c >= utf8.RuneSelf {
			simple = false
			break
		}
	}
	if simple {
		return string(s), true
	}
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\':
			i++
			if i >= len(s) {
				return "", false
			}
			switch s[i] {
			case '"', '\\', '/', '\'':
				b = append(b, s[i])
				i++
			case 'b':
				b = append(b, '\b')
				i++
			case 'f':
				b = append(b, '\f')
				i++
			case 'n':
				b = append(b, '\n')
				i++
			case 'r':
				b = append(b, '\r')
				i++
			case 't':
				b = append(b, '\t')
				i++
			case 'u':
				r := hex4(s[i+1:])
				if r < 0 {
					return "", false
				}
				i += 5
				if utf16.IsSurrogate(rune(r)) {
					if i+6 <= len(s) && s[i] == '\\' && s[i+1] == 'u' {
						if r2 := hex4(s[i+2:]); r2 >= 0 {
							if dec := utf16.DecodeRune(rune(r), rune(r2)); dec != utf8.RuneError {
								b = utf8.AppendRune(b, dec)
								i += 6
								break
							}
						}
					}
					b = utf8.AppendRune(b, utf8.RuneError)
					break
				}
				b = utf8.AppendRune(b, rune(r))
			default:
				return "", false
			}
		case c == '"' || c < ' ':
			return "", false
		case c < utf8.RuneSelf:
			b = append(b, c)
			i++
		default:
			r, size := utf8.DecodeRune(s[i:])
			i += size
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b), true
}

func hex4(s []byte) int {
	if len(s) < 4 {
		return -1
	}
	r := 0
	for _, c := range s[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		r = r*16 + int(c)
	}
	return r
}
