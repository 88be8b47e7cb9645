package main

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

type In struct {
	A string `xml:"urn:a x,attr"`
	B string `xml:"urn:b y,attr"`
	V string `xml:",chardata"`
}
type Out struct {
	XMLName xml.Name `xml:"out"`
	A       string   `xml:"urn:a x,attr"`
	Kids    []In     `xml:"kid"`
	Sp      string   `xml:"urn:e e"`
	Sp2     string   `xml:"urn:e f"`
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	w.n++
	return 0, errors.New("disk full")
}

type Page struct {
	Title string `xml:"head>title"`
	Paras []string `xml:"body>p"`
	Brs   []string `xml:"body>br"`
}

func main() {
	o := Out{A: "1", Kids: []In{{A: "2", B: "3", V: "k1"}, {A: "4", V: "k2"}}, Sp: "s", Sp2: "t"}
	out, err := xml.MarshalIndent(o, "", " ")
	fmt.Println(string(out), err)
	var back Out
	fmt.Println(xml.Unmarshal(out, &back))
	fmt.Printf("%+v\n", back)
	var wrong Out
	fmt.Println(xml.Unmarshal([]byte(`<out xmlns:p="urn:zzz" p:x="9"><p:e>bad</p:e><e>good</e></out>`), &wrong))
	fmt.Printf("%+v\n", wrong)

	enc := xml.NewEncoder(&failWriter{})
	fmt.Println(enc.Encode(o))
	fmt.Println(enc.EncodeToken(xml.CharData("x")), enc.Flush())

	// lax HTML decoding into a struct
	html := `<html><head><title>T &amp; &copy;</title></head><body><p>one<br><p>two</p><br/></body></html>`
	d := xml.NewDecoder(strings.NewReader(html))
	d.Strict = false
	d.AutoClose = xml.HTMLAutoClose
	d.Entity = xml.HTMLEntity
	var pg Page
	fmt.Println(d.Decode(&pg))
	fmt.Printf("%q %q %q\n", pg.Title, pg.Paras, pg.Brs)

	// CharsetReader with a real conversion (latin1 -> utf8)
	latin := []byte("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf\xe9</a>")
	d = xml.NewDecoder(bytes.NewReader(latin))
	d.CharsetReader = func(cs string, r io.Reader) (io.Reader, error) {
		b, err := io.ReadAll(r)
		if err != nil {
			return nil, err
		}
		var sb strings.Builder
		for _, c := range b {
			sb.WriteRune(rune(c))
		}
		return strings.NewReader(sb.String()), nil
	}
	var s string
	fmt.Println(d.Decode(&s), s, d.InputOffset())

	// innerxml of a self-closing element; comments accumulate
	var v struct {
		Inner string `xml:",innerxml"`
		Com   string `xml:",comment"`
		Kid   struct {
			Inner []byte `xml:",innerxml"`
		} `xml:"kid"`
	}
	fmt.Println(xml.Unmarshal([]byte(`<r><!--a--><kid/><!--b--></r>`), &v), fmt.Sprintf("%q %q %q", v.Inner, v.Com, v.Kid.Inner))
	fmt.Println(xml.Unmarshal([]byte(`<r><kid>x<y a="1">&amp;</y></kid></r>`), &v), fmt.Sprintf("%q %q", v.Inner, v.Kid.Inner))

	// errors inside Unmarshal
	var n struct{ N int `xml:"n"` }
	fmt.Println(xml.Unmarshal([]byte(`<r><n>1</n><n>2</m></r>`), &n), n.N)
	fmt.Println(xml.Unmarshal([]byte(`<r><n>9`), &n), n.N)
	fmt.Println(xml.Unmarshal([]byte("<r>\n\n<n>x</n></r>"), &n), n.N)

	// Escape
	var b bytes.Buffer
	xml.Escape(&b, []byte("\u2028 \x7f \U0001F600 \ufffe"))
	fmt.Printf("%q\n", b.String())
	fmt.Println(xml.Header + "<x/>")
	st := xml.StartElement{Name: xml.Name{"s", "l"}, Attr: []xml.Attr{{xml.Name{"", "a"}, "b"}}}
	c := st.Copy()
	c.Attr[0].Value = "changed"
	fmt.Println(st.Attr[0].Value, c.Attr[0].Value, st.End())
	cd := xml.CharData("abc")
	cc := xml.CopyToken(cd).(xml.CharData)
	cc[0] = 'X'
	fmt.Println(string(cd), string(cc), xml.CopyToken(xml.EndElement{xml.Name{"", "e"}}))
	pi := xml.ProcInst{"t", []byte("i")}
	fmt.Println(string(pi.Copy().Inst), string(xml.Comment("c").Copy()), string(xml.Directive("d").Copy()))
	var se *xml.SyntaxError
	err = xml.Unmarshal([]byte("<a>\n<b></a>"), new(string))
	fmt.Println(errors.As(err, &se), se.Line, se.Msg)
	fmt.Println(xml.UnmarshalError("custom").Error())
}
