// Package palette holds two standard color palettes: the 256 colors of Plan 9's color
// map and the 216 "Web-safe" colors.
package palette

import "image/color"

// Plan9 is Plan 9's standard 256-color map.
var Plan9 = plan9()

// WebSafe is the 216-color cube of the early Web: every combination of the six levels
// 0x00, 0x33, ..., 0xff, red varying slowest and blue fastest.
var WebSafe = webSafe()

func plan9() []color.Color {
	colors := make([]color.Color, 0, len(plan9RGB)/6)
	for i := 0; i+6 <= len(plan9RGB); i += 6 {
		colors = append(colors, color.RGBA{hexByte(plan9RGB[i:]), hexByte(plan9RGB[i+2:]), hexByte(plan9RGB[i+4:]), 0xff})
	}
	return colors
}

func hexByte(s string) uint8 {
	digit := func(c byte) uint8 {
		if c >= 'a' {
			return c - 'a' + 10
		}
		return c - '0'
	}
	return digit(s[0])<<4 | digit(s[1])
}

func webSafe() []color.Color {
	colors := make([]color.Color, 0, 216)
	for r := 0; r < 6; r++ {
		for g := 0; g < 6; g++ {
			for b := 0; b < 6; b++ {
				colors = append(colors, color.RGBA{uint8(r * 0x33), uint8(g * 0x33), uint8(b * 0x33), 0xff})
			}
		}
	}
	return colors
}
