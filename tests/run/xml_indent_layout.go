package main

import (
	"encoding/xml"
	"fmt"
	"os"
)

type A struct {
	C1   string `xml:",comment"`
	B    *B     `xml:"b"`
	Raw  string `xml:",innerxml"`
	T    string `xml:",chardata"`
	E    struct{} `xml:"empty"`
	C2   string `xml:",comment"`
}
type B struct {
	C string `xml:",comment"`
	X []int  `xml:"x"`
}

func main() {
	out, err := xml.MarshalIndent(A{C1: "one", B: &B{C: "in b", X: []int{1}}, Raw: "<r/>", T: "t", C2: "two"}, "#", "..")
	fmt.Println(string(out), err)
	out, err = xml.MarshalIndent(A{B: &B{C: "only"}}, "", "  ")
	fmt.Println(string(out), err)
	e := xml.NewEncoder(os.Stdout)
	e.Indent("", " ")
	fmt.Println(e.EncodeToken(xml.StartElement{Name: xml.Name{Local: "a"}}))
	fmt.Println(e.Encode(B{X: []int{1, 2}}))
	fmt.Println(e.EncodeToken(xml.CharData("txt")))
	fmt.Println(e.EncodeElement("s", xml.StartElement{Name: xml.Name{Local: "s"}}))
	fmt.Println(e.EncodeToken(xml.EndElement{Name: xml.Name{Local: "a"}}))
	fmt.Println(e.Close())
	fmt.Println()
	out, err = xml.MarshalIndent(struct {
		XMLName xml.Name `xml:"p"`
		A, B    string
	}{A: "a"}, "", "")
	fmt.Printf("%q %v\n", out, err)
	out, err = xml.MarshalIndent(struct {
		XMLName xml.Name `xml:"p"`
		A, B    string
	}{A: "a"}, "", "\t")
	fmt.Printf("%q %v\n", out, err)
}
