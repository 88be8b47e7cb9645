package main

import (
	"encoding/xml"
	"fmt"
)

type S struct {
	XMLName xml.Name
	Text    string `xml:",chardata"`
	Inner   string `xml:",innerxml"`
	Com     []byte `xml:",comment"`
	B       []byte `xml:"b"`
	Any     []xml.Name `xml:",any"`
	Attrs   []xml.Attr `xml:",any,attr"`
}
type T struct {
	N  int    `xml:",chardata"`
	P  *int   `xml:"p"`

	E  []byte `xml:"e"`
	I  any    `xml:"i"`
}
type U struct {
	V []string `xml:"a>b>c"`
	W string   `xml:"a>d"`
	X string   `xml:"a"`
}

func main() {
	var s string
	fmt.Println(xml.Unmarshal([]byte("<a>1<b>2</b>3<!--c--></a>"), &s), s)
	var bs []byte
	fmt.Println(xml.Unmarshal([]byte("<a></a>"), &bs), bs == nil, bs)
	var st S
	fmt.Println(xml.Unmarshal([]byte(`<r x="1" y:z="2"> t1 <!--c1--><b>bb<q/></b><zz>0</zz><!--c2--> t2<yy/></r>`), &st))
	fmt.Printf("%+v %q %q\n", st, st.Com, st.B)
	var t T
	fmt.Println(xml.Unmarshal([]byte(`<r> 42 <p>7</p><e/><i>x</i></r>`), &t))
	fmt.Printf("%+v %+v %d %v\n", t.N, t.E, *t.P, t.E == nil)
	var u U
	fmt.Println(xml.Unmarshal([]byte(`<r><a><b><c>1</c><c>2</c></b><d>D</d></a><a><b><c>3</c></b></a></r>`), &u))
	fmt.Printf("%+v\n", u)
	var ss []string
	fmt.Println(xml.Unmarshal([]byte(`<a>1</a><a>2</a>`), &ss), ss)
	var n xml.Name
	fmt.Println(xml.Unmarshal([]byte(`<a xmlns="x"><b/></a>`), &n), n)
	var at struct{ A xml.Attr `xml:"a,attr"`; B *int `xml:"b,attr"`; C []int `xml:"c,attr"`; D bool `xml:"d,attr"` }
	fmt.Println(xml.Unmarshal([]byte(`<x a="1" b=" 2 " c="3" d=""/>`), &at))
	fmt.Printf("%+v %+v %+v %d\n", at.A, at.C, at.D, *at.B)
}
