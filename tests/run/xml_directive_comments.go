package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

func main() {
	for _, s := range []string{`<!D <!-- a --->x>y`, `<!D <!-- a -- b -->x>y`, `<!D <!--->x>y`, `<!D <!---->x>y`} {
		d := xml.NewDecoder(strings.NewReader(s))
		for i := 0; i < 3; i++ {
			t, err := d.Token()
			fmt.Printf("%q %q %v %d\n", s, fmt.Sprint(t), err, d.InputOffset())
			if err != nil {
				break
			}
		}
	}
}
