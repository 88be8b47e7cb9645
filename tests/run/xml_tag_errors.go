package main

import (
	"encoding/xml"
	"fmt"
)

type P1 struct {
	A string `xml:"a>b"`
	B string `xml:"a"`
}
type Inner struct {
	XMLName xml.Name `xml:"inner"`
	V       string
}
type P2 struct {
	I Inner `xml:"other"`
}
type P3 struct {
	A string `xml:"x,chardata"`
}
type P4 struct {
	A string `xml:",attr,chardata"`
}
type P5 struct {
	A string `xml:"a>"`
}
type P6 struct {
	A string `xml:",omitempty,innerxml"`
}
type P7 struct {
	XMLName xml.Name `xml:"p7"`
	A int `xml:"a"`
	B float64 `xml:"b,attr"`
	C bool
	D uint8
}
type P8 struct {
	XMLName xml.Name `xml:"urn:x p8"`
}
type P9 struct {
	A string `xml:"a"`
	B string `xml:"a"`
}
type P10 struct {
	M map[string]int
}
type P11 struct {
	A string `xml:",foo"`
}

func main() {
	var vs = []any{&P1{}, &P2{}, &P3{}, &P4{}, &P5{}, &P6{}, &P9{}, &P10{}, &P11{}}
	for _, v := range vs {
		b, err := xml.Marshal(v)
		fmt.Printf("M %T %q %v\n", v, b, err)
		err = xml.Unmarshal([]byte("<x><a><b>1</b></a></x>"), v)
		fmt.Printf("U %T %v\n", v, err)
	}
	for _, s := range []string{"<p7><a>x</a></p7>", "<p7><a> 12 </a><C>yes</C></p7>", "<p7 b='zz'></p7>", "<q/>", "<p7><D>300</D></p7>", "<p7><C> 1 </C><D></D></p7>", "", "   ", "<p7>", "<p7><C>maybe</C></p7>"} {
		var p P7
		err := xml.Unmarshal([]byte(s), &p)
		fmt.Printf("%q %+v %v\n", s, p, err)
	}
	for _, s := range []string{"<p8/>", "<p8 xmlns='urn:y'/>", "<p8 xmlns='urn:x'/>", "<p9/>"} {
		var p P8
		err := xml.Unmarshal([]byte(s), &p)
		fmt.Printf("%q %+v %v\n", s, p, err)
	}
	var x int
	fmt.Println(xml.Unmarshal([]byte("<a>5</a>"), x), xml.Unmarshal([]byte("<a>5</a>"), nil), xml.Unmarshal([]byte("<a>5</a>"), (*int)(nil)))
	var m map[string]int
	fmt.Println(xml.Unmarshal([]byte("<a>5</a>"), &m))
	var ch chan int
	fmt.Println(xml.Unmarshal([]byte("<a>5</a>"), &ch))
	var ia any
	fmt.Println(xml.Unmarshal([]byte("<a>5</a>"), &ia), ia)
	_, err := xml.Marshal(make(chan int))
	fmt.Println(err)
	_, err = xml.Marshal(map[string]int{})
	fmt.Println(err)
	_, err = xml.Marshal(struct{ A int }{1})
	fmt.Println(err)
	b, err := xml.Marshal(5)
	fmt.Println(string(b), err)
	b, err = xml.Marshal([]int{1, 2})
	fmt.Println(string(b), err)
	b, err = xml.Marshal(struct {
		XMLName xml.Name `xml:"c"`
		C       string   `xml:",comment"`
	}{C: "a--b"})
	fmt.Println(string(b), err)
}
