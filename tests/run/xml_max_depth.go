package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type N struct {
	Kid *N `xml:"n"`
}
type L struct {
	Kids []L `xml:"n"`
}
type P struct {
	Kid *P `xml:"n>n"`
}

func main() {
	for _, depth := range []int{9999, 10000, 10001} {
		s := strings.Repeat("<n>", depth) + strings.Repeat("</n>", depth)
		var n N
		var l L
		var p P
		fmt.Println(depth, xml.Unmarshal([]byte(s), &n), xml.Unmarshal([]byte(s), &l), xml.Unmarshal([]byte(s), &p))
	}
}
