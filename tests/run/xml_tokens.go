package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

func dump(s string, strict bool, raw bool) {
	d := xml.NewDecoder(strings.NewReader(s))
	d.Strict = strict
	if !strict {
		d.AutoClose = xml.HTMLAutoClose
		d.Entity = xml.HTMLEntity
	}
	for i := 0; i < 20; i++ {
		var t xml.Token
		var err error
		if raw {
			t, err = d.RawToken()
		} else {
			t, err = d.Token()
		}
		if err != nil {
			fmt.Printf("  err: %v (%T)\n", err, err)
			if err == io.EOF {
				break
			}
			continue
		}
		l, c := d.InputPos()
		fmt.Printf("  %T %q @%d %d:%d\n", t, fmt.Sprint(t), d.InputOffset(), l, c)
	}
}

func main() {
	for _, s := range []string{
		`<a>&#65</a>`, `<a>&#99999999;</a>`, `<a>&#0;</a>`, `<a>&#xD800;</a>`, "<a>\xff</a>", `<a#b/>`, `<:a/>`, `<a:/>`, `<a:b:c/>`, `<x:a xml:lang="en" y:b="1"></x:a>`,
		`<br></br>`, `<br>`, `<BR>x`, `<?xml version="1.1"?><a/>`, `<?xml version="1.0" encoding="utf-8"?><a/>`, `<?xml version="1.0" encoding="US-ASCII"?><a/>`,
		`<a/><?xml version="1.0"?>`, `<!DOCTYPE a [ <!ELEMENT a (#PCDATA)> <!-- x > y --> "q>" ]><a/>`, `<!-x>`, `<![CDAT[x]]>`, `<a/ >`, `<a b="1"c/>`, `</a  >`, `</a b>`, `</>`,
		`<a>x</a>tail<b/>`, `<a>&nbsp;&copy;</a>`, `<a b='&nbsp;'/>`, `<a b=c d=e>`, `<a b= "1" c ="2"/>`, `<?  ?>`, `<?x?y?>`, `<a b="x&#10;y	z
w"/>`, `<a xmlns="u"><b xmlns=""><c/></b></a>`, `<a xmlns:p="u"><p:b/></a><p:c/>`, `<a>&lt;</a`, "<a>\n<b>\n</c>", `<p><li>one<li>two</p>`,
	} {
		fmt.Printf("%q strict\n", s)
		dump(s, true, false)
		fmt.Printf("%q lax\n", s)
		dump(s, false, false)
		fmt.Printf("%q raw\n", s)
		dump(s, true, true)
	}
}
