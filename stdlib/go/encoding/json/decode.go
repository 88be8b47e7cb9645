package json

import (
	"encoding"
	"reflect"
	"strconv"
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
	if e.Struct != "" || e.Field != "" {
		return "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." + e.Field + " of type " + e.Type.String()
	}
	return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type.String()
}

// An UnmarshalFieldError describes a JSON object key that led to an unexported (and
// therefore unwritable) struct field. (No longer used.)
type UnmarshalFieldError struct {
	Key   string
	Type  reflect.Type
	Field reflect.StructField
}

func (e *UnmarshalFieldError) Error() string {
	return "json: cannot unmarshal object key " + strconv.Quote(e.Key) + " into unexported field " + e.Field.Name + " of type " + e.Type.String()
}

// An InvalidUnmarshalError describes an invalid argument passed to Unmarshal.
type InvalidUnmarshalError struct {
	Type reflect.Type
}

func (e *InvalidUnmarshalError) Error() string {
	if e.Type == nil {
		return "json: Unmarshal(nil)"
	}
	if e.Type.Kind() != reflect.Pointer {
		return "json: Unmarshal(non-pointer " + e.Type.String() + ")"
	}
	return "json: Unmarshal(nil " + e.Type.String() + ")"
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
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return &InvalidUnmarshalError{reflect.TypeOf(v)}
	}
	d.skipSpace()
	if err := d.value(rv); err != nil {
		return err
	}
	return d.err
}

func (d *decoder) skipSpace() {
	for d.pos < len(d.data) && isSpace(d.data[d.pos]) {
		d.pos++
	}
}

// saveError records the first type error.
func (d *decoder) saveError(err error) {
	if d.err == nil {
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

// indirect finds where a JSON value goes in v: it follows pointers (allocating nil
// ones) and non-nil pointers held in interfaces, and stops early at a value whose
// pointer type has UnmarshalJSON (or UnmarshalText, for non-null values). For null it
// stops at the last settable pointer, which the caller sets to nil.
func indirect(v reflect.Value, null bool) (Unmarshaler, encoding.TextUnmarshaler, reflect.Value) {
	if v.Kind() != reflect.Pointer && v.Type().Name() != "" && v.CanAddr() {
		if u, t := unmarshalers(v.Addr(), null); u != nil || t != nil {
			return u, t, reflect.Value{}
		}
	}
	for {
		if v.Kind() == reflect.Interface && !v.IsNil() {
			if e := v.Elem(); e.Kind() == reflect.Pointer && !e.IsNil() && (!null || e.Elem().Kind() == reflect.Pointer) {
				v = e
				if u, t := unmarshalers(v, null); u != nil || t != nil {
					return u, t, reflect.Value{}
				}
				v = v.Elem()
				continue
			}
		}
		if v.Kind() != reflect.Pointer || null && v.CanSet() {
			return nil, nil, v
		}
		if v.IsNil() {
			v.Set(reflect.New(v.Type().Elem()))
		}
		if u, t := unmarshalers(v, null); u != nil || t != nil {
			return u, t, reflect.Value{}
		}
		v = v.Elem()
		if v.Kind() != reflect.Pointer && v.Type().Name() != "" && v.CanAddr() {
			// Already checked through the pointer just followed.
			if v.Kind() != reflect.Interface {
				return nil, nil, v
			}
		}
	}
}

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
	u, ut, pv := indirect(v, false)
	if u != nil {
		start := d.pos
		d.skipValue()
		return u.UnmarshalJSON(d.data[start:d.pos])
	}
	if ut != nil {
		d.typeError("array", v.Type())
		d.skipValue()
		return nil
	}
	v = pv
	switch v.Kind() {
	case reflect.Interface:
		if v.NumMethod() == 0 {
			x := d.anyArray()
			v.Set(reflect.ValueOf(x))
			return nil
		}
		d.typeError("array", v.Type())
		d.skipValue()
		return nil
	case reflect.Array, reflect.Slice:
	default:
		d.typeError("array", v.Type())
		d.skipValue()
		return nil
	}
	d.pos++ // '['
	i := 0
	for {
		d.skipSpace()
		if d.data[d.pos] == ']' {
			d.pos++
			break
		}
		if v.Kind() == reflect.Slice {
			if i >= v.Cap() {
				v.Grow(1)
			}
			if i >= v.Len() {
				v.SetLen(i + 1)
			}
		}
		if i < v.Len() {
			if err := d.value(v.Index(i)); err != nil {
				return err
			}
		} else {
			d.skipValue()
		}
		i++
		d.skipSpace()
		if d.data[d.pos] == ',' {
			d.pos++
		}
	}
	if i < v.Len() {
		if v.Kind() == reflect.Array {
			for ; i < v.Len(); i++ {
				v.Index(i).SetZero()
			}
		} else {
			v.SetLen(i)
		}
	}
	if i == 0 && v.Kind() == reflect.Slice && v.IsNil() {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
	return nil
}

func (d *decoder) object(v reflect.Value) error {
	u, ut, pv := indirect(v, false)
	if u != nil {
		start := d.pos
		d.skipValue()
		return u.UnmarshalJSON(d.data[start:d.pos])
	}
	if ut != nil {
		d.typeError("object", v.Type())
		d.skipValue()
		return nil
	}
	v = pv
	t := v.Type()
	if v.Kind() == reflect.Interface && v.NumMethod() == 0 {
		x := d.anyObject()
		v.Set(reflect.ValueOf(x))
		return nil
	}
	var fields []field
	switch v.Kind() {
	case reflect.Map:
		switch t.Key().Kind() {
		case reflect.String, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		default:
			if !reflect.PointerTo(t.Key()).Implements(textUnmarshalerType) {
				d.typeError("object", t)
				d.skipValue()
				return nil
			}
		}
		if v.IsNil() {
			v.Set(reflect.MakeMap(t))
		}
	case reflect.Struct:
		fields = cachedFields(t)
	default:
		d.typeError("object", t)
		d.skipValue()
		return nil
	}

	var mapElem reflect.Value
	d.pos++ // '{'
	for {
		d.skipSpace()
		if d.data[d.pos] == '}' {
			d.pos++
			return nil
		}
		keyStart := d.pos
		d.skipValue()
		key, _ := unquote(d.data[keyStart:d.pos])
		d.skipSpace()
		d.pos++ // ':'
		d.skipSpace()

		var subv reflect.Value
		quoted := false
		savedStruct, savedPath := d.structName, len(d.fieldPath)
		if v.Kind() == reflect.Map {
			et := t.Elem()
			if !mapElem.IsValid() {
				mapElem = reflect.New(et).Elem()
			} else {
				mapElem.SetZero()
			}
			subv = mapElem
		} else {
			var f *field
			for i := range fields {
				if fields[i].name == key {
					f = &fields[i]
					break
				}
			}
			if f == nil {
				for i := range fields {
					if foldEqual(fields[i].name, key) {
						f = &fields[i]
						break
					}
				}
			}
			if f != nil {
				subv = v
				quoted = f.quoted
				for _, i := range f.index {
					if subv.Kind() == reflect.Pointer {
						if subv.IsNil() {
							if !subv.CanSet() {
								d.saveError(&jsonErr{"json: cannot set embedded pointer to unexported struct: " + subv.Type().Elem().String()})
								subv = reflect.Value{}
								break
							}
							subv.Set(reflect.New(subv.Type().Elem()))
						}
						subv = subv.Elem()
					}
					subv = subv.Field(i)
				}
				d.structName = t.Name()
				d.fieldPath = append(d.fieldPath, f.name)
			} else if d.disallowUnknownFields {
				d.saveError(&jsonErr{"json: unknown field " + strconv.Quote(key)})
			}
		}

		if !subv.IsValid() {
			d.skipValue()
		} else if quoted {
			if err := d.quotedValue(subv); err != nil {
				return err
			}
		} else if err := d.value(subv); err != nil {
			return err
		}

		if v.Kind() == reflect.Map {
			kt := t.Key()
			var kv reflect.Value
			switch {
			case reflect.PointerTo(kt).Implements(textUnmarshalerType) && kt.Kind() != reflect.String:
				kv = reflect.New(kt)
				if err := kv.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(key)); err != nil {
					d.saveError(err)
					kv = reflect.Value{}
				} else {
					kv = kv.Elem()
				}
			case kt.Kind() == reflect.String:
				kv = reflect.New(kt).Elem()
				kv.SetString(key)
			default:
				switch kt.Kind() {
				case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
					n, err := strconv.ParseInt(key, 10, 64)
					if err != nil || kt.OverflowInt(n) {
						d.typeError("number "+key, kt)
						break
					}
					kv = reflect.New(kt).Elem()
					kv.SetInt(n)
				default:
					n, err := strconv.ParseUint(key, 10, 64)
					if err != nil || kt.OverflowUint(n) {
						d.typeError("number "+key, kt)
						break
					}
					kv = reflect.New(kt).Elem()
					kv.SetUint(n)
				}
			}
			if kv.IsValid() {
				v.SetMapIndex(kv, subv)
			}
		}
		d.structName, d.fieldPath = savedStruct, d.fieldPath[:savedPath]

		d.skipSpace()
		if d.data[d.pos] == ',' {
			d.pos++
		}
	}
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
	u, ut, pv := indirect(v, isNull)
	if u != nil {
		return u.UnmarshalJSON(item)
	}
	if ut != nil {
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
		return ut.UnmarshalText([]byte(s))
	}
	v = pv
	switch c := item[0]; c {
	case 'n':
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice:
			v.SetZero()
		}
	case 't', 'f':
		b := c == 't'
		switch v.Kind() {
		case reflect.Bool:
			v.SetBool(b)
		case reflect.Interface:
			if v.NumMethod() == 0 {
				v.Set(reflect.ValueOf(b))
			} else {
				d.typeError("bool", v.Type())
			}
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
			if v.Type().Elem().Kind() != reflect.Uint8 {
				d.typeError("string", v.Type())
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
			if v.NumMethod() == 0 {
				v.Set(reflect.ValueOf(s))
			} else {
				d.typeError("string", v.Type())
			}
		default:
			d.typeError("string", v.Type())
		}
	default:
		s := string(item)
		if v.Kind() == reflect.String && v.Type() == numberType {
			v.SetString(s)
			break
		}
		switch v.Kind() {
		case reflect.Interface:
			n, err := d.convertNumber(s)
			if err != nil {
				d.saveError(err)
				break
			}
			if v.NumMethod() != 0 {
				d.typeError("number", v.Type())
				break
			}
			v.Set(reflect.ValueOf(n))
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			n, err := strconv.ParseInt(s, 10, 64)
			if err != nil || v.OverflowInt(n) {
				d.typeError("number "+s, v.Type())
				break
			}
			v.SetInt(n)
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			n, err := strconv.ParseUint(s, 10, 64)
			if err != nil || v.OverflowUint(n) {
				d.typeError("number "+s, v.Type())
				break
			}
			v.SetUint(n)
		case reflect.Float32, reflect.Float64:
			n, err := strconv.ParseFloat(s, v.Type().Bits())
			if err != nil || v.OverflowFloat(n) {
				d.typeError("number "+s, v.Type())
				break
			}
			v.SetFloat(n)
		default:
			if v.Kind() == reflect.String && fromQuoted {
				v.SetString(s)
				break
			}
			if fromQuoted {
				d.saveError(&jsonErr{"json: invalid use of ,string struct tag, trying to unmarshal " + strconv.Quote(s) + " into " + v.Type().String()})
				break
			}
			d.typeError("number", v.Type())
		}
	}
	return nil
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
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return nil, &UnmarshalTypeError{Value: "number " + s, Type: reflect.TypeOf(0.0), Offset: int64(d.pos)}
	}
	return f, nil
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
	n, err := d.convertNumber(string(item))
	if err != nil {
		d.saveError(err)
	}
	return n
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
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return "", false
	}
	s = s[1 : len(s)-1]
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
