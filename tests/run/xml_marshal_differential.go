package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math/rand"
	"strings"
)

type Rec struct {
	XMLName xml.Name `xml:"rec"`
	A       string   `xml:"a,attr,omitempty"`
	N       int      `xml:"n,attr"`
	S       string   `xml:"s"`
	P       []string `xml:"p>q,omitempty"`
	C       string   `xml:",comment"`
	D       string   `xml:",cdata"`
	T       string   `xml:",chardata"`
	F       float64  `xml:"f,omitempty"`
	I       any      `xml:"i"`
	Kids    []Rec    `xml:"kid"`
}

var frags = []string{"a", "<", ">", "&", "\"", "'", "\n", "\r", "\t", "]]>", "-", "--", "\x00", "\xff", "é", "\u2028", " ", "x y", "\ufffe", "😀"}

func str(r *rand.Rand) string {
	var sb strings.Builder
	for i := r.Intn(5); i > 0; i-- {
		sb.WriteString(frags[r.Intn(len(frags))])
	}
	return sb.String()
}

func rec(r *rand.Rand, depth int) Rec {
	x := Rec{A: str(r), N: r.Intn(100) - 50, S: str(r), D: str(r), T: str(r), F: float64(r.Intn(1000)) / 7}
	if r.Intn(2) == 0 {
		x.C = str(r)
	}
	for i := r.Intn(3); i > 0; i-- {
		x.P = append(x.P, str(r))
	}
	switch r.Intn(4) {
	case 0:
		x.I = str(r)
	case 1:
		x.I = r.Intn(10)
	case 2:
		x.I = []int{1, 2}
	}
	if depth < 2 {
		for i := r.Intn(3); i > 0; i-- {
			x.Kids = append(x.Kids, rec(r, depth+1))
		}
	}
	return x
}

func main() {
	r := rand.New(rand.NewSource(11))
	for n := 0; n < 400; n++ {
		x := rec(r, 0)
		var out []byte
		var err error
		if n%2 == 0 {
			out, err = xml.Marshal(x)
		} else {
			out, err = xml.MarshalIndent(x, "", " ")
		}
		fmt.Printf("%q %v\n", out, err)
		if err == nil {
			var back Rec
			err = xml.Unmarshal(out, &back)
			fmt.Printf("  %v %q %q %q\n", err, back.S, back.T, back.P)
		}
		var b bytes.Buffer
		xml.EscapeText(&b, []byte(x.S))
		fmt.Printf("  %q\n", b.String())
	}
}
