package xml

import (
	"bufio"
	"bytes"
	"encoding"
	"errors"
	"io"
	"reflect"
	"strconv"
	"strings"
)

// Marshal returns the XML encoding of v (see Go's package documentation for the
// mapping of Go values to elements).
func Marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	if err := NewEncoder(&b).Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// MarshalIndent is Marshal with each element on its own line, starting with prefix
// and one indent per level of nesting.
func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	var b bytes.Buffer
	e := NewEncoder(&b)
	e.Indent(prefix, indent)
	if err := e.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// An Encoder writes XML to an output stream.
type Encoder struct {
	w      *bufio.Writer
	closed bool
	wrote  bool // a token has been written (an xml declaration must come first)

	// indentation
	prefix, indent string
	depth          int
	newlineNext    bool // everything indented after the first starts on a new line
	justOpened     bool // the last indented thing was a start tag

	// open elements, each with the attribute prefixes it declared
	open []encOpen
	// attribute name spaces in scope: URL to prefix and prefix to URL
	urlPrefix map[string]string
	prefixURL map[string]string
	prefixSeq int
}

type encOpen struct {
	name     Name
	prefixes []string
}

// NewEncoder returns an Encoder writing to w.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: bufio.NewWriter(w)}
}

// Indent makes the encoder start each element on a new line with prefix and one
// indent per level of nesting.
func (enc *Encoder) Indent(prefix, indent string) {
	enc.prefix, enc.indent = prefix, indent
}

// Encode writes the XML encoding of v, then flushes.
func (enc *Encoder) Encode(v any) error {
	if err := enc.marshalValue(reflect.ValueOf(v), nil, nil); err != nil {
		return err
	}
	return enc.w.Flush()
}

// EncodeElement writes v with start as its outermost element, then flushes.
func (enc *Encoder) EncodeElement(v any, start StartElement) error {
	if err := enc.marshalValue(reflect.ValueOf(v), nil, &start); err != nil {
		return err
	}
	return enc.w.Flush()
}

// Flush writes any buffered XML to the underlying writer.
func (enc *Encoder) Flush() error { return enc.w.Flush() }

// Close flushes and reports elements left open; later writes fail.
func (enc *Encoder) Close() error {
	if enc.closed {
		return nil
	}
	enc.closed = true
	if err := enc.w.Flush(); err != nil {
		return err
	}
	if n := len(enc.open); n > 0 {
		return errors.New("unclosed tag <" + enc.open[n-1].name.Local + ">")
	}
	return nil
}

var errClosed = errors.New("use of closed Encoder")

// EncodeToken writes one token, checking that end elements match their starts. It
// does not flush.
func (enc *Encoder) EncodeToken(t Token) error {
	if enc.closed {
		return errClosed
	}
	switch t := t.(type) {
	case StartElement:
		if err := enc.writeStart(&t); err != nil {
			return err
		}
	case EndElement:
		if err := enc.writeEnd(t.Name); err != nil {
			return err
		}
	case CharData:
		enc.w.Write(escapeInto(nil, t, false))
	case Comment:
		if bytes.Contains(t, []byte("-->")) {
			return errors.New("xml: EncodeToken of Comment containing --> marker")
		}
		enc.w.WriteString("<!--")
		enc.w.Write(t)
		enc.w.WriteString("-->")
	case ProcInst:
		if t.Target == "xml" && enc.wrote {
			return errors.New("xml: EncodeToken of ProcInst xml target only valid for xml declaration, first token encoded")
		}
		if !validName(t.Target) {
			return errors.New("xml: EncodeToken of ProcInst with invalid Target")
		}
		if bytes.Contains(t.Inst, []byte("?>")) {
			return errors.New("xml: EncodeToken of ProcInst containing ?> marker")
		}
		enc.w.WriteString("<?" + t.Target)
		if len(t.Inst) > 0 {
			enc.w.WriteByte(' ')
			enc.w.Write(t.Inst)
		}
		enc.w.WriteString("?>")
	case Directive:
		if !balancedDirective(t) {
			return errors.New("xml: EncodeToken of Directive containing wrong < or > markers")
		}
		enc.w.WriteString("<!")
		enc.w.Write(t)
		enc.w.WriteString(">")
	default:
		return errors.New("xml: EncodeToken of invalid token type")
	}
	enc.wrote = true
	_, err := enc.w.Write(nil) // the writer's sticky error, if any
	return err
}

// balancedDirective reports whether a directive's '<' and '>' (outside quotes and
// comments) balance, so that writing it inside <! > keeps the document well formed.
func balancedDirective(d []byte) bool {
	depth := 0
	var quote byte
	for i := 0; i < len(d); i++ {
		c := d[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '<' && bytes.HasPrefix(d[i:], []byte("<!--")):
			end := bytes.Index(d[i+4:], []byte("-->"))
			if end < 0 {
				return false
			}
			i += 4 + end + 2
		case c == '<':
			depth++
		case c == '>':
			if depth == 0 {
				return false
			}
			depth--
		}
	}
	return depth == 0 && quote == 0
}

// writeIndent starts a new indented line: delta is +1 before a start tag, -1 before
// an end tag and 0 for other indented output. An end tag right after its start tag
// stays on the same line.
func (enc *Encoder) writeIndent(delta int) {
	if enc.prefix == "" && enc.indent == "" {
		return
	}
	if delta < 0 {
		enc.depth--
		if enc.justOpened {
			enc.justOpened = false
			return
		}
		enc.justOpened = false
	}
	if enc.newlineNext {
		enc.w.WriteByte('\n')
	} else {
		enc.newlineNext = true
	}
	enc.w.WriteString(enc.prefix)
	for i := 0; i < enc.depth; i++ {
		enc.w.WriteString(enc.indent)
	}
	if delta > 0 {
		enc.depth++
		enc.justOpened = true
	}
}

// writeStart writes a start tag with its attributes, declaring a prefix for each
// attribute name space not yet in scope.
func (enc *Encoder) writeStart(start *StartElement) error {
	if start.Name.Local == "" {
		return errors.New("xml: start tag with no name")
	}
	enc.writeIndent(1)
	el := encOpen{name: start.Name}
	enc.w.WriteByte('<')
	enc.w.WriteString(start.Name.Local)
	if start.Name.Space != "" {
		enc.w.WriteString(` xmlns="`)
		enc.w.Write(escapeInto(nil, []byte(start.Name.Space), true))
		enc.w.WriteByte('"')
	}
	for i := range start.Attr {
		a := &start.Attr[i]
		if a.Name.Local == "" {
			continue
		}
		enc.w.WriteByte(' ')
		if a.Name.Space != "" {
			enc.w.WriteString(enc.attrPrefix(a.Name.Space, &el))
			enc.w.WriteByte(':')
		}
		enc.w.WriteString(a.Name.Local)
		enc.w.WriteString(`="`)
		enc.w.Write(escapeInto(nil, []byte(a.Value), true))
		enc.w.WriteByte('"')
	}
	enc.w.WriteByte('>')
	enc.open = append(enc.open, el)
	enc.wrote = true
	return nil
}

// attrPrefix returns the prefix that stands for url, declaring a new one (written
// before the attribute, owned by el) when none is in scope.
func (enc *Encoder) attrPrefix(url string, el *encOpen) string {
	if url == xmlSpace {
		return "xml"
	}
	if p, ok := enc.urlPrefix[url]; ok {
		return p
	}
	if enc.urlPrefix == nil {
		enc.urlPrefix, enc.prefixURL = map[string]string{}, map[string]string{}
	}
	base := url
	if i := strings.LastIndexByte(base, '/'); i >= 0 {
		base = base[i+1:]
	}
	if base == "" || !validName(base) || strings.Contains(base, ":") {
		base = "_"
	}
	if len(base) >= 3 && strings.EqualFold(base[:3], "xml") {
		base = "_" + base
	}
	// A prefix in scope is not reused: the encoder numbers the alternatives it makes.
	p := base
	for {
		if _, taken := enc.prefixURL[p]; !taken {
			break
		}
		enc.prefixSeq++
		p = base + "_" + strconv.Itoa(enc.prefixSeq)
	}
	enc.urlPrefix[url], enc.prefixURL[p] = p, url
	el.prefixes = append(el.prefixes, p)
	enc.w.WriteString("xmlns:" + p + `="`)
	enc.w.Write(escapeInto(nil, []byte(url), true))
	enc.w.WriteString(`" `)
	return p
}

// writeEnd closes the innermost open element, which must be name.
func (enc *Encoder) writeEnd(name Name) error {
	if name.Local == "" {
		return errors.New("xml: end tag with no name")
	}
	n := len(enc.open)
	if n == 0 || enc.open[n-1].name.Local == "" {
		return errors.New("xml: end tag </" + name.Local + "> without start tag")
	}
	top := enc.open[n-1]
	if top.name != name {
		if top.name.Local != name.Local {
			return errors.New("xml: end tag </" + name.Local + "> does not match start tag <" + top.name.Local + ">")
		}
		return errors.New("xml: end tag </" + name.Local + "> in namespace " + name.Space +
			" does not match start tag <" + top.name.Local + "> in namespace " + top.name.Space)
	}
	enc.open = enc.open[:n-1]
	for _, p := range top.prefixes {
		delete(enc.urlPrefix, enc.prefixURL[p])
		delete(enc.prefixURL, p)
	}
	enc.writeIndent(-1)
	enc.w.WriteString("</" + name.Local + ">")
	return nil
}

// marshalValue writes val as zero or more elements. f is the struct field it comes
// from (nil at the top), tmpl the start element EncodeElement was given.
func (enc *Encoder) marshalValue(val reflect.Value, f *xmlField, tmpl *StartElement) error {
	if enc.closed {
		return errClosed
	}
	if !val.IsValid() {
		return nil
	}
	if f != nil && f.flags&optOmitEmpty != 0 && omittable(val) {
		return nil
	}
	val, ok := through(val)
	if !ok {
		return nil
	}
	typ := val.Type()
	if m, ok := methodOf(val, useMarshaler); ok {
		return enc.callMarshaler(typ, m.(Marshaler), enc.defaultStart(typ, f, tmpl))
	}
	if m, ok := methodOf(val, useTextMarshaler); ok {
		text, err := m.(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return err
		}
		start := enc.defaultStart(typ, f, tmpl)
		if err := enc.writeStart(&start); err != nil {
			return err
		}
		enc.w.Write(escapeInto(nil, text, true))
		return enc.writeEnd(start.Name)
	}
	if listValue(val) {
		for i := range val.Len() {
			if err := enc.marshalValue(val.Index(i), f, tmpl); err != nil {
				return err
			}
		}
		return nil
	}
	var si *structInfo
	switch {
	case val.Kind() == reflect.Struct:
		info, err := infoOf(typ)
		if err != nil {
			return err
		}
		si = info
	case classOf(typ) == otherClass:
		return unsupported(typ)
	}
	var start StartElement
	switch {
	case tmpl != nil:
		start.Name = tmpl.Name
		start.Attr = append(start.Attr, tmpl.Attr...)
	case si != nil && si.xmlName != nil:
		x := si.xmlName
		if x.name != "" {
			start.Name = Name{x.space, x.name}
		} else if fv := fieldByIndex(val, x.index, false); fv.IsValid() && fv.Type() == nameType {
			if n := fv.Interface().(Name); n.Local != "" {
				start.Name = n
			}
		}
	}
	if start.Name.Local == "" && f != nil {
		start.Name = Name{f.space, f.name}
	}
	if start.Name.Local == "" {
		// A generic type's name stops before its type arguments.
		start.Name.Local, _, _ = strings.Cut(typ.Name(), "[")
		if start.Name.Local == "" {
			return unsupported(typ)
		}
	}
	if si != nil {
		for i := range si.fields {
			af := &si.fields[i]
			if af.flags&kAttr == 0 {
				continue
			}
			fv := fieldByIndex(val, af.index, false)
			if !fv.IsValid() || af.flags&optOmitEmpty != 0 && omittable(fv) {
				continue
			}
			if refKind(fv) && fv.IsNil() {
				continue
			}
			if err := enc.appendAttr(&start, Name{af.space, af.name}, fv); err != nil {
				return err
			}
		}
	}
	if err := enc.writeStart(&start); err != nil {
		return err
	}
	if si != nil {
		if err := enc.marshalStruct(si, val); err != nil {
			return err
		}
	} else {
		text, err := scalarText(val)
		if err != nil {
			return err
		}
		enc.w.Write(escapeInto(nil, text, true))
	}
	return enc.writeEnd(start.Name)
}

// defaultStart is the start element a Marshaler or TextMarshaler value gets: the
// template, else the field's name, else the type's name.
func (enc *Encoder) defaultStart(typ reflect.Type, f *xmlField, tmpl *StartElement) StartElement {
	var start StartElement
	switch {
	case tmpl != nil:
		start.Name = tmpl.Name
		start.Attr = append(start.Attr, tmpl.Attr...)
	case f != nil && f.name != "":
		start.Name = Name{f.space, f.name}
	default:
		if x := typeXMLName(typ); x != nil && x.name != "" {
			start.Name = Name{x.space, x.name}
		} else {
			start.Name.Local = typ.Name()
		}
	}
	return start
}

// callMarshaler runs a MarshalXML method and checks it closed what it opened.
func (enc *Encoder) callMarshaler(typ reflect.Type, m Marshaler, start StartElement) error {
	depth := len(enc.open)
	enc.open = append(enc.open, encOpen{}) // a floor the method cannot close
	err := m.MarshalXML(enc, start)
	if err != nil {
		enc.open = enc.open[:depth]
		return err
	}
	if n := len(enc.open); n > depth+1 {
		name := enc.open[n-1].name.Local
		enc.open = enc.open[:depth]
		return errors.New("xml: " + methodOwner(reflect.TypeOf(m)) + ".MarshalXML wrote invalid XML: <" + name + "> not closed")
	}
	enc.open = enc.open[:depth]
	return nil
}

// appendAttr adds the attribute for field value fv to start.
func (enc *Encoder) appendAttr(start *StartElement, name Name, fv reflect.Value) error {
	if m, ok := methodOf(fv, useMarshalerAttr); ok {
		a, err := m.(MarshalerAttr).MarshalXMLAttr(name)
		if err != nil {
			return err
		}
		addAttr(start, a)
		return nil
	}
	if m, ok := methodOf(fv, useTextMarshaler); ok {
		text, err := m.(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return err
		}
		addAttr(start, Attr{Name: name, Value: string(text)})
		return nil
	}
	if refKind(fv) {
		if inner, ok := through(fv); ok {
			return enc.appendAttr(start, name, inner)
		}
		return nil
	}
	if fv.Type() == attrType {
		addAttr(start, fv.Interface().(Attr))
		return nil
	}
	if listValue(fv) {
		for i := range fv.Len() {
			if err := enc.appendAttr(start, name, fv.Index(i)); err != nil {
				return err
			}
		}
		return nil
	}
	text, err := scalarText(fv)
	if err != nil {
		return err
	}
	addAttr(start, Attr{Name: name, Value: string(text)})
	return nil
}

// addAttr appends a to start's attributes unless it has no name.
func addAttr(start *StartElement, a Attr) {
	if a.Name.Local != "" {
		start.Attr = append(start.Attr, a)
	}
}

func unsupported(t reflect.Type) error {
	e := &UnsupportedTypeError{}
	e.Type = t
	return e
}

// marshalStruct writes a struct's content: its character data, comments, inner XML
// and child elements, opening and closing the a>b parents that fields share.
func (enc *Encoder) marshalStruct(si *structInfo, val reflect.Value) error {
	var parents []string // the parent elements open now
	for i := range si.fields {
		f := &si.fields[i]
		if f.flags&kAttr != 0 {
			continue
		}
		fv := fieldByIndex(val, f.index, false)
		if !fv.IsValid() {
			continue
		}
		if f.flags&kElement == 0 {
			// Text, comments and inner XML go after the open parents are closed.
			if err := enc.closeParents(&parents, 0); err != nil {
				return err
			}
		}
		switch f.kind() {
		case kCharData, kCDATA:
			if err := enc.writeText(fv, f.kind() == kCDATA); err != nil {
				return err
			}
			continue
		case kComment:
			if err := enc.writeComment(fv); err != nil {
				return err
			}
			continue
		case kInnerXML:
			inner, ok := through(fv)
			if !ok {
				continue
			}
			if c := classOf(inner.Type()); c == stringClass || c == bytesClass {
				raw, _ := scalarText(inner)
				enc.w.Write(raw)
				continue
			}
			fv = inner
		}
		// An element: close the parents it does not share, open the ones it adds (even
		// when the field itself is then left out).
		keep := 0
		for keep < len(parents) && keep < len(f.parents) && parents[keep] == f.parents[keep] {
			keep++
		}
		if err := enc.closeParents(&parents, keep); err != nil {
			return err
		}
		for _, p := range f.parents[keep:] {
			if err := enc.writeStart(&StartElement{Name: Name{Local: p}}); err != nil {
				return err
			}
			parents = append(parents, p)
		}
		if err := enc.marshalValue(fv, f, nil); err != nil {
			return err
		}
	}
	return enc.closeParents(&parents, 0)
}

// closeParents writes the end tags of the open parent elements beyond the first keep.
func (enc *Encoder) closeParents(parents *[]string, keep int) error {
	for len(*parents) > keep {
		last := len(*parents) - 1
		if err := enc.writeEnd(Name{Local: (*parents)[last]}); err != nil {
			return err
		}
		*parents = (*parents)[:last]
	}
	return nil
}

// writeText writes a ,chardata or ,cdata field.
func (enc *Encoder) writeText(fv reflect.Value, cdata bool) error {
	var text []byte
	if m, ok := methodOf(fv, useTextMarshaler); ok {
		t, err := m.(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return err
		}
		text = t
	} else {
		inner, ok := through(fv)
		if !ok {
			return nil
		}
		t, err := scalarText(inner)
		if err != nil {
			return err
		}
		text = t
	}
	if !cdata {
		enc.w.Write(escapeInto(nil, text, true))
		return nil
	}
	if len(text) == 0 {
		return nil
	}
	// "]]>" cannot appear in a section: split it between two.
	enc.w.WriteString("<![CDATA[")
	for {
		i := bytes.Index(text, []byte("]]>"))
		if i < 0 {
			break
		}
		enc.w.Write(text[:i+2])
		enc.w.WriteString("]]><![CDATA[")
		text = text[i+2:]
	}
	enc.w.Write(text)
	enc.w.WriteString("]]>")
	return nil
}

// writeComment writes a ,comment field (a string or byte slice).
func (enc *Encoder) writeComment(fv reflect.Value) error {
	fv, ok := through(fv)
	if !ok {
		return nil
	}
	if c := classOf(fv.Type()); c != stringClass && c != bytesClass {
		return errors.New("xml: bad type for comment field of " + fv.Type().String())
	}
	text, _ := scalarText(fv)
	if len(text) == 0 {
		return nil
	}
	if bytes.Contains(text, []byte("--")) {
		return errors.New(`xml: comments must not contain "--"`)
	}
	enc.writeIndent(0)
	enc.w.WriteString("<!--")
	enc.w.Write(text)
	if text[len(text)-1] == '-' {
		enc.w.WriteByte(' ')
	}
	enc.w.WriteString("-->")
	return nil
}
