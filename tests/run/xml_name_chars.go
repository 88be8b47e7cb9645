package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

func ok(s, want string) bool {
	d := xml.NewDecoder(strings.NewReader(s))
	t, err := d.RawToken()
	if err != nil {
		return false
	}
	se, isStart := t.(xml.StartElement)
	return isStart && se.Name.Local == want
}

func ranges(test func(r rune) bool) []rune {
	var out []rune
	in := false
	for r := rune(0x80); r <= 0x10FFFF; r = step(r) {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		v := test(r)
		if v && !in {
			out = append(out, r)
			in = true
		} else if !v && in {
			out = append(out, r-1)
			in = false
		}
	}
	if in {
		out = append(out, 0x10FFFF)
	}
	return out
}

// step visits every character below U+3100 and a sample beyond.
func step(r rune) rune {
	if r < 0x3100 {
		return r + 1
	}
	return r + 97
}

func main() {
	first := ranges(func(r rune) bool { s := string(r); return ok("<"+s+"/>", s) })
	next := ranges(func(r rune) bool { s := "a" + string(r); return ok("<"+s+"/>", s) })
	fmt.Println(len(first)/2, len(next)/2)
	p := func(name string, rs []rune) {
		fmt.Printf("%s:", name)
		for i := 0; i < len(rs); i += 2 {
			fmt.Printf(" %x-%x", rs[i], rs[i+1])
		}
		fmt.Println()
	}
	p("first", first)
	p("next", next)
	for _, s := range []string{"<a\u00d7/>", "<\u00d7/>", "<a\u0300/>", "<\u0300/>", "<a b\u00d7='1'/>", "<a>&a\u00d7;</a>"} {
		d := xml.NewDecoder(strings.NewReader(s))
		d.Strict = true
		t, err := d.Token()
		t2, err2 := d.Token()
		fmt.Printf("%q %v %v %v %v\n", s, t, err, t2, err2)
	}
}
