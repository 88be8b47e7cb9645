package main

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"io"
	"strings"
)

func main() {
	fmt.Println("== geometry")
	p, q := image.Pt(3, -4), image.Point{-7, 2}
	fmt.Println(p, q, p.Add(q), p.Sub(q), p.Mul(3), q.Div(2), p.Eq(image.Pt(3, -4)), image.ZP)
	r := image.Rect(10, 20, 0, 5)
	s := image.Rect(5, 0, 30, 10)
	fmt.Println(r, s, r.Dx(), r.Dy(), r.Size(), r.Empty(), image.ZR.Empty())
	fmt.Println(r.Intersect(s), r.Union(s), r.Overlaps(s), r.In(s), r.Intersect(s).In(r), r.Add(p), r.Sub(p))
	fmt.Println(r.Intersect(image.Rect(11, 0, 20, 30)), r.Union(image.Rectangle{}), image.Rectangle{}.Union(s))
	fmt.Println(r.Inset(2), r.Inset(6), r.Inset(-3), image.Rect(0, 0, 5, 3).Inset(2))
	fmt.Println(image.Rectangle{image.Pt(5, 5), image.Pt(1, 9)}.Canon(), image.Rectangle{image.Pt(5, 5), image.Pt(1, 9)}.Empty())
	fmt.Println(image.Rect(1, 1, 1, 5).Eq(image.Rect(3, 3, 2, 2)), r.Eq(r), r.Eq(s))
	for _, pt := range []image.Point{{0, 5}, {10, 5}, {-1, 4}, {23, 47}, {-13, -1}} {
		fmt.Println(pt, pt.In(r), pt.Mod(r), r.At(pt.X, pt.Y), r.RGBA64At(pt.X, pt.Y))
	}
	fmt.Println(r.Bounds(), r.ColorModel() == color.Alpha16Model)

	fmt.Println("== pixel images")
	b := image.Rect(-1, -2, 3, 1)
	imgs := []interface {
		image.Image
		Set(x, y int, c color.Color)
		SetRGBA64(x, y int, c color.RGBA64)
		RGBA64At(x, y int) color.RGBA64
		Opaque() bool
		SubImage(image.Rectangle) image.Image
	}{
		image.NewRGBA(b), image.NewRGBA64(b), image.NewNRGBA(b), image.NewNRGBA64(b),
		image.NewAlpha(b), image.NewAlpha16(b), image.NewGray(b), image.NewGray16(b), image.NewCMYK(b),
		image.NewPaletted(b, color.Palette{color.Black, color.White, color.RGBA{200, 0, 0, 255}, color.NRGBA{0, 0, 255, 100}}),
	}
	cols := []color.Color{color.RGBA{10, 20, 30, 40}, color.NRGBA{200, 100, 50, 128}, color.Gray16{12345}, color.CMYK{1, 2, 3, 4}, color.YCbCr{50, 60, 70}, color.Alpha{0}}
	for _, m := range imgs {
		fmt.Printf("%T %v opaque=%v\n", m, m.Bounds(), m.Opaque())
		k := 0
		for y := b.Min.Y; y < b.Max.Y; y++ {
			for x := b.Min.X; x < b.Max.X; x++ {
				if k%3 == 0 {
					m.SetRGBA64(x, y, color.RGBA64{uint16(k * 4000), uint16(k * 1000), uint16(k * 300), uint16(k*4000 + 3000)})
				} else {
					m.Set(x, y, cols[k%len(cols)])
				}
				k++
			}
		}
		m.Set(100, 100, color.White)
		for y := b.Min.Y - 1; y <= b.Max.Y; y++ {
			var row []string
			for x := b.Min.X; x < b.Max.X; x += 2 {
				row = append(row, fmt.Sprint(m.At(x, y), m.RGBA64At(x, y)))
			}
			fmt.Println(" ", strings.Join(row, " "))
		}
		sub := m.SubImage(image.Rect(0, -1, 9, 9))
		fmt.Println("  sub", sub.Bounds(), sub.At(1, 0), sub.At(-1, -1), m.Opaque())
		empty := m.SubImage(image.Rect(50, 50, 60, 60))
		fmt.Printf("  empty %v %T\n", empty.Bounds(), empty.ColorModel())
	}
	rgba := image.NewRGBA(image.Rect(2, 3, 6, 5))
	fmt.Println(len(rgba.Pix), rgba.Stride, rgba.PixOffset(3, 4), rgba.Opaque())
	for i := range rgba.Pix {
		rgba.Pix[i] = 0xff
	}
	fmt.Println(rgba.Opaque(), rgba.RGBAAt(2, 3), rgba.RGBAAt(0, 0))
	rgba.SetRGBA(5, 4, color.RGBA{1, 2, 3, 4})
	fmt.Println(rgba.Opaque(), rgba.Pix[len(rgba.Pix)-4:], rgba.SubImage(image.Rect(3, 3, 5, 5)).(*image.RGBA).Opaque())
	g := image.NewGray16(image.Rect(0, 0, 2, 2))
	g.SetGray16(1, 1, color.Gray16{0x1234})
	fmt.Println(g.Pix, g.Gray16At(1, 1), g.Opaque())
	pal := image.NewPaletted(image.Rect(0, 0, 2, 2), color.Palette{color.Gray{0}, color.Gray{255}})
	pal.SetColorIndex(1, 0, 1)
	pal.Set(0, 1, color.Gray{200})
	fmt.Println(pal.Pix, pal.ColorIndexAt(1, 0), pal.ColorIndexAt(9, 9), pal.At(9, 9), pal.Opaque())
	fmt.Println(image.NewPaletted(image.Rect(0, 0, 1, 1), nil).At(0, 0))

	fmt.Println("== YCbCr")
	for ratio := image.YCbCrSubsampleRatio444; ratio <= image.YCbCrSubsampleRatio410+1; ratio++ {
		m := image.NewYCbCr(image.Rect(-3, -1, 6, 4), ratio)
		fmt.Println(ratio, len(m.Y), len(m.Cb), len(m.Cr), cap(m.Y), m.YStride, m.CStride, m.YOffset(2, 3), m.COffset(2, 3), m.COffset(-3, -1), m.COffset(5, 0))
		for i := range m.Y {
			m.Y[i] = uint8(i * 7)
		}
		for i := range m.Cb {
			m.Cb[i], m.Cr[i] = uint8(i*13), uint8(255-i*5)
		}
		sub := m.SubImage(image.Rect(1, 1, 5, 3)).(*image.YCbCr)
		fmt.Println("  ", m.At(2, 3), m.YCbCrAt(-3, -1), m.RGBA64At(0, 0), sub.Bounds(), sub.At(2, 2), sub.COffset(2, 2), m.Opaque())
	}
	na := image.NewNYCbCrA(image.Rect(0, 0, 4, 2), image.YCbCrSubsampleRatio420)
	fmt.Println(len(na.Y), len(na.Cb), len(na.A), na.AStride, na.AOffset(3, 1), na.Opaque())
	for i := range na.A {
		na.A[i] = 0xff
	}
	na.Y[5], na.Cb[1], na.A[6] = 99, 40, 7
	fmt.Println(na.Opaque(), na.At(1, 1), na.NYCbCrAAt(2, 1), na.RGBA64At(2, 1), na.SubImage(image.Rect(2, 0, 4, 2)).At(2, 1))

	fmt.Println("== uniform")
	u := image.NewUniform(color.NRGBA{10, 20, 30, 128})
	fmt.Println(u.Bounds(), u.At(5, -9), u.RGBA64At(0, 0), u.Opaque(), image.Black.Opaque(), u.Convert(color.White), u.ColorModel() == u)
	fmt.Println(image.White.C, image.Transparent.C, image.Opaque.C)
	fmt.Println(u.RGBA())

	fmt.Println("== formats")
	_, _, err := image.Decode(strings.NewReader("GIF89a..."))
	fmt.Println(err, err == image.ErrFormat)
	_, _, err = image.DecodeConfig(bytes.NewReader(nil))
	fmt.Println(err)
	image.RegisterFormat("toy", "TOY?v", func(r io.Reader) (image.Image, error) {
		head := make([]byte, 6)
		if _, err := io.ReadFull(r, head); err != nil {
			return nil, err
		}
		m := image.NewGray(image.Rect(0, 0, int(head[5]-'0'), 1))
		return m, nil
	}, func(r io.Reader) (image.Config, error) {
		return image.Config{}, errors.New("toy: no config")
	})
	m, name, err := image.Decode(strings.NewReader("TOY!v3rest"))
	fmt.Println(m.Bounds(), name, err)
	_, name, err = image.DecodeConfig(strings.NewReader("TOYxv3"))
	fmt.Println(name, err)
	_, name, err = image.Decode(strings.NewReader("TOY!w3"))
	fmt.Println(name, err)
	defer func() { fmt.Println("recovered:", recover()) }()
	image.NewRGBA(image.Rect(0, 0, 1<<40, 1<<40))
}
