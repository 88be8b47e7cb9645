package main

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

type Celsius float64

func (c Celsius) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	start.Attr = append(start.Attr, xml.Attr{Name: xml.Name{Local: "unit"}, Value: "C"})
	return e.EncodeElement(fmt.Sprintf("%.1f", float64(c)), start)
}

func (c *Celsius) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	var s string
	if err := d.DecodeElement(&s, &start); err != nil {
		return err
	}
	var f float64
	_, err := fmt.Sscanf(s, "%g", &f)
	*c = Celsius(f)
	return err
}

type Level int

func (l Level) MarshalXMLAttr(name xml.Name) (xml.Attr, error) {
	if l == 0 {
		return xml.Attr{}, nil
	}
	return xml.Attr{Name: name, Value: strings.Repeat("*", int(l))}, nil
}

func (l *Level) UnmarshalXMLAttr(a xml.Attr) error {
	*l = Level(len(a.Value))
	return nil
}

type Color struct{ R, G, B uint8 }

func (c Color) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)), nil }
func (c *Color) UnmarshalText(b []byte) error {
	if len(b) != 7 || b[0] != '#' {
		return errors.New("bad color " + string(b))
	}
	_, err := fmt.Sscanf(string(b), "#%02x%02x%02x", &c.R, &c.G, &c.B)
	return err
}

type Base struct {
	ID   string `xml:"id,attr"`
	Kind string `xml:"kind"`
}

type Reading struct {
	XMLName xml.Name  `xml:"reading"`
	Base
	Temp    Celsius   `xml:"temp"`
	Lvl     Level     `xml:"level,attr"`
	Col     Color     `xml:"color"`
	ColA    Color     `xml:"colora,attr"`
	When    time.Time `xml:"when"`
	Raw     string    `xml:",innerxml"`
	Notes   []string  `xml:"note,omitempty"`
	Script  string    `xml:",cdata"`
	Extra   []Any     `xml:",any"`
	Opt     *string   `xml:"opt"`
	Iface   any       `xml:"iface"`
}

type Any struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Body    string     `xml:",chardata"`
}

type Gen[T any] struct{ V T }

type Broken struct{}

func (Broken) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	return e.EncodeToken(start)
}

type Tokens struct{ n int }

func (t *Tokens) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if _, ok := tok.(xml.StartElement); ok {
			t.n++
		}
	}
}

type Lazy struct{ got string }

func (l *Lazy) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	l.got = start.Name.Local
	return nil // reads nothing: the rest of the element is skipped
}

type Holder struct {
	T    Tokens `xml:"t"`
	L    Lazy   `xml:"l"`
	Next string `xml:"next"`
}

func main() {
	when := time.Date(2024, 3, 1, 12, 30, 0, 0, time.UTC)
	opt := "yes"
	r := Reading{Base: Base{ID: "r1", Kind: "temp"}, Temp: 21.55, Lvl: 3, Col: Color{255, 128, 0}, ColA: Color{1, 2, 3}, When: when,
		Script: "if a < b ]]> c", Extra: []Any{{XMLName: xml.Name{Local: "x"}, Attrs: []xml.Attr{{xml.Name{"", "k"}, "v"}}, Body: "body"}}, Opt: &opt, Iface: 42}
	out, err := xml.MarshalIndent(r, "", "  ")
	fmt.Println(string(out), err)
	r.Lvl = 0
	r.Notes = []string{"n1", "n2"}
	r.Raw = "<raw>kept</raw>"
	out, err = xml.Marshal(r)
	fmt.Println(string(out), err)

	var back Reading
	err = xml.Unmarshal(out, &back)
	fmt.Println(err)
	fmt.Printf("%s %s %v %d %v %v %v %q %q\n", back.ID, back.Kind, float64(back.Temp), back.Lvl, back.Col, back.ColA, back.When, back.Notes, back.Script)
	fmt.Printf("%q\n%+v %q %v\n", back.Raw, back.Extra, *back.Opt, back.Iface)

	err = xml.Unmarshal([]byte(`<reading><color>red</color></reading>`), &back)
	fmt.Println(err)
	_, err = xml.Marshal(Broken{})
	fmt.Println(err)

	var h Holder
	err = xml.Unmarshal([]byte(`<h><t><a/><b><c/></b></t><l><deep><x>1</x></deep></l><next>n</next></h>`), &h)
	fmt.Println(err, h.T.n, h.L.got, h.Next)

	enc := xml.NewEncoder(os.Stdout)
	enc.Indent(">", "-")
	err = enc.EncodeElement([]int{1, 2}, xml.StartElement{Name: xml.Name{"urn:n", "num"}, Attr: []xml.Attr{{xml.Name{"", "a"}, "b"}}})
	fmt.Println()
	fmt.Println(err)
	err = enc.Encode(struct {
		XMLName xml.Name `xml:"anon"`
		V       []byte   `xml:"v"`
		A       [2]byte  `xml:"arr"`
		U       uint16   `xml:"u,attr"`
		F       float32  `xml:"f"`
		B       bool     `xml:"b,attr,omitempty"`
		P       *int     `xml:"p,attr"`
		C       string   `xml:",comment"`
	}{V: []byte("bytes<"), A: [2]byte{'h', 'i'}, U: 7, F: 1.5e-7, C: "ends-"})
	fmt.Println()
	fmt.Println(err)
	out, err = xml.Marshal(Gen[int]{5})
	fmt.Println(string(out), err)
	out, err = xml.Marshal(&Gen[string]{"s"})
	fmt.Println(string(out), err)
	var np *Reading
	out, err = xml.Marshal(np)
	fmt.Printf("%q %v\n", out, err)
	out, err = xml.Marshal(nil)
	fmt.Printf("%q %v\n", out, err)
	out, err = xml.Marshal(xml.Name{"u", "l"})
	fmt.Printf("%q %v\n", out, err)
	out, err = xml.Marshal(complex(1, 2))
	fmt.Printf("%q %v\n", out, err)
}
