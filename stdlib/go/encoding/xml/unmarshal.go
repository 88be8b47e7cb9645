package xml

import (
	"bytes"
	"encoding"
	"errors"
	"reflect"
)

var (
	attrType = reflect.TypeOf(Attr{})
)

// Unmarshal parses XML data and stores the first element in the value v points to
// (see the package documentation of Go for the mapping).
func Unmarshal(data []byte, v any) error {
	d := &Decoder{Strict: true, back: -1, line: 1, window: data}
	return d.decodeInto(v, nil)
}

// Decode is Unmarshal reading the next element of d's stream.
func (d *Decoder) Decode(v any) error { return d.decodeInto(v, nil) }

// DecodeElement is Unmarshal for the element whose start tag the caller has already
// read.
func (d *Decoder) DecodeElement(v any, start *StartElement) error { return d.decodeInto(v, start) }

// decodeInto decodes the element start opens (the next one when start is nil) into
// the value v points to.
func (d *Decoder) decodeInto(v any, start *StartElement) error {
	target := reflect.ValueOf(v)
	switch {
	case target.Kind() != reflect.Pointer:
		return errNotPointer
	case target.IsNil():
		return errNilPointer
	}
	return d.decodeValue(target.Elem(), start)
}

// maxValueDepth bounds the nesting of values Unmarshal decodes into.
const maxValueDepth = 10000

var (
	errTooDeep    = errors.New("exceeded max depth")
	errNotPointer = errors.New("non-pointer passed to Unmarshal")
	errNilPointer = errors.New("nil pointer passed to Unmarshal")
)

// nextStart reads tokens up to the next start element.
func (d *Decoder) nextStart() (*StartElement, error) {
	for {
		t, err := d.Token()
		if err != nil {
			return nil, err
		}
		if s, ok := t.(StartElement); ok {
			return &s, nil
		}
	}
}

// decodeValue maps the element that start opens onto val.
func (d *Decoder) decodeValue(val reflect.Value, start *StartElement) error {
	// Each nested value (a slice and its element count separately) is one level.
	d.valueDepth++
	defer func() { d.valueDepth-- }()
	if d.valueDepth > maxValueDepth {
		return errTooDeep
	}
	if start == nil {
		s, err := d.nextStart()
		if err != nil {
			return err
		}
		start = s
	}
	switch val.Kind() {
	case reflect.Interface:
		// A non-nil pointer held in an interface is decoded into.
		if inner := val.Elem(); inner.IsValid() && inner.Kind() == reflect.Pointer && !inner.IsNil() {
			val = inner.Elem()
		}
	case reflect.Pointer:
		fill(val)
		val = val.Elem()
	}
	if m, ok := methodOf(val, useUnmarshaler); ok {
		return d.callUnmarshaler(m.(Unmarshaler), start)
	}
	if m, ok := methodOf(val, useTextUnmarshaler); ok {
		text, err := d.elementText()
		if err != nil {
			return err
		}
		return m.(encoding.TextUnmarshaler).UnmarshalText(text)
	}
	if classOf(val.Type()) != otherClass && val.Kind() != reflect.Array {
		text, err := d.elementText()
		if err != nil {
			return err
		}
		return setScalar(val, text)
	}
	switch val.Kind() {
	case reflect.Interface:
		return d.Skip()
	case reflect.Struct:
		if val.Type() == nameType {
			setName(val, start.Name)
			return d.Skip()
		}
		return d.decodeStruct(val, start)
	case reflect.Slice:
		n := val.Len()
		if err := d.decodeValue(growOne(val), start); err != nil {
			val.SetLen(n)
			return err
		}
		return nil
	}
	return errors.New("unknown type " + val.Type().String())
}

func setName(v reflect.Value, n Name) { v.Set(reflect.ValueOf(n)) }

// growOne appends a zero element to slice s and returns it.
func growOne(s reflect.Value) reflect.Value {
	n := s.Len()
	zero := reflect.New(s.Type().Elem()).Elem()
	s.Set(reflect.Append(s, zero))
	return s.Index(n)
}

// callUnmarshaler runs an UnmarshalXML method on the element start opens. The method
// sees io.EOF after the element's end and must read up to that end.
func (d *Decoder) callUnmarshaler(m Unmarshaler, start *StartElement) error {
	floor := len(d.open)
	d.floors = append(d.floors, floor)
	err := m.UnmarshalXML(d, *start)
	d.floors = d.floors[:len(d.floors)-1]
	if err != nil {
		return err
	}
	if floor > 0 && len(d.open) >= floor {
		return errors.New("xml: " + methodOwner(reflect.TypeOf(m)) + ".UnmarshalXML did not consume entire <" +
			start.Name.Local + "> element")
	}
	return nil
}

// elementText reads up to the end of the current element and returns its own
// character data (that of nested elements is skipped). The result is never nil.
func (d *Decoder) elementText() ([]byte, error) {
	text := []byte{}
	depth := 0
	for {
		t, err := d.Token()
		if err != nil {
			return nil, err
		}
		switch t := t.(type) {
		case CharData:
			if depth == 0 {
				text = append(text, t...)
			}
		case StartElement:
			depth++
		case EndElement:
			if depth == 0 {
				return text, nil
			}
			depth--
		}
	}
}

// decodeStruct maps an element onto a struct: XMLName, attributes, character data,
// comments, inner XML and child elements by the fields' tags.
func (d *Decoder) decodeStruct(val reflect.Value, start *StartElement) error {
	si, err := infoOf(val.Type())
	if err != nil {
		return err
	}
	if f := si.xmlName; f != nil {
		if f.name != "" && f.name != start.Name.Local {
			return UnmarshalError("expected element type <" + f.name + "> but have <" + start.Name.Local + ">")
		}
		if f.space != "" && f.space != start.Name.Space {
			have := start.Name.Space
			if have == "" {
				have = "no name space"
			}
			return UnmarshalError("expected element <" + f.name + "> in name space " + f.space + " but have " + have)
		}
		if fv := fieldByIndex(val, f.index, true); fv.IsValid() && fv.Type() == nameType {
			setName(fv, start.Name)
		}
	}
	if err := d.decodeAttrs(val, si, start.Attr); err != nil {
		return err
	}

	var charField, commentField, innerField, anyField *xmlField
	for i := range si.fields {
		f := &si.fields[i]
		switch f.kind() {
		case kCharData, kCDATA:
			if charField == nil {
				charField = f
			}
		case kComment:
			if commentField == nil {
				commentField = f
			}
		case kInnerXML:
			if innerField == nil {
				innerField = f
			}
		case kAny | kElement:
			if anyField == nil {
				anyField = f
			}
		}
	}
	mark := 0
	if innerField != nil {
		d.capturing++
		mark = len(d.capture)
	}
	var chars, comments []byte
	for {
		before := len(d.capture)
		t, err := d.Token()
		if err != nil {
			d.endCapture(innerField != nil)
			return err
		}
		switch t := t.(type) {
		case StartElement:
			done, err := d.decodeChild(val, si, nil, &t)
			if err == nil && !done {
				if anyField != nil {
					err = d.decodeValue(fieldByIndex(val, anyField.index, true), &t)
				} else {
					err = d.Skip()
				}
			}
			if err != nil {
				d.endCapture(innerField != nil)
				return err
			}
		case CharData:
			if charField != nil {
				chars = append(chars, t...)
			}
		case Comment:
			if commentField != nil {
				comments = append(comments, t...)
			}
		case EndElement:
			if innerField != nil {
				inner := append([]byte{}, d.capture[mark:before]...)
				d.endCapture(true)
				fv := fieldByIndex(val, innerField.index, true)
				switch {
				case fv.Kind() == reflect.String:
					fv.SetString(string(inner))
				case fv.Kind() == reflect.Slice && fv.Type().Elem().Kind() == reflect.Uint8:
					fv.SetBytes(inner)
				}
			}
			if charField != nil {
				if err := setScalar(fieldByIndex(val, charField.index, true), chars); err != nil {
					return err
				}
			}
			if commentField != nil {
				if err := setScalar(fieldByIndex(val, commentField.index, true), comments); err != nil {
					return err
				}
			}
			return nil
		}
	}
}

func (d *Decoder) endCapture(active bool) {
	if !active {
		return
	}
	d.capturing--
	if d.capturing == 0 {
		d.capture = nil
	}
}

// decodeAttrs stores each attribute in the attr field naming it, or else in the first
// ",any,attr" field.
func (d *Decoder) decodeAttrs(val reflect.Value, si *structInfo, attrs []Attr) error {
	var anyAttr *xmlField
	for i := range si.fields {
		if f := &si.fields[i]; f.kind() == kAny|kAttr && anyAttr == nil {
			anyAttr = f
		}
	}
	for _, a := range attrs {
		var target *xmlField
		for i := range si.fields {
			f := &si.fields[i]
			if f.kind() == kAttr && f.name == a.Name.Local && (f.space == "" || f.space == a.Name.Space) {
				target = f
				break
			}
		}
		if target == nil {
			target = anyAttr
		}
		if target == nil {
			continue
		}
		if err := setAttr(fieldByIndex(val, target.index, true), a); err != nil {
			return err
		}
	}
	return nil
}

// setAttr stores one attribute in val: through UnmarshalXMLAttr or UnmarshalText when
// the value (or what its pointer points to) has them, else as text; a slice gets one
// more element.
func setAttr(val reflect.Value, a Attr) error {
	for {
		if val.Type() == attrType {
			val.Set(reflect.ValueOf(a))
			return nil
		}
		if m, ok := methodOf(val, useUnmarshalerAttr); ok {
			return m.(UnmarshalerAttr).UnmarshalXMLAttr(a)
		}
		if m, ok := methodOf(val, useTextUnmarshaler); ok {
			return m.(encoding.TextUnmarshaler).UnmarshalText([]byte(a.Value))
		}
		isPtr := val.Kind() == reflect.Pointer
		if !isPtr {
			break
		}
		fill(val)
		val = val.Elem()
	}
	if listValue(val) && val.Kind() == reflect.Slice {
		n := val.Len()
		if err := setAttr(growOne(val), a); err != nil {
			val.SetLen(n)
			return err
		}
		return nil
	}
	return setScalar(val, []byte(a.Value))
}

// decodeChild maps a child element (reached through the parents path inside the
// struct's element) onto the field it names. It reports whether a field took it.
func (d *Decoder) decodeChild(val reflect.Value, si *structInfo, parents []string, start *StartElement) (bool, error) {
	for i := range si.fields {
		f := &si.fields[i]
		if f.kind() != kElement || !samePath(f.parents, parents) {
			continue
		}
		if f.name == start.Name.Local && (f.space == "" || f.space == start.Name.Space) {
			return true, d.decodeValue(fieldByIndex(val, f.index, true), start)
		}
	}
	depth := len(parents)
	for i := range si.fields {
		f := &si.fields[i]
		if f.kind() != kElement || len(f.parents) <= depth || !samePath(f.parents[:depth], parents) ||
			f.parents[depth] != start.Name.Local {
			continue
		}
		// start is an enclosing element of some field: look inside it.
		inner := append(append([]string{}, parents...), start.Name.Local)
		for {
			t, err := d.Token()
			if err != nil {
				return true, err
			}
			switch t := t.(type) {
			case StartElement:
				done, err := d.decodeChild(val, si, inner, &t)
				if err == nil && !done {
					err = d.Skip()
				}
				if err != nil {
					return true, err
				}
			case EndElement:
				return true, nil
			}
		}
	}
	return false, nil
}

func samePath(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
