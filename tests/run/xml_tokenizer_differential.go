package main

import (
	"encoding/xml"
	"fmt"
	"math/rand"
	"strings"
)

var pieces1 = []string{"<", ">", "/", "a", "b", ":", "=", `"`, "'", "&", ";", "#", "x", "!", "-", "[", "]", "?", " ", "\n", "é", "amp", "lt", "<![CDATA[", "]]>", "<!--", "-->", "<a>", "</a>", "<b:c ", "xmlns", "xmlns:b", "1", "\r", "<?xml ", "version=\"1.0\"", "br", "nbsp"}

var pieces2 = []string{"<", ">", "/", "a", "b", ":", "=", `"`, "'", "&", ";", "#", "x", "!", "-", "[", "]", "?", " ", "\n", "é", "amp", "lt", "<![CDATA[", "]]>", "<!--", "-->", "<a>", "</a>", "<b:c ", "xmlns", "xmlns:b", "1", "\r", "<?xml ", "version=\"1.0\"", "br", "nbsp", "&#x41;", "&#65;", "?>", "xml:lang=\"en\"", "</b:c>", "\t", "=\"v\"", "<br>", "<b:c xmlns:b=\"u\">", "<!DOCTYPE x [", "\xff", "\x00", "<a b=c>"}

func dump(s string, mode int) string {
	var sb strings.Builder
	d := xml.NewDecoder(strings.NewReader(s))
	if mode > 0 {
		d.Strict = false
		d.AutoClose = xml.HTMLAutoClose
		d.Entity = xml.HTMLEntity
	}
	for i := 0; i < 30; i++ {
		var t xml.Token
		var err error
		if mode == 2 {
			t, err = d.RawToken()
		} else {
			t, err = d.Token()
		}
		l, c := d.InputPos()
		if err != nil {
			fmt.Fprintf(&sb, " E(%v)@%d:%d:%d", err, d.InputOffset(), l, c)
			break
		}
		fmt.Fprintf(&sb, " %T%q@%d:%d:%d", t, fmt.Sprint(t), d.InputOffset(), l, c)
	}
	return sb.String()
}

func main() {
	// Random inputs from two sets of fragments, each dumped strictly, laxly (HTML
	// settings) and raw; the expected output comes from real Go.
	for set, pieces := range [][]string{pieces1, pieces2} {
		r := rand.New(rand.NewSource(int64(42 + set)))
		for n := 0; n < 700; n++ {
			var sb strings.Builder
			k := 1 + r.Intn(14)
			for i := 0; i < k; i++ {
				sb.WriteString(pieces[r.Intn(len(pieces))])
			}
			s := sb.String()
			fmt.Printf("%q\n", s)
			for mode := 0; mode < 3; mode++ {
				fmt.Println(mode, dump(s, mode))
			}
		}
	}
}
