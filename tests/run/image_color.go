package main

import (
	"fmt"
	"hash/fnv"
	"image/color"
)

type lcg uint32

func (x *lcg) next() uint32 {
	*x = *x*1664525 + 1013904223
	return uint32(*x >> 8)
}

// sum folds values into a digest, so that a sweep prints one line.
type sum struct{ h uint64 }

func (s *sum) add(vs ...uint32) {
	for _, v := range vs {
		s.h = (s.h ^ uint64(v)) * 1099511628211
	}
}

func rgbaOf(c color.Color) []uint32 {
	r, g, b, a := c.RGBA()
	return []uint32{r, g, b, a}
}

func main() {
	x := lcg(42)
	// Colors of every type with random components (premultiplied ones kept valid).
	var colors []color.Color
	for i := 0; i < 400; i++ {
		a8 := uint8(x.next())
		a16 := uint16(x.next())
		if i%10 == 0 {
			a8, a16 = 0, 0
		} else if i%10 == 1 {
			a8, a16 = 0xff, 0xffff
		}
		p8 := func() uint8 { return uint8(x.next() % (uint32(a8) + 1)) }
		p16 := func() uint16 { return uint16(x.next() % (uint32(a16) + 1)) }
		u8 := func() uint8 { return uint8(x.next()) }
		u16 := func() uint16 { return uint16(x.next()) }
		colors = append(colors,
			color.RGBA{p8(), p8(), p8(), a8},
			color.RGBA64{p16(), p16(), p16(), a16},
			color.NRGBA{u8(), u8(), u8(), a8},
			color.NRGBA64{u16(), u16(), u16(), a16},
			color.Alpha{a8}, color.Alpha16{a16}, color.Gray{u8()}, color.Gray16{u16()},
			color.CMYK{u8(), u8(), u8(), u8()},
			color.YCbCr{u8(), u8(), u8()},
			color.NYCbCrA{color.YCbCr{u8(), u8(), u8()}, a8},
		)
	}
	var all sum
	for _, c := range colors {
		all.add(rgbaOf(c)...)
	}
	fmt.Printf("RGBA of %d colors: %016x\n", len(colors), all.h)
	models := []struct {
		name string
		m    color.Model
	}{
		{"RGBA", color.RGBAModel}, {"RGBA64", color.RGBA64Model}, {"NRGBA", color.NRGBAModel},
		{"NRGBA64", color.NRGBA64Model}, {"Alpha", color.AlphaModel}, {"Alpha16", color.Alpha16Model},
		{"Gray", color.GrayModel}, {"Gray16", color.Gray16Model}, {"CMYK", color.CMYKModel},
		{"YCbCr", color.YCbCrModel}, {"NYCbCrA", color.NYCbCrAModel},
	}
	for _, m := range models {
		var s sum
		for _, c := range colors {
			s.add(rgbaOf(m.m.Convert(c))...)
		}
		fmt.Printf("%-8s %016x %v %v\n", m.name, s.h, m.m.Convert(colors[13]), m.m.Convert(colors[35]))
	}
	for _, c := range colors[:22] {
		fmt.Printf("%T %v -> %v\n", c, c, rgbaOf(c))
	}

	// Sweeps of the conversion functions.
	var ycc, rgb, cmyk, back sum
	for r := 0; r < 256; r += 3 {
		for g := 0; g < 256; g += 5 {
			for b := 0; b < 256; b += 7 {
				y, cb, cr := color.RGBToYCbCr(uint8(r), uint8(g), uint8(b))
				ycc.add(uint32(y), uint32(cb), uint32(cr))
				R, G, B := color.YCbCrToRGB(uint8(r), uint8(g), uint8(b))
				rgb.add(uint32(R), uint32(G), uint32(B))
				c, m, yy, k := color.RGBToCMYK(uint8(r), uint8(g), uint8(b))
				cmyk.add(uint32(c), uint32(m), uint32(yy), uint32(k))
				R, G, B = color.CMYKToRGB(uint8(r), uint8(g), uint8(b), uint8(r^b))
				back.add(uint32(R), uint32(G), uint32(B))
			}
		}
	}
	fmt.Printf("RGBToYCbCr %016x\nYCbCrToRGB %016x\nRGBToCMYK %016x\nCMYKToRGB %016x\n", ycc.h, rgb.h, cmyk.h, back.h)
	fmt.Println(color.RGBToYCbCr(255, 0, 0))
	fmt.Println(color.YCbCrToRGB(0, 255, 255))
	fmt.Println(color.YCbCrToRGB(255, 0, 0))
	fmt.Println(color.RGBToCMYK(0, 0, 0))
	fmt.Println(color.RGBToCMYK(10, 200, 30))
	fmt.Println(color.CMYKToRGB(1, 2, 3, 4))
	fmt.Println(color.YCbCr{0, 255, 255}.RGBA())
	fmt.Println(color.YCbCr{255, 0, 0}.RGBA())

	// Palettes.
	p := color.Palette{color.Black, color.White, color.RGBA{0xff, 0, 0, 0xff}, color.NRGBA{0, 0xff, 0, 0x80}, color.Transparent}
	var ps sum
	for _, c := range colors {
		ps.add(uint32(p.Index(c)))
	}
	fmt.Printf("palette %016x %d %v %v\n", ps.h, p.Index(color.Gray{100}), p.Convert(color.RGBA{200, 10, 10, 255}), color.Palette{}.Convert(color.Black))
	fmt.Println(p.Index(color.RGBA{0, 0x80, 0, 0x80}), p.Index(color.Alpha{3}))
	fmt.Println(color.Black, color.White, color.Transparent, color.Opaque)
	half := color.ModelFunc(func(c color.Color) color.Color {
		r, g, b, a := c.RGBA()
		return color.RGBA64{uint16(r / 2), uint16(g / 2), uint16(b / 2), uint16(a)}
	})
	fmt.Println(half.Convert(color.White))
	h := fnv.New64a()
	fmt.Fprint(h, colors[:50])
	fmt.Printf("%x\n", h.Sum64())
}
