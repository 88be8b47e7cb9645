package main

import (
	"fmt"
	"io"
	"strings"
	"encoding/xml"
)

func dump(s string, strict bool) {
	d := xml.NewDecoder(strings.NewReader(s))
	d.Strict = strict
	if !strict {
		d.AutoClose = xml.HTMLAutoClose
		d.Entity = xml.HTMLEntity
	}
	for {
		t, err := d.Token()
		if err != nil {
			if err != io.EOF {
				fmt.Printf("  err: %v (%T)\n", err, err)
			}
			break
		}
		l, c := d.InputPos()
		fmt.Printf("  %T %q @%d %d:%d\n", t, fmt.Sprint(t), d.InputOffset(), l, c)
	}
}

func main() {
	for _, s := range []string{
		`<a x="1" y='2'>hi &amp; &lt;&#65;&#x42;</a>`,
		`<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE foo [<!ENTITY x "y">]><!-- c --><r><![CDATA[<raw>]]></r>`,
		`<a:b xmlns:a="urn:a" xmlns="urn:d"><c a:z="1"/></a:b>`,
		`<a></b>`, `<a>`, `<a x=1></a>`, `<a x></a>`, `<a>&foo;</a>`, `<a>&#xZZ;</a>`, `</a>`, `<a><b></a>`, `<1a/>`, `<a x="1" x="2"/>`,
		"<a>\r\nline2\rline3</a>", `<?xml version="1.0" encoding="latin1"?><a/>`, `<a>]]></a>`, `<!-- a -- b -->`, `<a b="<"/>`, `<a b="&"/>`,
		`text only`, `<a/><b/>`, `<?target?><?t2 some data?>`, `<a>` + "\x00" + `</a>`, `<a><!DOCTYPE x></a>`, `<a x="1"y="2"/>`, `<>`, `<a`, `<a x="1`,
		`<br><p>para`,
	} {
		fmt.Printf("%q strict\n", s)
		dump(s, true)
		fmt.Printf("%q lax\n", s)
		dump(s, false)
	}
}
