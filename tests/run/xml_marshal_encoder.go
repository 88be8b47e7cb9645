package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
)

type Addr struct {
	City  string `xml:"city"`
	State string `xml:"state,omitempty"`
}
type Person struct {
	XMLName xml.Name `xml:"person"`
	Id      int      `xml:"id,attr"`
	First   string   `xml:"name>first"`
	Last    string   `xml:"name>last"`
	Age     int      `xml:"age"`
	Height  float32  `xml:"height,omitempty"`
	Married bool
	Addr
	Comment string `xml:",comment"`
	Notes   []string `xml:"notes>note"`
	Ptr     *int     `xml:"ptr"`
	Txt     string   `xml:",chardata"`
}
type NS struct {
	XMLName xml.Name `xml:"urn:top top"`
	A       string   `xml:"urn:a a,attr"`
	B       string   `xml:"http://example.com/ns/b b,attr"`
	C       string   `xml:"urn:c c"`
	L       string   `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	D       string   `xml:"xmlfoo d,attr"`
	E       string   `xml:"urn:a e,attr"`
	F       string   `xml:"urn:b/ f,attr"`
}

func main() {
	v := &Person{Id: 13, First: "John", Last: "Doe", Age: 42, Married: false, Addr: Addr{"Hanga Roa", "Easter Island"}, Comment: " Need more details. ", Notes: []string{"a\nb", "<&>\"'\t"}, Txt: "tx\nt\r"}
	out, err := xml.MarshalIndent(v, "  ", "    ")
	fmt.Printf("%s\n%v\n", out, err)
	out, err = xml.Marshal(v)
	fmt.Printf("%s\n%v\n", out, err)
	out, err = xml.MarshalIndent(NS{A: "1", B: "2", C: "3", L: "en", D: "4", E: "5", F: "6"}, "", " ")
	fmt.Printf("%s\n%v\n", out, err)
	xml.EscapeText(os.Stdout, []byte("a\nb\t\"'<>&\xff\x01"))
	fmt.Println()
	var b bytes.Buffer
	e := xml.NewEncoder(&b)
	e.Indent("", "\t")
	for _, t := range []xml.Token{xml.ProcInst{"xml", []byte(`version="1.0"`)}, xml.Comment("top"), xml.StartElement{Name: xml.Name{"urn:x", "a"}, Attr: []xml.Attr{{xml.Name{"", "k"}, "v\n"}, {xml.Name{"xmlns", "q"}, "urn:q"}, {xml.Name{"urn:q", "z"}, "zz"}}}, xml.CharData("x\ny"), xml.StartElement{Name: xml.Name{"urn:x", "b"}}, xml.EndElement{xml.Name{"urn:x", "b"}}, xml.StartElement{Name: xml.Name{"", "c"}}, xml.Comment("in"), xml.EndElement{xml.Name{"", "c"}}, xml.Directive("DOCTYPE x"), xml.EndElement{xml.Name{"urn:x", "a"}}, xml.ProcInst{"xml", nil}, xml.ProcInst{"p", []byte("a?>")}, xml.Comment("a-->"), xml.EndElement{xml.Name{"", "zz"}}, xml.StartElement{}, 5, xml.Directive("a>"), xml.ProcInst{"9x", nil}} {
		err := e.EncodeToken(t)
		fmt.Printf("%T: %v\n", t, err)
	}
	fmt.Println(e.Flush())
	fmt.Printf("%s\n", b.String())
	e.EncodeToken(xml.StartElement{Name: xml.Name{"", "open"}})
	fmt.Println(e.Close(), e.Close())
	fmt.Println(e.EncodeToken(xml.CharData("x")))
	b.Reset()
	e = xml.NewEncoder(&b)
	e.EncodeToken(xml.StartElement{Name: xml.Name{"", "p"}})
	e.EncodeToken(xml.EndElement{xml.Name{"", "q"}})
	fmt.Println(e.EncodeToken(xml.EndElement{xml.Name{"x", "p"}}))
	fmt.Println(e.Close())
	e.Flush()
	fmt.Println(b.String())
}
