package xml

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Decoder reads XML tokens from a byte stream (or from another TokenReader) and maps
// elements onto Go values.
type Decoder struct {
	// Strict (true by default) enforces the XML specification. When false, missing end
	// tags are invented to keep Token's elements balanced, and malformed or unknown
	// entities stay in the text as written.
	Strict bool

	// AutoClose lists the elements that are closed right after they open when Strict is
	// false (see HTMLAutoClose).
	AutoClose []string

	// Entity maps entity names beyond lt, gt, amp, apos and quot to their text.
	Entity map[string]string

	// CharsetReader, when set, turns input in the charset named by the XML declaration
	// into UTF-8.
	CharsetReader func(charset string, input io.Reader) (io.Reader, error)

	// DefaultSpace is the name space of unprefixed element names when no xmlns
	// attribute gives one.
	DefaultSpace string

	// The input: bytes are taken from window first; when it is used up they come from
	// bytesIn one at a time (a caller's io.ByteReader is never read ahead) or, for
	// other readers, window is refilled from in. Unmarshal's data is the window.
	in      io.Reader
	bytesIn io.ByteReader
	window  []byte
	wpos    int
	tokens  TokenReader // set by NewTokenDecoder: tokens come from here instead
	err     error       // sticky: once reading fails every call returns it

	// Position: bytes consumed, current line and the offset where it began. One byte
	// can be pushed back (back >= 0). Pushing back a newline takes the line count back
	// but, as in Go, not the line start (InputPos's column can then read 0).
	back      int
	offset    int64
	line      int
	lineStart int64

	// raw token state
	endNext bool // the element just returned was written <x/>: its end comes next
	endName Name
	scratch []byte

	// Token state: the open elements with the name space bindings each one made, a
	// token read ahead and the auto-closing element waiting for its invented end.
	open      []openElement
	spaces    map[string]string
	ahead     Token
	haveAhead bool
	autoOpen  bool

	// doomedEnd: the end element Token holds back after inventing the end of an
	// element that bound name space prefixes; Go reports it as unexpected.
	doomedEnd bool

	// floors: for each UnmarshalXML method running, the depth of its element; Token
	// reports io.EOF to the method once that element has closed.
	floors     []int
	valueDepth int // nesting of Unmarshal's values (see maxValueDepth)

	// innerxml capture: while capturing > 0 every consumed byte is appended to capture.
	capturing int
	capture   []byte
}

// openElement is an element Token has opened: its name as written and the prefixes it
// bound, with what they meant before (had=false: the prefix was unbound).
type openElement struct {
	name Name
	undo []binding
}

type binding struct {
	prefix string
	url    string
	had    bool
}

// xmlSpace is the name space the prefix "xml" always stands for.
const xmlSpace = "http://www.w3.org/XML/1998/namespace"

// NewDecoder returns a Decoder reading XML from r (buffered unless r is an
// io.ByteReader).
func NewDecoder(r io.Reader) *Decoder {
	d := &Decoder{Strict: true, back: -1, line: 1}
	d.setInput(r)
	return d
}

// NewTokenDecoder returns a Decoder over a stream of tokens (t itself when it is a
// Decoder).
func NewTokenDecoder(t TokenReader) *Decoder {
	switch src := t.(type) {
	case *Decoder:
		return src
	}
	return &Decoder{Strict: true, back: -1, line: 1, tokens: t}
}

func (d *Decoder) setInput(r io.Reader) {
	d.in, d.bytesIn, d.window, d.wpos = r, nil, nil, 0
	if br, ok := r.(io.ByteReader); ok {
		d.bytesIn = br
	}
}

// rest is a reader of the input not consumed yet (for a CharsetReader).
func (d *Decoder) rest() io.Reader {
	unread := d.window[d.wpos:]
	switch {
	case d.in == nil:
		return bytes.NewReader(unread)
	case len(unread) == 0:
		return d.in
	}
	return io.MultiReader(bytes.NewReader(unread), d.in)
}

// refill reads the next chunk of a reader that is not an io.ByteReader into the
// window; false at the end of input or after an error (left in d.err).
func (d *Decoder) refill() bool {
	if d.in == nil {
		return false
	}
	if cap(d.window) < 4096 {
		d.window = make([]byte, 4096)
	}
	for tries := 0; tries < 100; tries++ {
		n, err := d.in.Read(d.window[:cap(d.window)])
		d.window, d.wpos = d.window[:n], 0
		if n > 0 {
			return true
		}
		if err != nil {
			if err != io.EOF {
				d.err = err
			}
			return false
		}
	}
	d.err = io.ErrNoProgress
	return false
}

// InputOffset is the number of input bytes consumed: the end of the last token read.
func (d *Decoder) InputOffset() int64 { return d.offset }

// InputPos returns the line and the 1-based column of the end of the last token read.
func (d *Decoder) InputPos() (line, column int) {
	return d.line, int(d.offset-d.lineStart) + 1
}

// fail records a syntax error at the current line (keeping an earlier error).
func (d *Decoder) fail(msg string) {
	if d.err == nil {
		d.err = &SyntaxError{Msg: msg, Line: d.line}
	}
}

// nextByte reads one byte; ok is false at the end of input or after an error (d.err).
func (d *Decoder) nextByte() (b byte, ok bool) {
	if d.err != nil {
		return 0, false
	}
	switch {
	case d.back >= 0:
		b, d.back = byte(d.back), -1
	case d.wpos < len(d.window):
		b = d.window[d.wpos]
		d.wpos++
	case d.bytesIn != nil:
		c, err := d.bytesIn.ReadByte()
		if err != nil {
			if err != io.EOF {
				d.err = err
			}
			return 0, false
		}
		b = c
	default:
		if !d.refill() {
			return 0, false
		}
		b = d.window[0]
		d.wpos = 1
	}
	d.offset++
	if b == '\n' {
		d.line++
		d.lineStart = d.offset
	}
	if d.capturing > 0 {
		d.capture = append(d.capture, b)
	}
	return b, true
}

// needByte is nextByte where the input may not end: the end is an "unexpected EOF".
func (d *Decoder) needByte() (byte, bool) {
	b, ok := d.nextByte()
	if !ok {
		d.fail("unexpected EOF")
	}
	return b, ok
}

// unreadByte pushes back the byte nextByte just returned.
func (d *Decoder) unreadByte(b byte) {
	d.back = int(b)
	d.offset--
	if b == '\n' {
		d.line--
	}
	if d.capturing > 0 {
		d.capture = d.capture[:len(d.capture)-1]
	}
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

func (d *Decoder) skipSpace() {
	for {
		b, ok := d.nextByte()
		if !ok {
			return
		}
		if !isSpace(b) {
			d.unreadByte(b)
			return
		}
	}
}

// RawToken is Token without the checks that elements nest and without translating
// name space prefixes.
func (d *Decoder) RawToken() (Token, error) {
	if d.tokens != nil {
		return d.tokens.Token()
	}
	return d.readToken()
}

func (d *Decoder) readToken() (Token, error) {
	if d.err != nil {
		return nil, d.err
	}
	if d.endNext {
		d.endNext = false
		return EndElement{d.endName}, nil
	}
	b, ok := d.nextByte()
	if !ok {
		if d.err != nil {
			return nil, d.err
		}
		return nil, io.EOF
	}
	if b != '<' {
		d.unreadByte(b)
		text := d.readText(textUntilTag)
		if d.err != nil {
			return nil, d.err
		}
		return CharData(text), nil
	}
	if b, ok = d.needByte(); !ok {
		return nil, d.err
	}
	var t Token
	switch b {
	case '/':
		t = d.readEndTag()
	case '?':
		t = d.readProcInst()
	case '!':
		t = d.readBang()
	default:
		d.unreadByte(b)
		t = d.readStartTag()
	}
	if d.err != nil {
		return nil, d.err
	}
	return t, nil
}

func (d *Decoder) readEndTag() Token {
	name, raw, ok := d.readQName()
	if !ok {
		d.fail("expected element name after </")
		return nil
	}
	_ = raw
	d.skipSpace()
	if b, ok := d.needByte(); ok && b != '>' {
		d.fail("invalid characters between </" + name.Local + " and >")
	}
	return EndElement{name}
}

func (d *Decoder) readStartTag() Token {
	name, _, ok := d.readQName()
	if !ok {
		d.fail("expected element name after <")
		return nil
	}
	attrs := []Attr{}
	for {
		d.skipSpace()
		b, ok := d.needByte()
		if !ok {
			return nil
		}
		if b == '/' {
			if b, ok = d.needByte(); ok && b != '>' {
				d.fail("expected /> in element")
			}
			d.endNext, d.endName = true, name
			break
		}
		if b == '>' {
			break
		}
		d.unreadByte(b)
		aname, _, ok := d.readQName()
		if !ok {
			d.fail("expected attribute name in element")
			return nil
		}
		d.skipSpace()
		if b, ok = d.needByte(); !ok {
			return nil
		}
		var value string
		if b != '=' {
			if d.Strict {
				d.fail("attribute name without = in element")
				return nil
			}
			d.unreadByte(b)
			value = aname.Local
		} else {
			d.skipSpace()
			if value, ok = d.readAttrValue(); !ok {
				return nil
			}
		}
		attrs = append(attrs, Attr{aname, value})
	}
	if d.err != nil {
		return nil
	}
	return StartElement{name, attrs}
}

func (d *Decoder) readAttrValue() (string, bool) {
	b, ok := d.needByte()
	if !ok {
		return "", false
	}
	if b == '"' || b == '\'' {
		v := d.readText(int(b))
		return string(v), d.err == nil
	}
	if !d.Strict {
		// An unquoted value runs over the characters a name may use (maybe none).
		d.unreadByte(b)
		v, _ := d.readNameChars()
		return v, d.err == nil
	}
	d.fail("unquoted or missing attribute value in element")
	return "", false
}

// readProcInst reads <?target inst?> after the "<?".
func (d *Decoder) readProcInst() Token {
	target, ok := d.readName()
	if !ok {
		d.fail("expected target name after <?")
		return nil
	}
	d.skipSpace()
	var inst []byte
	for {
		b, ok := d.needByte()
		if !ok {
			return nil
		}
		if b == '>' && len(inst) > 0 && inst[len(inst)-1] == '?' {
			inst = inst[:len(inst)-1]
			break
		}
		inst = append(inst, b)
	}
	if target == "xml" {
		d.checkDeclaration(string(inst))
	}
	return ProcInst{target, inst}
}

// checkDeclaration applies the XML declaration's version and encoding.
func (d *Decoder) checkDeclaration(decl string) {
	if v := declParam(decl, "version"); v != "" && v != "1.0" {
		d.err = errors.New("xml: unsupported version " + strconv.Quote(v) + "; only version 1.0 is supported")
		return
	}
	enc := declParam(decl, "encoding")
	if enc == "" || strings.EqualFold(enc, "utf-8") {
		return
	}
	if d.CharsetReader == nil {
		d.err = errors.New("xml: encoding " + strconv.Quote(enc) + " declared but Decoder.CharsetReader is nil")
		return
	}
	r, err := d.CharsetReader(enc, d.rest())
	if err != nil {
		d.err = &charsetError{enc, err}
		return
	}
	if r == nil {
		panic(nilCharsetReader + enc)
	}
	d.setInput(r)
}

const nilCharsetReader = "CharsetReader returned a nil Reader for charset "

// charsetError wraps the error of a CharsetReader.
type charsetError struct {
	charset string
	err     error
}

func (e *charsetError) Error() string {
	return "xml: opening charset " + strconv.Quote(e.charset) + ": " + e.err.Error()
}

func (e *charsetError) Unwrap() error { return e.err }

// declParam finds key="value" (or key='value') in the text of a declaration.
func declParam(decl, key string) string {
	for rest := decl; ; {
		i := strings.Index(rest, key)
		if i < 0 {
			return ""
		}
		after := strings.TrimLeft(rest[i+len(key):], " \t\r\n")
		rest = rest[i+len(key):]
		if i > 0 && !isSpace(decl[len(decl)-len(rest)-len(key)-1]) {
			continue
		}
		if !strings.HasPrefix(after, "=") {
			continue
		}
		after = strings.TrimLeft(after[1:], " \t\r\n")
		if after == "" || (after[0] != '"' && after[0] != '\'') {
			return ""
		}
		end := strings.IndexByte(after[1:], after[0])
		if end < 0 {
			return ""
		}
		return after[1 : 1+end]
	}
}

// readBang reads what follows "<!": a comment, a CDATA section or a directive.
func (d *Decoder) readBang() Token {
	b, ok := d.needByte()
	if !ok {
		return nil
	}
	switch b {
	case '-':
		if b, ok = d.needByte(); !ok {
			return nil
		}
		if b != '-' {
			d.fail("invalid sequence <!- not part of <!--")
			return nil
		}
		return Comment(d.readComment())
	case '[':
		for i := 0; i < len("CDATA["); i++ {
			if b, ok = d.needByte(); !ok {
				return nil
			}
			if b != "CDATA["[i] {
				d.fail("invalid <![ sequence")
				return nil
			}
		}
		text := d.readText(textCDATA)
		if d.err != nil {
			return nil
		}
		return CharData(text)
	}
	return Directive(d.readDirective(b))
}

// readComment reads a comment's text up to and including "-->".
func (d *Decoder) readComment() []byte {
	var text []byte
	for {
		b, ok := d.needByte()
		if !ok {
			return nil
		}
		n := len(text)
		if n >= 2 && text[n-1] == '-' && text[n-2] == '-' {
			if b != '>' {
				d.fail(`invalid sequence "--" not allowed in comments`)
				return nil
			}
			return text[:n-2]
		}
		text = append(text, b)
	}
}

// readDirective reads a directive's text up to the '>' that balances it, skipping
// quoted strings and replacing each comment with a space. Its first byte (first) is
// taken as it is, whatever it is.
func (d *Decoder) readDirective(first byte) []byte {
	text := []byte{first}
	depth := 0
	var quote byte
	for {
		b, ok := d.needByte()
		if !ok {
			return nil
		}
		switch {
		case quote != 0:
			if b == quote {
				quote = 0
			}
		case b == '"' || b == '\'':
			quote = b
		case b == '>':
			if depth == 0 {
				return text
			}
			depth--
		case b == '<':
			depth++
		case b == '-' && depth > 0 && strings.HasSuffix(string(text), "<!-"):
			// "<!--" inside: drop it and the comment, keep one space.
			text = text[:len(text)-3]
			depth--
			if !d.skipComment() {
				return nil
			}
			text = append(text, ' ')
			continue
		}
		text = append(text, b)
	}
}

// skipComment consumes input up to and including the next "-->" (a comment inside a
// directive ends there, whatever it contains).
func (d *Decoder) skipComment() bool {
	var prev1, prev2 byte
	for {
		b, ok := d.needByte()
		if !ok {
			return false
		}
		if b == '>' && prev1 == '-' && prev2 == '-' {
			return true
		}
		prev2, prev1 = prev1, b
	}
}

// Modes of readText.
const (
	textUntilTag = -1 // character data: stops before '<' or at the end of input
	textCDATA    = -2 // a CDATA section: stops after "]]>", no references
	// any other value is the quote byte that ends an attribute value
)

// readText reads character data in one of the modes above, replacing references and
// turning "\r\n" and lone "\r" into "\n". Errors are left in d.err.
func (d *Decoder) readText(mode int) []byte {
	text := d.scratch[:0]
	var last1, last2 byte // the two raw bytes before b
	atEOF := false        // an attribute value ran into the end of input
	for {
		b, ok := d.nextByte()
		if !ok {
			switch {
			case d.err != nil:
				return nil
			case mode == textCDATA:
				d.fail("unexpected EOF in CDATA section")
				return nil
			case mode != textUntilTag:
				// Reported after the characters read so far are checked.
				atEOF = true
			}
			break
		}
		if mode == textCDATA && b == '>' && last1 == ']' && last2 == ']' {
			text = text[:len(text)-2]
			break
		}
		if mode == textUntilTag {
			if b == '<' {
				d.unreadByte(b)
				break
			}
			if b == '>' && last1 == ']' && last2 == ']' {
				d.fail("unescaped ]]> not in CDATA section")
				return nil
			}
		}
		if mode >= 0 {
			if int(b) == mode {
				break
			}
			if b == '<' {
				d.fail("unescaped < inside quoted string")
				return nil
			}
		}
		last2, last1 = last1, b
		switch {
		case b == '&' && mode != textCDATA:
			text = d.readReference(text)
			if d.err != nil {
				return nil
			}
			last1, last2 = 0, 0
		case b == '\r':
			text = append(text, '\n')
			if n, ok := d.nextByte(); ok && n != '\n' {
				d.unreadByte(n)
			}
		default:
			text = append(text, b)
		}
	}
	if d.checkChars(text); d.err != nil {
		return nil
	}
	if atEOF {
		d.fail("unexpected EOF")
		return nil
	}
	d.scratch = text
	return append([]byte{}, text...)
}

// checkChars fails on the first byte sequence of text that is not UTF-8 or not a
// character XML allows.
func (d *Decoder) checkChars(text []byte) {
	for i, r := range string(text) {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRune(text[i:]); n == 1 {
				d.fail("invalid UTF-8")
				return
			}
		}
		if !legalChar(r) {
			d.fail("illegal character code " + runeCode(r))
			return
		}
	}
}

// runeCode writes r as U+XXXX.
func runeCode(r rune) string {
	h := strings.ToUpper(strconv.FormatInt(int64(r), 16))
	for len(h) < 4 {
		h = "0" + h
	}
	return "U+" + h
}

// readReference reads a reference after its '&' and appends its text to text. A
// malformed or unknown reference is an error when Strict; otherwise its characters
// are kept as written.
func (d *Decoder) readReference(text []byte) []byte {
	start := len(text)
	text = append(text, '&')
	b, ok := d.needByte()
	if !ok {
		return text
	}
	var repl string
	known := false
	if b == '#' {
		text = append(text, '#')
		base := 10
		if b, ok = d.needByte(); !ok {
			return text
		}
		if b == 'x' {
			base = 16
			text = append(text, 'x')
		} else {
			d.unreadByte(b)
		}
		digits := len(text)
		for {
			if b, ok = d.needByte(); !ok {
				return text
			}
			if !isDigitIn(b, base) {
				break
			}
			text = append(text, b)
		}
		if b != ';' {
			d.unreadByte(b)
			return d.badReference(text, start, string(text[start:])+" (no semicolon)")
		}
		n, err := strconv.ParseUint(string(text[digits:]), base, 32)
		text = append(text, ';')
		if err != nil || n > unicode.MaxRune {
			return d.badReference(text, start, string(text[start:]))
		}
		repl, known = string(rune(n)), true
	} else {
		d.unreadByte(b)
		name, _ := d.readNameChars()
		text = append(text, name...)
		if b, ok = d.needByte(); !ok {
			return text
		}
		if b != ';' {
			d.unreadByte(b)
			return d.badReference(text, start, string(text[start:])+" (no semicolon)")
		}
		text = append(text, ';')
		repl, known = predefinedEntity(name)
		if !known {
			repl, known = d.Entity[name]
		}
		if !known {
			return d.badReference(text, start, string(text[start:]))
		}
	}
	return append(text[:start], repl...)
}

func (d *Decoder) badReference(text []byte, start int, what string) []byte {
	if d.Strict {
		d.fail("invalid character entity " + what)
	}
	return text
}

func predefinedEntity(name string) (string, bool) {
	switch name {
	case "lt":
		return "<", true
	case "gt":
		return ">", true
	case "amp":
		return "&", true
	case "apos":
		return "'", true
	case "quot":
		return `"`, true
	}
	return "", false
}

func isDigitIn(b byte, base int) bool {
	switch {
	case b >= '0' && b <= '9':
		return true
	case base == 16 && (b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F'):
		return true
	}
	return false
}

// readNameChars reads the longest run of bytes that can be part of a name (ASCII
// letters, digits, "_:.-" and any non-ASCII byte); ok is false when there are none.
func (d *Decoder) readNameChars() (string, bool) {
	var s []byte
	for {
		b, ok := d.needByte()
		if !ok {
			return "", false
		}
		if !isNameByte(b) {
			d.unreadByte(b)
			break
		}
		s = append(s, b)
	}
	return string(s), len(s) > 0 && d.err == nil
}

func isNameByte(b byte) bool {
	return b >= 0x80 || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' ||
		b == '_' || b == ':' || b == '.' || b == '-'
}

// readName reads an XML name; a run of name characters that does not form a valid
// name is a syntax error.
func (d *Decoder) readName() (string, bool) {
	s, ok := d.readNameChars()
	if !ok {
		return "", false
	}
	if !validName(s) {
		d.fail("invalid XML name: " + s)
		return "", false
	}
	return s, true
}

// readQName reads a name with at most one colon and splits it at the colon into
// prefix (Space) and local part, unless one side would be empty.
func (d *Decoder) readQName() (Name, string, bool) {
	s, ok := d.readName()
	if !ok || strings.Count(s, ":") > 1 {
		return Name{}, s, false
	}
	return splitName(s), s, true
}

func splitName(s string) Name {
	if prefix, local, ok := strings.Cut(s, ":"); ok && prefix != "" && local != "" {
		return Name{prefix, local}
	}
	return Name{Local: s}
}

// validName reports whether s is an XML name: a letter, '_' or ':' first, then also
// digits, '.' and '-' (beyond ASCII, the ranges in names.go).
func validName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		start := i == 0
		switch {
		case r == utf8.RuneError:
			return false
		case r < utf8.RuneSelf:
			b := byte(r)
			letter := b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '_' || b == ':'
			if !letter && (start || !(b >= '0' && b <= '9' || b == '.' || b == '-')) {
				return false
			}
		case start:
			if !inRanges(r, nameStartRanges) {
				return false
			}
		default:
			if !inRanges(r, nameCharRanges) {
				return false
			}
		}
	}
	return true
}
