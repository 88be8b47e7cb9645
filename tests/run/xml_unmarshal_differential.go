package main

import (
	"encoding/xml"
	"fmt"
	"math/rand"
	"strings"
)

type Sub struct {
	XMLName xml.Name
	ID      string   `xml:"id,attr"`
	Text    string   `xml:",chardata"`
	Kids    []string `xml:"k"`
}

type Doc struct {
	XMLName xml.Name   `xml:"d"`
	A       int        `xml:"a"`
	B       []bool     `xml:"b"`
	C       *float64   `xml:"x>c"`
	D       string     `xml:"x>y>d"`
	E       Sub        `xml:"e"`
	Es      []Sub      `xml:"s"`
	At      uint8      `xml:"at,attr"`
	Any     []Sub      `xml:",any"`
	Com     string     `xml:",comment"`
	Txt     []byte     `xml:",chardata"`
	Attrs   []xml.Attr `xml:",any,attr"`
	Inner   string     `xml:",innerxml"`
}

var pieces = []string{"<a>", "</a>", "<b>", "</b>", "true", "0", " 12 ", "-3", "1.5", "<x>", "</x>", "<c>", "</c>", "<y>", "</y>", "<d>", "</d>",
	"<e id='1'>", "</e>", "<s>", "</s>", "<k>", "</k>", "<z q='v'>", "</z>", "<!--c-->", "txt", "&amp;", "<![CDATA[cd]]>", "<e/>", "<s id=\"2\"/>", "<k/>", "<x/>"}

func main() {
	r := rand.New(rand.NewSource(3))
	for n := 0; n < 1500; n++ {
		var sb strings.Builder
		sb.WriteString(`<d at="7" o:p="w">`)
		if n%2 == 0 {
			k := r.Intn(12)
			for i := 0; i < k; i++ {
				sb.WriteString(pieces[r.Intn(len(pieces))])
			}
		} else {
			gen(r, &sb, 0)
		}
		sb.WriteString("</d>")
		var d Doc
		err := xml.Unmarshal([]byte(sb.String()), &d)
		c := "nil"
		if d.C != nil {
			c = fmt.Sprint(*d.C)
		}
		fmt.Printf("%q\n  %v | %d %v %s %q %+v %+v %d %+v %q %q %+v %q\n", sb.String(), err, d.A, d.B, c, d.D, d.E, d.Es, d.At, d.Any, d.Com, d.Txt, d.Attrs, d.Inner)
		if err == nil {
			out, err := xml.Marshal(d)
			fmt.Printf("  %s %v\n", out, err)
		}
	}
}

var names = []string{"a", "b", "x", "y", "c", "d", "e", "s", "k", "z", "q"}
var texts = []string{"", "1", " true ", "-2", "2.5", "t&lt;", "<!--m-->", "<![CDATA[z]]>", "300", "\n"}

// gen writes a few well-formed elements.
func gen(r *rand.Rand, sb *strings.Builder, depth int) {
	for i := r.Intn(4); i > 0; i-- {
		name := names[r.Intn(len(names))]
		sb.WriteString("<" + name)
		if r.Intn(3) == 0 {
			sb.WriteString(` id="i"`)
		}
		sb.WriteString(">")
		sb.WriteString(texts[r.Intn(len(texts))])
		if depth < 3 && r.Intn(2) == 0 {
			gen(r, sb, depth+1)
		}
		sb.WriteString("</" + name + ">")
	}
}
