package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{`<a><b:c xmlns:b="u"></a><d/>`, `<a><b:c xmlns:b="u"><e></a>`, `<a><c xmlns="u"></a>`, `<a><b:c xmlns:b="u" xmlns:q="v"></a>`, `<a><b:c xmlns:b="u"></a></a>`, `<r><a><b:c xmlns:b="u"></a></r>`, `<b:r xmlns:b="u"><x></b:r>`, `<p:a xmlns:p="u"><p:b></p:a>`, `<a xmlns="u"><b></a>`} {
		d := xml.NewDecoder(strings.NewReader(s))
		d.Strict = false
		fmt.Printf("%q\n", s)
		for i := 0; i < 8; i++ {
			t, err := d.Token()
			if err != nil {
				fmt.Println("  ", err)
				break
			}
			fmt.Printf("   %T %v\n", t, t)
		}
	}
}
