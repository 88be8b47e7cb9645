package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{`<!>x`, `<!"a>b">y`, `<!'>'>z`, `<!->`, `<![>`, `<!<<a>>>q`, `<!a<!--c-->b>`, `<!<!--c-->>t`} {
		d := xml.NewDecoder(strings.NewReader(s))
		for i := 0; i < 3; i++ {
			t, err := d.Token()
			fmt.Printf("%q %q %v %d\n", s, fmt.Sprint(t), err, d.InputOffset())
			if err != nil {
				break
			}
		}
	}
	for _, s := range []string{`<a b=>`, `<a b= c=d>`, `<a b=/>`} {
		d := xml.NewDecoder(strings.NewReader(s))
		d.Strict = false
		for i := 0; i < 3; i++ {
			t, err := d.Token()
			fmt.Printf("%q %#v %v %d\n", s, t, err, d.InputOffset())
			if err != nil {
				break
			}
		}
	}
}
