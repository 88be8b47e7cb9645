package xml

import "io"

// Token returns the next token with name space prefixes replaced by their URLs, and
// checks that start and end elements nest (inventing end elements when Strict is
// false). At the end of input it returns nil, io.EOF.
func (d *Decoder) Token() (Token, error) {
	if n := len(d.floors); n > 0 && len(d.open) < d.floors[n-1] {
		return nil, io.EOF
	}
	var t Token
	var err error
	switch {
	case d.haveAhead:
		t, d.ahead, d.haveAhead = d.ahead, nil, false
	case d.tokens != nil:
		t, err = d.tokens.Token()
	default:
		t, err = d.readToken()
	}
	if t == nil && err != nil {
		if err == io.EOF && len(d.open) > 0 {
			err = d.nestingError("unexpected EOF")
		}
		return nil, err
	}
	if t == nil {
		return nil, err
	}
	if d.autoOpen {
		d.autoOpen = false
		top := d.open[len(d.open)-1].name
		if end, ok := t.(EndElement); !ok || end.Name != top {
			// The element closes by itself: its end comes before t.
			d.ahead, d.haveAhead = t, true
			t = EndElement{top}
		}
	}
	switch tok := t.(type) {
	case StartElement:
		d.openElement(&tok)
		if !d.Strict && d.autoCloses(tok.Name.Local) {
			d.autoOpen = true
		}
		t = tok
	case EndElement:
		if d.doomedEnd {
			d.doomedEnd = false
			return nil, d.nestingError("unexpected end element </" + tok.Name.Local + ">")
		}
		if err := d.closeElement(&tok); err != nil {
			return nil, err
		}
		t = tok
	}
	return t, err
}

// syntaxError makes a SyntaxError at the current line, sticky for a byte decoder.
func (d *Decoder) nestingError(msg string) error {
	e := &SyntaxError{Msg: msg, Line: d.line}
	if d.tokens == nil && d.err == nil {
		d.err = e
	}
	return e
}

func (d *Decoder) autoCloses(local string) bool {
	for _, name := range d.AutoClose {
		if len(name) == len(local) && equalFoldASCII(name, local) {
			return true
		}
	}
	return false
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// openElement records start's bindings (xmlns and xmlns:p attributes), pushes it and
// translates its names.
func (d *Decoder) openElement(start *StartElement) {
	el := openElement{name: start.Name}
	for i := range start.Attr {
		a := &start.Attr[i]
		switch {
		case a.Name.Space == "xmlns":
			el.undo = append(el.undo, d.bind(a.Name.Local, a.Value))
		case a.Name.Space == "" && a.Name.Local == "xmlns":
			el.undo = append(el.undo, d.bind("", a.Value))
		}
	}
	d.open = append(d.open, el)
	d.translate(&start.Name, true)
	if len(start.Attr) > 0 {
		attrs := make([]Attr, len(start.Attr))
		copy(attrs, start.Attr)
		for i := range attrs {
			d.translate(&attrs[i].Name, false)
		}
		start.Attr = attrs
	}
}

func (d *Decoder) bind(prefix, url string) binding {
	if d.spaces == nil {
		d.spaces = map[string]string{}
	}
	old, had := d.spaces[prefix]
	d.spaces[prefix] = url
	return binding{prefix, old, had}
}

// translate replaces a prefix by its URL; unprefixed element names take the default
// name space. Unknown prefixes stay as they are.
func (d *Decoder) translate(n *Name, element bool) {
	switch {
	case n.Space == "xmlns":
	case n.Space == "" && !element:
	case n.Space == "":
		if url, ok := d.spaces[""]; ok {
			n.Space = url
		} else {
			n.Space = d.DefaultSpace
		}
	case n.Space == "xml":
		n.Space = xmlSpace
	default:
		if url, ok := d.spaces[n.Space]; ok {
			n.Space = url
		}
	}
}

// closeElement checks that end closes the innermost open element (in lax mode a
// mismatched end first closes the elements inside), pops it and translates end's name.
func (d *Decoder) closeElement(end *EndElement) error {
	if len(d.open) == 0 {
		return d.nestingError("unexpected end element </" + end.Name.Local + ">")
	}
	top := d.open[len(d.open)-1]
	var err error
	switch {
	case top.name == end.Name:
	case !d.Strict:
		// Invent the end of the open element (named as written); the real end comes
		// next. When the element bound prefixes, the real end is refused.
		d.ahead, d.haveAhead = *end, true
		end.Name = top.name
		d.open = d.open[:len(d.open)-1]
		if len(top.undo) > 0 {
			d.doomedEnd = true
			return nil
		}
		d.undoBindings(top)
		return nil
	case top.name.Local != end.Name.Local:
		err = d.nestingError("element <" + top.name.Local + "> closed by </" + end.Name.Local + ">")
	default:
		err = d.nestingError("element <" + top.name.Local + "> in space " + top.name.Space +
			" closed by </" + end.Name.Local + "> in space " + end.Name.Space)
	}
	d.translate(&end.Name, true)
	d.undoBindings(top)
	d.open = d.open[:len(d.open)-1]
	return err
}

// undoBindings restores the prefixes an element bound to what they meant before.
func (d *Decoder) undoBindings(el openElement) {
	for i := len(el.undo) - 1; i >= 0; i-- {
		b := el.undo[i]
		if b.had {
			d.spaces[b.prefix] = b.url
		} else {
			delete(d.spaces, b.prefix)
		}
	}
}

// Skip reads tokens until the end element that closes the most recent start element,
// skipping nested elements.
func (d *Decoder) Skip() error {
	depth := 0
	for {
		t, err := d.Token()
		if err != nil {
			return err
		}
		switch t.(type) {
		case StartElement:
			depth++
		case EndElement:
			if depth == 0 {
				return nil
			}
			depth--
		}
	}
}
