// Compares mg/image/gif with the real image/gif: encoded bytes (paletted frames,
// animations, quantized true-color images), decoding of Go's files and of damaged ones.
package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"io"
	"math/rand"
	"os"

	mgimage "mg/image"
	mgcolor "mg/image/color"
	mg "mg/image/gif"
	mgio "mg/io"
)

var pass, total, shown int

func check(what string, got, want any) {
	total++
	g, w := fmt.Sprintf("%v", got), fmt.Sprintf("%v", want)
	if g == w {
		pass++
		return
	}
	if shown < 20 {
		shown++
		if len(g) > 400 {
			g = g[:400] + "..."
		}
		if len(w) > 400 {
			w = w[:400] + "..."
		}
		fmt.Printf("FAIL %s:\n   got %s\n  want %s\n", what, g, w)
	}
}

// mgSource feeds mg's decoder: under realgo the package's io.EOF is mg/io's.
type mgSource struct{ r *bytes.Reader }

func (s mgSource) ReadByte() (byte, error) {
	b, err := s.r.ReadByte()
	if err == io.EOF {
		err = mgio.EOF
	}
	return b, err
}

func (s mgSource) Read(p []byte) (int, error) {
	n, err := s.r.Read(p)
	if err == io.EOF {
		err = mgio.EOF
	}
	return n, err
}

type spec struct {
	rect  image.Rectangle
	pal   [][4]uint8
	pix   []byte
}

func randomSpec(rng *rand.Rand, maxW, maxH int, ncolors int) spec {
	x0, y0 := rng.Intn(3), rng.Intn(3)
	r := image.Rect(x0, y0, x0+1+rng.Intn(maxW), y0+1+rng.Intn(maxH))
	s := spec{rect: r}
	for i := 0; i < ncolors; i++ {
		a := uint8(255)
		if rng.Intn(10) == 0 {
			a = 0
		}
		s.pal = append(s.pal, [4]uint8{uint8(rng.Intn(256)), uint8(rng.Intn(256)), uint8(rng.Intn(256)), a})
	}
	s.pix = make([]byte, r.Dx()*r.Dy())
	for i := range s.pix {
		if i > 0 && rng.Intn(3) > 0 {
			s.pix[i] = s.pix[i-1]
		} else {
			s.pix[i] = byte(rng.Intn(ncolors))
		}
	}
	return s
}

func (s spec) real() *image.Paletted {
	var pal color.Palette
	for _, c := range s.pal {
		if c[3] == 0 {
			pal = append(pal, color.RGBA{0, 0, 0, 0})
		} else {
			pal = append(pal, color.RGBA{c[0], c[1], c[2], c[3]})
		}
	}
	m := image.NewPaletted(s.rect, pal)
	copy(m.Pix, s.pix)
	return m
}

func (s spec) mine() *mgimage.Paletted {
	var pal mgcolor.Palette
	for _, c := range s.pal {
		if c[3] == 0 {
			pal = append(pal, mgcolor.RGBA{0, 0, 0, 0})
		} else {
			pal = append(pal, mgcolor.RGBA{c[0], c[1], c[2], c[3]})
		}
	}
	m := mgimage.NewPaletted(mgimage.Rect(s.rect.Min.X, s.rect.Min.Y, s.rect.Max.X, s.rect.Max.Y), pal)
	copy(m.Pix, s.pix)
	return m
}

func describeReal(m *image.Paletted) string {
	var b bytes.Buffer
	fmt.Fprint(&b, m.Rect, m.Stride, " ")
	for _, c := range m.Palette {
		r, g, bl, a := c.RGBA()
		fmt.Fprint(&b, r>>8, g>>8, bl>>8, a>>8, ",")
	}
	fmt.Fprintf(&b, " %x", m.Pix)
	return b.String()
}

func describeMine(m *mgimage.Paletted) string {
	var b bytes.Buffer
	fmt.Fprintf(&b, "(%d,%d)-(%d,%d) %d ", m.Rect.Min.X, m.Rect.Min.Y, m.Rect.Max.X, m.Rect.Max.Y, m.Stride)
	for _, c := range m.Palette {
		r, g, bl, a := c.RGBA()
		fmt.Fprint(&b, r>>8, g>>8, bl>>8, a>>8, ",")
	}
	fmt.Fprintf(&b, " %x", m.Pix)
	return b.String()
}

func decodeReal(data []byte) string {
	g, err := gif.DecodeAll(bytes.NewReader(data))
	if err != nil {
		return "error " + err.Error()
	}
	out := fmt.Sprint(len(g.Image), g.Delay, g.Disposal, g.LoopCount, g.BackgroundIndex, g.Config.Width, g.Config.Height, g.Config.ColorModel != nil, "\n")
	for _, m := range g.Image {
		out += describeReal(m) + "\n"
	}
	return out
}

func decodeMine(data []byte) string {
	g, err := mg.DecodeAll(mgSource{bytes.NewReader(data)})
	if err != nil {
		return "error " + err.Error()
	}
	out := fmt.Sprint(len(g.Image), g.Delay, g.Disposal, g.LoopCount, g.BackgroundIndex, g.Config.Width, g.Config.Height, g.Config.ColorModel != nil, "\n")
	for _, m := range g.Image {
		out += describeMine(m) + "\n"
	}
	return out
}

func firstReal(data []byte) string {
	m, err := gif.Decode(bytes.NewReader(data))
	c, cerr := gif.DecodeConfig(bytes.NewReader(data))
	s := fmt.Sprint(c.Width, c.Height, c.ColorModel != nil, cerr, " ")
	if err != nil {
		return s + "error " + err.Error()
	}
	return s + describeReal(m.(*image.Paletted))
}

func firstMine(data []byte) string {
	m, err := mg.Decode(mgSource{bytes.NewReader(data)})
	c, cerr := mg.DecodeConfig(mgSource{bytes.NewReader(data)})
	s := fmt.Sprint(c.Width, c.Height, c.ColorModel != nil, cerr, " ")
	if err != nil {
		return s + "error " + err.Error()
	}
	return s + describeMine(m.(*mgimage.Paletted))
}

// interlaced returns a copy of a well-formed GIF with every frame marked interlaced.
func interlaced(f []byte) []byte {
	f = append([]byte(nil), f...)
	i := 13
	if f[10]&0x80 != 0 {
		i += 3 * (2 << (f[10] & 7))
	}
	skip := func() {
		for f[i] != 0 {
			i += int(f[i]) + 1
		}
		i++
	}
	for i < len(f) && f[i] != 0x3b {
		switch f[i] {
		case 0x21:
			i += 2
			skip()
		case 0x2c:
			flags := &f[i+9]
			*flags |= 0x40
			i += 10
			if *flags&0x80 != 0 {
				i += 3 * (2 << (*flags & 7))
			}
			i++ // literal width
			skip()
		default:
			return f
		}
	}
	return f
}

func main() {
	rng := rand.New(rand.NewSource(7))
	var files [][]byte
	for i := 0; i < 150; i++ {
		ncolors := 1 + rng.Intn(256)
		if i%3 == 0 {
			ncolors = 1 + rng.Intn(8)
		}
		nframes := 1 + rng.Intn(3)
		var specs []spec
		for f := 0; f < nframes; f++ {
			specs = append(specs, randomSpec(rng, 1+rng.Intn(90), 1+rng.Intn(40), ncolors))
		}
		delays := make([]int, nframes)
		disposal := make([]byte, nframes)
		for f := range delays {
			delays[f] = rng.Intn(3) * 7
			disposal[f] = byte(rng.Intn(4))
		}
		loop := rng.Intn(4) - 1
		W, H := 100, 50
		useGlobal := rng.Intn(2) == 0
		var rb, mb bytes.Buffer
		var rerr, merr error
		if nframes == 1 && rng.Intn(2) == 0 {
			rerr = gif.Encode(&rb, specs[0].real(), nil)
			merr = mg.Encode(&mb, specs[0].mine(), nil)
		} else {
			rg := &gif.GIF{LoopCount: loop, Delay: delays, BackgroundIndex: byte(rng.Intn(3))}
			mgg := &mg.GIF{LoopCount: loop, Delay: delays, BackgroundIndex: rg.BackgroundIndex}
			if rng.Intn(2) == 0 {
				rg.Disposal, mgg.Disposal = disposal, disposal
			}
			if useGlobal {
				rg.Config = image.Config{ColorModel: specs[0].real().Palette, Width: W, Height: H}
				mgg.Config = mgimage.Config{ColorModel: specs[0].mine().Palette, Width: W, Height: H}
			}
			for _, s := range specs {
				rg.Image = append(rg.Image, s.real())
				mgg.Image = append(mgg.Image, s.mine())
			}
			rerr = gif.EncodeAll(&rb, rg)
			merr = mg.EncodeAll(&mb, mgg)
		}
		check(fmt.Sprint("encode error ", i), merr, rerr)
		if rerr == nil {
			check(fmt.Sprint("encode bytes ", i), fmt.Sprintf("%x", mb.Bytes()), fmt.Sprintf("%x", rb.Bytes()))
			files = append(files, rb.Bytes())
		}
	}
	// True-color images are quantized to Plan 9's palette with Floyd–Steinberg.
	for i := 0; i < 12; i++ {
		w, h := 1+rng.Intn(40), 1+rng.Intn(30)
		rm := image.NewRGBA(image.Rect(0, 0, w, h))
		mm := mgimage.NewRGBA(mgimage.Rect(0, 0, w, h))
		for k := range rm.Pix {
			v := byte(rng.Intn(256))
			if k%4 == 3 {
				v = 255
			}
			rm.Pix[k], mm.Pix[k] = v, v
		}
		n := []int{0, 16, 2, 256, 100}[i%5]
		var rb, mb bytes.Buffer
		rerr := gif.Encode(&rb, rm, &gif.Options{NumColors: n})
		merr := mg.Encode(&mb, mm, &mg.Options{NumColors: n})
		check(fmt.Sprint("quantized ", i), fmt.Sprintf("%v %x", merr, mb.Bytes()), fmt.Sprintf("%v %x", rerr, rb.Bytes()))
	}
	for i, f := range files {
		check(fmt.Sprint("decode ", i), decodeMine(f), decodeReal(f))
		check(fmt.Sprint("decode first ", i), firstMine(f), firstReal(f))
		// Decoded animations re-encode to the same bytes (transparent entries, the
		// global table standing for frame palettes).
		if rg, err := gif.DecodeAll(bytes.NewReader(f)); err == nil {
			mgg, merr := mg.DecodeAll(mgSource{bytes.NewReader(f)})
			var rb, mb bytes.Buffer
			rerr := gif.EncodeAll(&rb, rg)
			if merr == nil {
				merr = mg.EncodeAll(&mb, mgg)
			}
			check(fmt.Sprint("re-encode ", i), fmt.Sprintf("%v %x", merr, mb.Bytes()), fmt.Sprintf("%v %x", rerr, rb.Bytes()))
			// frames with a shorter palette than the global table
			if len(rg.Image[0].Palette) > 2 && rg.Config.ColorModel != nil {
				rg.Image[0].Palette = rg.Image[0].Palette[:2]
				mgg.Image[0].Palette = mgg.Image[0].Palette[:2]
				for k := range rg.Image[0].Pix {
					rg.Image[0].Pix[k] &= 1
					mgg.Image[0].Pix[k] &= 1
				}
				rb.Reset()
				mb.Reset()
				rerr, merr = gif.EncodeAll(&rb, rg), mg.EncodeAll(&mb, mgg)
				check(fmt.Sprint("short palette ", i), fmt.Sprintf("%v %x", merr, mb.Bytes()), fmt.Sprintf("%v %x", rerr, rb.Bytes()))
			}
		}
		il := interlaced(f)
		check(fmt.Sprint("interlaced ", i), decodeMine(il), decodeReal(il))
		if i%2 == 0 {
			for k := 0; k < 10; k++ {
				cut := f[:rng.Intn(len(f))]
				check(fmt.Sprint("truncated ", i, len(cut)), decodeMine(cut), decodeReal(cut))
				bad := append([]byte(nil), f...)
				bad[rng.Intn(len(bad))] ^= byte(1 << uint(rng.Intn(8)))
				if os.Getenv("GIFDEBUG") != "" && decodeMine(bad) != decodeReal(bad) {
					fmt.Printf("BAD %x\n", bad)
				}
				check(fmt.Sprint("damaged ", i), decodeMine(bad), decodeReal(bad))
				check(fmt.Sprint("damaged first ", i), firstMine(bad), firstReal(bad))
			}
		}
	}
	fmt.Printf("PASS %d/%d\n", pass, total)
}
