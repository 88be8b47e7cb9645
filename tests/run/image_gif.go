package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"image"
	"image/color"
	"image/color/palette"
	"image/draw"
	"image/gif"
	"math"
)

// animGIF was written by real Go's gif.EncodeAll (three 9x7 frames, a transparent color,
// delays, disposal methods, infinite loop).
var animGIF = []byte{
	0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x0c, 0x00, 0x0a, 0x00, 0x81, 0x02, 0x00, 0x00, 0x00, 0x00, 
	0xff, 0x00, 0x00, 0x00, 0xff, 0x00, 0x00, 0x00, 0xff, 0x21, 0xff, 0x0b, 0x4e, 0x45, 0x54, 0x53, 
	0x43, 0x41, 0x50, 0x45, 0x32, 0x2e, 0x30, 0x03, 0x01, 0x00, 0x00, 0x00, 0x21, 0xf9, 0x04, 0x05, 
	0x05, 0x00, 0x03, 0x00, 0x2c, 0x00, 0x00, 0x00, 0x00, 0x09, 0x00, 0x07, 0x00, 0x00, 0x02, 0x12, 
	0x84, 0x83, 0xa2, 0xc3, 0x06, 0x18, 0x94, 0x60, 0xc3, 0x41, 0x49, 0x6d, 0x5a, 0xed, 0xec, 0xd9, 
	0x01, 0x05, 0x00, 0x21, 0xf9, 0x04, 0x09, 0x0a, 0x00, 0x03, 0x00, 0x2c, 0x01, 0x00, 0x01, 0x00, 
	0x09, 0x00, 0x07, 0x00, 0x00, 0x02, 0x12, 0x8c, 0x85, 0xa3, 0xc0, 0x16, 0x28, 0xd4, 0x60, 0xc0, 
	0x41, 0x49, 0x6d, 0x5a, 0xed, 0xec, 0xd9, 0x05, 0x05, 0x00, 0x21, 0xf9, 0x04, 0x0d, 0x0f, 0x00, 
	0x03, 0x00, 0x2c, 0x02, 0x00, 0x02, 0x00, 0x09, 0x00, 0x07, 0x00, 0x00, 0x02, 0x12, 0x94, 0x87, 
	0xa0, 0xc1, 0x26, 0x38, 0x14, 0x60, 0xc1, 0x41, 0x49, 0x6d, 0x5a, 0xed, 0xec, 0xd9, 0x09, 0x05, 
	0x00, 0x3b, 
}

func describe(m *image.Paletted) string {
	h := sha256.Sum256(m.Pix)
	return fmt.Sprintf("%v stride %d palette %d pix %x", m.Rect, m.Stride, len(m.Palette), h[:8])
}

func main() {
	g, err := gif.DecodeAll(bytes.NewReader(animGIF))
	fmt.Println("DecodeAll:", err, len(g.Image), g.Delay, g.Disposal, g.LoopCount, g.BackgroundIndex, g.Config.Width, g.Config.Height)
	for _, m := range g.Image {
		fmt.Println(describe(m), m.Palette[3], m.At(m.Rect.Min.X+1, m.Rect.Min.Y))
	}
	first, err := gif.Decode(bytes.NewReader(animGIF))
	fmt.Println("Decode:", err, first.Bounds())
	cfg, err := gif.DecodeConfig(bytes.NewReader(animGIF))
	fmt.Println("DecodeConfig:", err, cfg.Width, cfg.Height, len(cfg.ColorModel.(color.Palette)))
	// image.Decode recognizes the format by its signature.
	m, format, err := image.Decode(bytes.NewReader(animGIF))
	fmt.Println("image.Decode:", format, err, m.Bounds())

	// Re-encoding the decoded animation gives back Go's bytes.
	var out bytes.Buffer
	fmt.Println("EncodeAll:", gif.EncodeAll(&out, g), bytes.Equal(out.Bytes(), animGIF))

	// A true-color image is quantized (Plan 9 palette, Floyd-Steinberg by default); the
	// encoded bytes are Go's, shown by their hash.
	rgba := image.NewRGBA(image.Rect(0, 0, 32, 24))
	for y := 0; y < 24; y++ {
		for x := 0; x < 32; x++ {
			rgba.Set(x, y, color.RGBA{uint8(x * 8), uint8(y * 10), uint8(128 + 100*math.Sin(float64(x+y)/5)), 255})
		}
	}
	for _, o := range []*gif.Options{nil, {NumColors: 16}, {NumColors: 64, Drawer: draw.Src}} {
		out.Reset()
		err := gif.Encode(&out, rgba, o)
		fmt.Printf("Encode: %v %d bytes sha256 %x\n", err, out.Len(), sha256.Sum256(out.Bytes()))
		back, err := gif.Decode(bytes.NewReader(out.Bytes()))
		fmt.Println("  decoded:", err, back.Bounds(), back.At(5, 5), back.At(31, 23))
	}
	// A paletted sub-image, and a Web-safe palette as the global color table.
	p := image.NewPaletted(image.Rect(0, 0, 20, 10), palette.WebSafe)
	for i := range p.Pix {
		p.Pix[i] = byte(i * 7 % 216)
	}
	out.Reset()
	fmt.Println(gif.Encode(&out, p.SubImage(image.Rect(3, 2, 15, 9)), nil))
	fmt.Printf("sub-image: %d bytes sha256 %x\n", out.Len(), sha256.Sum256(out.Bytes()))

	// Errors.
	fmt.Println(gif.EncodeAll(&out, &gif.GIF{}))
	fmt.Println(gif.EncodeAll(&out, &gif.GIF{Image: []*image.Paletted{p}}))
	fmt.Println(gif.EncodeAll(&out, &gif.GIF{Image: []*image.Paletted{p}, Delay: []int{0}, Config: image.Config{ColorModel: color.Palette(palette.WebSafe), Width: 5, Height: 5}}))
	for _, bad := range [][]byte{nil, []byte("GIF88a"), animGIF[:40], animGIF[:len(animGIF)-1], append(append([]byte{}, animGIF[:13]...), 0x99)} {
		_, err := gif.DecodeAll(bytes.NewReader(bad))
		fmt.Println(err)
	}
}
