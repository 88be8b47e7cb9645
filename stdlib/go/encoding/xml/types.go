// Package xml implements a simple XML 1.0 parser that understands XML name spaces, and
// Go's mapping between XML elements and Go values (see Marshal and Unmarshal).
package xml

import (
	"io"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Header is a generic XML header suitable for use with the output of Marshal.
const Header = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"

// A Name is an XML name: a local part and the name space it belongs to (a URL in
// tokens returned by Decoder.Token, the document's prefix in RawToken's).
type Name struct {
	Space, Local string
}

// An Attr is one attribute of an element: Name=Value.
type Attr struct {
	Name  Name
	Value string
}

// A Token is one of StartElement, EndElement, CharData, Comment, ProcInst or Directive.
type Token any

// A StartElement is an element's opening tag with its attributes.
type StartElement struct {
	Name Name
	Attr []Attr
}

// Copy returns e with its own attribute slice.
func (e StartElement) Copy() StartElement {
	e.Attr = append([]Attr(nil), e.Attr...)
	return e
}

// End returns the end element that closes e.
func (e StartElement) End() EndElement { return EndElement{Name: e.Name} }

// An EndElement is an element's closing tag.
type EndElement struct {
	Name Name
}

// CharData is character data with the XML escapes already replaced.
type CharData []byte

// Copy returns a copy of c with its own bytes.
func (c CharData) Copy() CharData { return CharData(cloneBytes(c)) }

// A Comment is the text of <!--comment-->, without the markers.
type Comment []byte

// Copy returns a copy of c with its own bytes.
func (c Comment) Copy() Comment { return Comment(cloneBytes(c)) }

// A ProcInst is a processing instruction <?target inst?>.
type ProcInst struct {
	Target string
	Inst   []byte
}

// Copy returns a copy of p with its own bytes.
func (p ProcInst) Copy() ProcInst {
	p.Inst = cloneBytes(p.Inst)
	return p
}

// A Directive is the text of <!text>, without the markers.
type Directive []byte

// Copy returns a copy of d with its own bytes.
func (d Directive) Copy() Directive { return Directive(cloneBytes(d)) }

// cloneBytes copies b; nil stays nil and an empty slice stays empty.
func cloneBytes(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append(make([]byte, 0, len(b)), b...)
}

// CopyToken returns a copy of t that does not share memory with the decoder.
func CopyToken(t Token) Token {
	switch v := t.(type) {
	case CharData:
		return v.Copy()
	case Comment:
		return v.Copy()
	case Directive:
		return v.Copy()
	case ProcInst:
		return v.Copy()
	case StartElement:
		return v.Copy()
	}
	return t
}

// A TokenReader is a source of XML tokens, such as a Decoder.
type TokenReader interface {
	Token() (Token, error)
}

// A SyntaxError is malformed XML input, with the line where it was found.
type SyntaxError struct {
	Msg  string
	Line int
}

func (e *SyntaxError) Error() string {
	where := "XML syntax error on line " + strconv.Itoa(e.Line)
	return where + ": " + e.Msg
}

// An UnmarshalError is an error found while mapping XML onto a Go value.
type UnmarshalError string

func (e UnmarshalError) Error() string { return string(e) }

// A TagPathError reports two struct fields whose tag paths conflict.
type TagPathError struct {
	Struct       reflect.Type
	Field1, Tag1 string
	Field2, Tag2 string
}

func (e *TagPathError) Error() string {
	return e.Struct.String() + " field " + strconv.Quote(e.Field1) + " with tag " + strconv.Quote(e.Tag1) +
		" conflicts with field " + strconv.Quote(e.Field2) + " with tag " + strconv.Quote(e.Tag2)
}

// An UnsupportedTypeError reports a Go type that has no XML form.
type UnsupportedTypeError struct {
	Type reflect.Type
}

func (e *UnsupportedTypeError) Error() string {
	return unsupportedText + e.Type.String()
}

const unsupportedText = "xml: unsupported type: "

// Marshaler is implemented by values that write their own XML elements.
type Marshaler interface {
	MarshalXML(*Encoder, StartElement) error
}

// MarshalerAttr is implemented by values that produce their own attribute.
type MarshalerAttr interface {
	MarshalXMLAttr(Name) (Attr, error)
}

// Unmarshaler is implemented by values that decode their own element.
type Unmarshaler interface {
	UnmarshalXML(*Decoder, StartElement) error
}

// UnmarshalerAttr is implemented by values that decode their own attribute.
type UnmarshalerAttr interface {
	UnmarshalXMLAttr(Attr) error
}

// The replacement text of the characters EscapeText escapes.
const (
	escQuot = "&#34;"
	escApos = "&#39;"
	escAmp  = "&amp;"
	escLt   = "&lt;"
	escGt   = "&gt;"
	escTab  = "&#x9;"
	escNL   = "&#xA;"
	escCR   = "&#xD;"
	escBad  = "\uFFFD"
)

// escapeInto appends s to out with XML's special characters written as references;
// newlines are escaped only when nl is set. Bytes that are not valid UTF-8 and runes
// XML does not allow become U+FFFD.
func escapeInto(out []byte, s []byte, nl bool) []byte {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		var rep string
		switch {
		case r == '"':
			rep = escQuot
		case r == '\'':
			rep = escApos
		case r == '&':
			rep = escAmp
		case r == '<':
			rep = escLt
		case r == '>':
			rep = escGt
		case r == '\t':
			rep = escTab
		case r == '\n':
			if nl {
				rep = escNL
			}
		case r == '\r':
			rep = escCR
		case r == utf8.RuneError && size == 1, !legalChar(r):
			rep = escBad
		}
		if rep == "" {
			out = append(out, s[i:i+size]...)
		} else {
			out = append(out, rep...)
		}
		i += size
	}
	return out
}

// EscapeText writes s to w with XML's special characters escaped.
func EscapeText(w io.Writer, s []byte) error {
	_, err := w.Write(escapeInto(nil, s, true))
	return err
}

// Escape is EscapeText without the error result (Go 1.0's form).
func Escape(w io.Writer, s []byte) {
	EscapeText(w, s)
}

// legalChar reports whether r may appear in an XML document (the Char production).
func legalChar(r rune) bool {
	switch {
	case r == 0x09, r == 0x0A, r == 0x0D:
		return true
	case r < 0x20:
		return false
	case r <= 0xD7FF:
		return true
	case r < 0xE000:
		return false
	case r <= 0xFFFD:
		return true
	}
	return r >= 0x10000 && r <= 0x10FFFF
}

// HTMLAutoClose lists the HTML elements that have no end tag; see Decoder.AutoClose.
var HTMLAutoClose []string = strings.Fields("basefont br area link img param hr input col frame isindex base meta")

// HTMLEntity maps the names of HTML's character entities to their text; see
// Decoder.Entity.
var HTMLEntity map[string]string = parseEntityTable(htmlEntityTable)

// parseEntityTable reads "name=hex " pairs into a map of name to the character.
func parseEntityTable(tab string) map[string]string {
	m := make(map[string]string, 256)
	for _, pair := range strings.Fields(tab) {
		name, hex, _ := strings.Cut(pair, "=")
		code, _ := strconv.ParseUint(hex, 16, 32)
		m[name] = string(rune(code))
	}
	return m
}

// htmlEntityTable: each entity name and the code point it stands for, in hex.
const htmlEntityTable = "" +
	"AElig=c6 Aacute=c1 Acirc=c2 Agrave=c0 Alpha=391 Aring=c5 Atilde=c3 Auml=c4 Beta=392 " +
	"Ccedil=c7 Chi=3a7 Dagger=2021 Delta=394 ETH=d0 Eacute=c9 Ecirc=ca Egrave=c8 Epsilon=395 " +
	"Eta=397 Euml=cb Gamma=393 Iacute=cd Icirc=ce Igrave=cc Iota=399 Iuml=cf Kappa=39a " +
	"Lambda=39b Mu=39c Ntilde=d1 Nu=39d OElig=152 Oacute=d3 Ocirc=d4 Ograve=d2 Omega=3a9 " +
	"Omicron=39f Oslash=d8 Otilde=d5 Ouml=d6 Phi=3a6 Pi=3a0 Prime=2033 Psi=3a8 Rho=3a1 " +
	"Scaron=160 Sigma=3a3 THORN=de Tau=3a4 Theta=398 Uacute=da Ucirc=db Ugrave=d9 Upsilon=3a5 " +
	"Uuml=dc Xi=39e Yacute=dd Yuml=178 Zeta=396 aacute=e1 acirc=e2 acute=b4 aelig=e6 agrave=e0 " +
	"alefsym=2135 alpha=3b1 amp=26 and=2227 ang=2220 aring=e5 asymp=2248 atilde=e3 auml=e4 " +
	"bdquo=201e beta=3b2 brvbar=a6 bull=2022 cap=2229 ccedil=e7 cedil=b8 cent=a2 chi=3c7 " +
	"circ=2c6 clubs=2663 cong=2245 copy=a9 crarr=21b5 cup=222a curren=a4 dArr=21d3 dagger=2020 " +
	"darr=2193 deg=b0 delta=3b4 diams=2666 divide=f7 eacute=e9 ecirc=ea egrave=e8 empty=2205 " +
	"emsp=2003 ensp=2002 epsilon=3b5 equiv=2261 eta=3b7 eth=f0 euml=eb euro=20ac exist=2203 " +
	"fnof=192 forall=2200 frac12=bd frac14=bc frac34=be frasl=2044 gamma=3b3 ge=2265 gt=3e " +
	"hArr=21d4 harr=2194 hearts=2665 hellip=2026 iacute=ed icirc=ee iexcl=a1 igrave=ec " +
	"image=2111 infin=221e int=222b iota=3b9 iquest=bf isin=2208 iuml=ef kappa=3ba lArr=21d0 " +
	"lambda=3bb lang=2329 laquo=ab larr=2190 lceil=2308 ldquo=201c le=2264 lfloor=230a " +
	"lowast=2217 loz=25ca lrm=200e lsaquo=2039 lsquo=2018 lt=3c macr=af mdash=2014 micro=b5 " +
	"middot=b7 minus=2212 mu=3bc nabla=2207 nbsp=a0 ndash=2013 ne=2260 ni=220b not=ac notin=2209 " +
	"nsub=2284 ntilde=f1 nu=3bd oacute=f3 ocirc=f4 oelig=153 ograve=f2 oline=203e omega=3c9 " +
	"omicron=3bf oplus=2295 or=2228 ordf=aa ordm=ba oslash=f8 otilde=f5 otimes=2297 ouml=f6 " +
	"para=b6 part=2202 permil=2030 perp=22a5 phi=3c6 pi=3c0 piv=3d6 plusmn=b1 pound=a3 " +
	"prime=2032 prod=220f prop=221d psi=3c8 quot=22 rArr=21d2 radic=221a rang=232a raquo=bb " +
	"rarr=2192 rceil=2309 rdquo=201d real=211c reg=ae rfloor=230b rho=3c1 rlm=200f rsaquo=203a " +
	"rsquo=2019 sbquo=201a scaron=161 sdot=22c5 sect=a7 shy=ad sigma=3c3 sigmaf=3c2 sim=223c " +
	"spades=2660 sub=2282 sube=2286 sum=2211 sup=2283 sup1=b9 sup2=b2 sup3=b3 supe=2287 szlig=df " +
	"tau=3c4 there4=2234 theta=3b8 thetasym=3d1 thinsp=2009 thorn=fe tilde=2dc times=d7 " +
	"trade=2122 uArr=21d1 uacute=fa uarr=2191 ucirc=fb ugrave=f9 uml=a8 upsih=3d2 upsilon=3c5 " +
	"uuml=fc weierp=2118 xi=3be yacute=fd yen=a5 yuml=ff zeta=3b6 zwj=200d zwnj=200c "
