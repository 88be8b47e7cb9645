package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

type Item struct {
	XMLName xml.Name `xml:"item"`
	Name    string   `xml:"name,attr"`
	Price   float64  `xml:"price"`
}

type Feed struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string   `xml:"title"`
	Links   []Link   `xml:"link"`
	Author  struct {
		Name  string `xml:"name"`
		Email string `xml:"email,omitempty"`
	} `xml:"author"`
	Entry []Item
	Deep  string   `xml:"a>b>c,omitempty"`
	Deep2 string   `xml:"a>b>d"`
	Other string   `xml:"a>e"`
	Lang  string   `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Any   []string `xml:",any"`
}

type Link struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type Emb struct {
	*Inner
	Own string
}
type Inner struct {
	X int `xml:"x"`
	Y int `xml:"y,attr"`
}

type WithName struct {
	XMLName xml.Name
	V       string `xml:",chardata"`
}

func main() {
	src := `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Example &amp; co</title>
  <link href="http://a/" rel="alternate"/>
  <link href="http://b/"/>
  <author><name>John</name></author>
  <item name="one"><price>1.5</price></item>
  <item name="two"><price> 2 </price></item>
  <a><b><c>C</c><d>D</d></b><e>E</e></a>
  <stray>s1</stray><stray2>s2</stray2>
</feed>`
	var f Feed
	err := xml.Unmarshal([]byte(src), &f)
	fmt.Println(err)
	fmt.Printf("%q %+v %+v %+v %q %q %q %q %q\n", f.Title, f.Links, f.Author, f.Entry, f.Deep, f.Deep2, f.Other, f.Lang, f.Any)
	fmt.Println(f.XMLName)
	out, err := xml.MarshalIndent(f, "", "\t")
	fmt.Println(string(out), err)
	f.Deep, f.Deep2, f.Other = "", "", ""
	out, err = xml.Marshal(f)
	fmt.Println(string(out), err)

	var wrong Feed
	fmt.Println(xml.Unmarshal([]byte(`<feed><title>t</title></feed>`), &wrong))

	e := Emb{Own: "o"}
	e.Inner = &Inner{X: 1, Y: 2}
	out, err = xml.Marshal(e)
	fmt.Println(string(out), err)
	var e2 Emb
	fmt.Println(xml.Unmarshal(out, &e2), e2.Own, e2.Inner.X, e2.Inner.Y)

	out, err = xml.Marshal(WithName{XMLName: xml.Name{"urn:z", "zed"}, V: "v"})
	fmt.Println(string(out), err)
	var wn WithName
	fmt.Println(xml.Unmarshal([]byte(`<p:q xmlns:p="urn:p">text</p:q>`), &wn), wn)

	// a stream of elements through Decode, with Skip and offsets
	d := xml.NewDecoder(strings.NewReader(`<list><item name="a"><price>1</price></item><junk><x/></junk><item name="b"><price>2</price></item></list>`))
	for {
		t, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("err", err)
			break
		}
		if se, ok := t.(xml.StartElement); ok {
			switch se.Name.Local {
			case "item":
				var it Item
				err := d.DecodeElement(&it, &se)
				fmt.Println("item", it.Name, it.Price, err, d.InputOffset())
			case "junk":
				fmt.Println("skip", d.Skip(), d.InputOffset())
			}
		}
	}
	// DefaultSpace
	d = xml.NewDecoder(strings.NewReader(`<a><b xmlns="urn:b"/><c/></a>`))
	d.DefaultSpace = "urn:default"
	for {
		t, err := d.Token()
		if err != nil {
			break
		}
		fmt.Printf("%#v\n", t)
	}
	// Decode from a token decoder
	var toks []xml.Token
	d = xml.NewDecoder(strings.NewReader(`<item name="tok"><price>9</price></item>`))
	for {
		t, err := d.Token()
		if err != nil {
			break
		}
		toks = append(toks, xml.CopyToken(t))
	}
	td := xml.NewTokenDecoder(&list{toks})
	var it Item
	fmt.Println(td.Decode(&it), it)
	var s1, s2 string
	d = xml.NewDecoder(strings.NewReader(`<a>1</a> <b>2</b>`))
	fmt.Println(d.Decode(&s1), d.Decode(&s2), d.Decode(&s2), s1, s2)
}

type list struct{ t []xml.Token }

func (l *list) Token() (xml.Token, error) {
	if len(l.t) == 0 {
		return nil, io.EOF
	}
	t := l.t[0]
	l.t = l.t[1:]
	return t, nil
}
