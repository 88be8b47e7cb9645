package main

import (
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/draw"
)

type lcg uint32

func (x *lcg) next() uint32 {
	*x = *x*1664525 + 1013904223
	return uint32(*x >> 8)
}

func digest(m image.Image) string {
	h := crc32.NewIEEE()
	b := m.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bb, a := m.At(x, y).RGBA()
			h.Write([]byte{byte(r >> 8), byte(r), byte(g >> 8), byte(g), byte(bb >> 8), byte(bb), byte(a >> 8), byte(a)})
		}
	}
	return fmt.Sprintf("%08x", h.Sum32())
}

func fill(m draw.Image, x *lcg) {
	if p, ok := m.(*image.Paletted); ok {
		for i := range p.Pix {
			p.Pix[i] = uint8(x.next() % uint32(len(p.Palette)))
		}
		return
	}
	b := m.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for xx := b.Min.X; xx < b.Max.X; xx++ {
			a := uint16(x.next())
			switch x.next() % 4 {
			case 0:
				a = 0xffff
			case 1:
				a = 0
			}
			v := func() uint16 { return uint16(x.next() % (uint32(a) + 1)) }
			m.Set(xx, y, color.RGBA64{v(), v(), v(), a})
		}
	}
}

var pal = color.Palette{color.Black, color.White, color.RGBA{200, 30, 30, 255}, color.RGBA{30, 200, 30, 255},
	color.RGBA{30, 30, 200, 255}, color.NRGBA{250, 250, 0, 128}, color.Transparent, color.Gray{128}}

func main() {
	x := lcg(3)
	mk := func(kind int, r image.Rectangle) draw.Image {
		var m draw.Image
		switch kind {
		case 0:
			m = image.NewRGBA(r)
		case 1:
			m = image.NewNRGBA(r)
		case 2:
			m = image.NewGray(r)
		case 3:
			m = image.NewPaletted(r, pal)
		case 4:
			m = image.NewRGBA64(r)
		case 5:
			m = image.NewCMYK(r)
		case 6:
			m = image.NewAlpha(r)
		default:
			m = image.NewNRGBA64(r)
		}
		fill(m, &x)
		return m
	}
	ycc := image.NewYCbCr(image.Rect(0, 0, 9, 9), image.YCbCrSubsampleRatio420)
	for i := range ycc.Y {
		ycc.Y[i] = uint8(x.next())
	}
	for i := range ycc.Cb {
		ycc.Cb[i], ycc.Cr[i] = uint8(x.next()), uint8(x.next())
	}
	srcs := []image.Image{
		image.NewUniform(color.NRGBA{10, 200, 100, 180}), image.NewUniform(color.RGBA{10, 20, 30, 255}),
		mk(0, image.Rect(-3, -3, 6, 7)), mk(1, image.Rect(0, 0, 8, 8)), mk(2, image.Rect(1, 1, 9, 9)),
		mk(3, image.Rect(0, 0, 7, 9)), mk(4, image.Rect(0, 0, 9, 9)), ycc, image.Rect(2, 2, 5, 6),
	}
	alpha := image.NewAlpha(image.Rect(0, 0, 9, 9))
	for i := range alpha.Pix {
		alpha.Pix[i] = uint8(x.next())
		if i%5 == 0 {
			alpha.Pix[i] = 0
		}
	}
	masks := []image.Image{nil, alpha, image.NewUniform(color.Alpha{100}), image.Rect(1, 0, 4, 9)}
	for dk := 0; dk < 8; dk++ {
		for si, src := range srcs {
			for mi, mask := range masks {
				for _, op := range []draw.Op{draw.Over, draw.Src} {
					dst := mk(dk, image.Rect(0, 0, 8, 6))
					draw.DrawMask(dst, image.Rect(1, 1, 7, 9), src, image.Pt(0, 1), mask, image.Pt(1, 0), op)
					fmt.Printf("%T src%d mask%d op%d %s\n", dst, si, mi, op, digest(dst))
				}
			}
		}
	}
	fmt.Println("== Draw, clipping, overlap")
	for dk := 0; dk < 8; dk++ {
		dst := mk(dk, image.Rect(-2, -2, 10, 10))
		draw.Draw(dst, image.Rect(-5, -5, 4, 3), srcs[2], image.Pt(-1, 0), draw.Src)
		draw.Draw(dst, dst.Bounds(), srcs[3], image.Pt(2, 2), draw.Over)
		draw.Src.Draw(dst, image.Rect(8, 8, 20, 20), srcs[0], image.Point{})
		draw.Over.Draw(dst, image.Rect(0, 0, 3, 3), dst, image.Pt(1, 1))
		draw.Draw(dst, image.Rect(2, 2, 9, 9), dst, image.Pt(0, 0), draw.Src)
		draw.Draw(dst, image.Rect(0, 0, 9, 9), dst, image.Pt(0, 2), draw.Over)
		fmt.Printf("%T %s\n", dst, digest(dst))
	}
	fmt.Println("== Floyd-Steinberg")
	for _, src := range srcs[2:] {
		p := image.NewPaletted(image.Rect(0, 0, 10, 10), pal)
		draw.FloydSteinberg.Draw(p, p.Bounds(), src, src.Bounds().Min)
		g := image.NewGray(image.Rect(0, 0, 10, 10))
		draw.FloydSteinberg.Draw(g, g.Bounds(), src, src.Bounds().Min)
		bw := image.NewPaletted(image.Rect(-1, -1, 8, 8), color.Palette{color.Black, color.White})
		draw.FloydSteinberg.Draw(bw, image.Rect(0, 0, 20, 20), src, image.Pt(1, 2))
		fmt.Println(digest(p), p.Pix[:20], digest(g), digest(bw))
	}
	fmt.Println("== Src between non-premultiplied images")
	for _, mk := range []func() draw.Image{
		func() draw.Image { return image.NewNRGBA(image.Rect(0, 0, 2, 1)) },
		func() draw.Image { return image.NewNRGBA64(image.Rect(0, 0, 2, 1)) },
		func() draw.Image { return image.NewRGBA(image.Rect(0, 0, 2, 1)) },
		func() draw.Image { return image.NewCMYK(image.Rect(0, 0, 2, 1)) },
	} {
		src := image.NewNRGBA(image.Rect(0, 0, 2, 1))
		src.Pix = []byte{200, 100, 50, 3, 77, 66, 55, 0}
		dst := mk()
		draw.Draw(dst, dst.Bounds(), src, image.Point{}, draw.Src)
		fmt.Printf("%T %v %v\n", dst, dst.At(0, 0), dst.At(1, 0))
		s64 := image.NewNRGBA64(image.Rect(0, 0, 2, 1))
		s64.Pix = []byte{200, 1, 100, 2, 50, 3, 0, 3, 77, 1, 66, 1, 55, 1, 0, 0}
		dst = mk()
		draw.Draw(dst, dst.Bounds(), s64, image.Point{}, draw.Src)
		fmt.Printf("  from64 %v %v\n", dst.At(0, 0), dst.At(1, 0))
		dst = mk()
		draw.DrawMask(dst, dst.Bounds(), src, image.Point{}, image.NewUniform(color.Opaque), image.Point{}, draw.Src)
		fmt.Printf("  masked %v %v\n", dst.At(0, 0), dst.At(1, 0))
	}
	cm := image.NewCMYK(image.Rect(0, 0, 2, 1))
	cm.Pix = []byte{200, 100, 50, 3, 77, 66, 55, 0}
	cd := image.NewCMYK(image.Rect(0, 0, 2, 1))
	draw.Draw(cd, cd.Bounds(), cm, image.Point{}, draw.Src)
	fmt.Println(cd.Pix)
	grad := image.NewGray16(image.Rect(0, 0, 32, 4))
	for xx := 0; xx < 32; xx++ {
		for y := 0; y < 4; y++ {
			grad.Set(xx, y, color.Gray16{uint16(xx * 2100)})
		}
	}
	bw := image.NewPaletted(grad.Bounds(), color.Palette{color.Black, color.White})
	draw.FloydSteinberg.Draw(bw, bw.Bounds(), grad, image.Point{})
	for y := 0; y < 4; y++ {
		fmt.Println(bw.Pix[y*32 : y*32+32])
	}
}
