package main

import (
	"fmt"
	"image/color"
	"image/color/palette"
	"strings"
)

// genPalette writes the colors of Plan 9's standard color map (image/color/palette.Plan9)
// as hex digits, six per color.
func genPalette() {
	var b strings.Builder
	for i, c := range palette.Plan9 {
		r := c.(color.RGBA)
		if i%16 == 0 {
			b.WriteString("\t\"")
		}
		fmt.Fprintf(&b, "%02x%02x%02x", r.R, r.G, r.B)
		if i%16 == 15 {
			b.WriteString("\" +\n")
		}
	}
	src := header + "package palette\n\n" +
		"// plan9RGB holds the 256 colors of the Plan 9 color map in index order, as rrggbb hex.\n" +
		"const plan9RGB = \"\" +\n" + strings.TrimSuffix(b.String(), " +\n") + "\n"
	write("image/color/palette/plan9_tables.go", src)
}
