package main

import (
	"crypto/sha256"
	"fmt"
	"image/color"
	"image/color/palette"
)

func main() {
	for _, p := range []struct {
		name string
		pal  []color.Color
	}{{"Plan9", palette.Plan9}, {"WebSafe", palette.WebSafe}} {
		h := sha256.New()
		for _, c := range p.pal {
			r, g, b, a := c.RGBA()
			fmt.Fprintf(h, "%T %d %d %d %d;", c, r, g, b, a)
		}
		fmt.Printf("%s: %d colors, sha256 %x\n", p.name, len(p.pal), h.Sum(nil))
		fmt.Println(p.pal[0], p.pal[1], p.pal[len(p.pal)/2], p.pal[len(p.pal)-1])
		// as a color.Palette
		cp := color.Palette(p.pal)
		fmt.Println(cp.Index(color.RGBA{200, 100, 50, 255}), cp.Convert(color.Gray{77}))
	}
}
