package main

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"io"
	"strings"
)

// PNGs written by Go's image/png: a 6x4 NRGBA with transparency, a Gray16, a 4-color
// Paletted with transparent entries, an opaque RGBA.
var goPNGs = []string{
	"89504e470d0a1a0a0000000d4948445200000006000000040806000000ad044e430000002d49444154789c62616060f8afc1c0c0808e59186c18181818b8bea36324099177c8184d42ee290c03020000ffffcb6f11a657897a270000000049454e44ae426082",
	"89504e470d0a1a0a0000000d4948445200000006000000041000000000d8ffcddc0000001d49444154789c6261605017804116065f060118c4e4304221200000ffff58df02ffec6c46260000000049454e44ae426082",
	"89504e470d0a1a0a0000000d4948445200000006000000040203000000d06aa6d00000000c504c5445ff000000ff004d4d4d0000005f6045bf0000000474524e53ff80ff001f8786990000001949444154789c62901660c84960d8b881e1d80140000000ffff105603df3dee5a1d0000000049454e44ae426082",
	"89504e470d0a1a0a0000000d49484452000000060000000408020000002266d9140000001d49444154789c626160e0d4606040462c0c360c6880382140000000ffff52b501967e2d24b40000000049454e44ae426082",
}

type lcg uint32

func (x *lcg) next() uint32 {
	*x = *x*1664525 + 1013904223
	return uint32(*x >> 8)
}

func chunk(typ string, data []byte) []byte {
	var b []byte
	b = binary.BigEndian.AppendUint32(b, uint32(len(data)))
	b = append(b, typ...)
	b = append(b, data...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(append([]byte(typ), data...)))
}

func ihdr(w, h uint32, depth, ct, comp, filt, il byte) []byte {
	var b []byte
	b = binary.BigEndian.AppendUint32(b, w)
	b = binary.BigEndian.AppendUint32(b, h)
	return chunk("IHDR", append(b, depth, ct, comp, filt, il))
}

const sig = "\x89PNG\r\n\x1a\n"

func zlibBytes(raw []byte) []byte {
	var b bytes.Buffer
	w := zlib.NewWriter(&b)
	w.Write(raw)
	w.Close()
	return b.Bytes()
}

// digest hashes every pixel's RGBA over the bounds (and one pixel outside).
func digest(m image.Image) string {
	h := crc32.NewIEEE()
	b := m.Bounds()
	for y := b.Min.Y; y <= b.Max.Y; y++ {
		for x := b.Min.X - 1; x < b.Max.X; x++ {
			r, g, bb, a := m.At(x, y).RGBA()
			binary.Write(h, binary.BigEndian, [4]uint32{r, g, bb, a})
		}
	}
	return fmt.Sprintf("%08x", h.Sum32())
}

func samePixels(a, b image.Image) bool {
	if a.Bounds().Size() != b.Bounds().Size() {
		return false
	}
	ab, bb := a.Bounds(), b.Bounds()
	for y := 0; y < ab.Dy(); y++ {
		for x := 0; x < ab.Dx(); x++ {
			r1, g1, b1, a1 := a.At(ab.Min.X+x, ab.Min.Y+y).RGBA()
			r2, g2, b2, a2 := b.At(bb.Min.X+x, bb.Min.Y+y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				return false
			}
		}
	}
	return true
}

func chunkTypes(b []byte) string {
	var names []string
	for p := 8; p+8 <= len(b); {
		n := int(binary.BigEndian.Uint32(b[p:]))
		names = append(names, string(b[p+4:p+8]))
		p += 12 + n
	}
	return strings.Join(names, " ")
}

func try(name string, b []byte) {
	m, err := png.Decode(bytes.NewReader(b))
	c, err2 := png.DecodeConfig(bytes.NewReader(b))
	fmt.Printf("%s: %v %T | %v %T %dx%d\n", name, err, m, err2, c.ColorModel, c.Width, c.Height)
}

func main() {
	x := lcg(7)
	fmt.Println("== every color type, depth and interlacing")
	combos := [][2]int{{0, 1}, {0, 2}, {0, 4}, {0, 8}, {0, 16}, {2, 8}, {2, 16}, {3, 1}, {3, 2}, {3, 4}, {3, 8}, {4, 8}, {4, 16}, {6, 8}, {6, 16}}
	chans := map[int]int{0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
	adam7 := [7][4]int{{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}}
	for _, cd := range combos {
		ct, depth := cd[0], cd[1]
		for _, trns := range []bool{false, true} {
			if trns && (ct == 4 || ct == 6) {
				continue
			}
			for il := 0; il < 2; il++ {
				w, h := 11, 9
				bits := depth * chans[ct]
				var raw []byte
				passes := [][4]int{{0, 0, 1, 1}}
				if il == 1 {
					passes = adam7[:]
				}
				for _, p := range passes {
					pw, ph := (w-p[0]+p[2]-1)/p[2], (h-p[1]+p[3]-1)/p[3]
					if pw == 0 || ph == 0 {
						continue
					}
					for j := 0; j < ph; j++ {
						raw = append(raw, byte(x.next()%5))
						for k := 0; k < (pw*bits+7)/8; k++ {
							v := byte(x.next())
							if ct == 3 && depth == 8 {
								v %= 12 // some indices past the palette
							}
							raw = append(raw, v)
						}
					}
				}
				f := append([]byte(sig), ihdr(uint32(w), uint32(h), byte(depth), byte(ct), 0, 0, byte(il))...)
				if ct == 3 {
					n := 1 << depth
					if n > 10 {
						n = 10
					}
					var pl []byte
					for i := 0; i < 3*n; i++ {
						pl = append(pl, byte(x.next()))
					}
					f = append(f, chunk("PLTE", pl)...)
				}
				if trns {
					switch ct {
					case 0:
						f = append(f, chunk("tRNS", []byte{0, raw[1] & (1<<min(depth, 8) - 1)})...)
						if depth == 16 {
							f = append(f[:len(f)-14], chunk("tRNS", raw[1:3])...)
						}
					case 2:
						f = append(f, chunk("tRNS", raw[1:7])...)
					case 3:
						f = append(f, chunk("tRNS", []byte{0, 128})...)
					}
				}
				f = append(f, chunk("tEXt", []byte("Comment\x00made by hand"))...)
				z := zlibBytes(raw)
				f = append(f, chunk("IDAT", z[:len(z)/2])...)
				f = append(f, chunk("IDAT", z[len(z)/2:])...)
				f = append(f, chunk("IEND", nil)...)
				m, err := png.Decode(bytes.NewReader(f))
				c, err2 := png.DecodeConfig(bytes.NewReader(f))
				fmt.Printf("ct=%d depth=%d trns=%v il=%d: %T %v %s %v | %T %dx%d %v", ct, depth, trns, il, m, m.Bounds(), digest(m), err, c.ColorModel, c.Width, c.Height, err2)
				if p, ok := m.(*image.Paletted); ok {
					fmt.Printf(" palette %d %v", len(p.Palette), p.Palette[:2])
				}
				fmt.Println()
			}
		}
	}

	fmt.Println("== PNGs written by Go")
	for _, s := range goPNGs {
		b, _ := hex.DecodeString(s)
		m, name, err := image.Decode(bytes.NewReader(b))
		fmt.Printf("%s %v %T %v %s\n", name, err, m, m.Bounds(), digest(m))
		var out bytes.Buffer
		fmt.Println("  re-encoded:", png.Encode(&out, m), chunkTypes(out.Bytes()), out.Bytes()[24:26])
		m2, err := png.Decode(&out)
		fmt.Printf("  %T %v %v\n", m2, err, samePixels(m, m2))
	}

	fmt.Println("== encoding round trips")
	r := image.Rect(-2, 3, 17, 12)
	pal := func(n int, alpha bool) color.Palette {
		var p color.Palette
		for i := 0; i < n; i++ {
			if alpha && i%3 == 1 {
				p = append(p, color.NRGBA{uint8(i * 7), uint8(i * 3), uint8(255 - i), uint8(i * 50)})
			} else {
				p = append(p, color.RGBA{uint8(i * 7), uint8(i * 3), uint8(255 - i), 255})
			}
		}
		return p
	}
	imgs := []image.Image{image.NewRGBA(r), image.NewNRGBA(r), image.NewRGBA64(r), image.NewNRGBA64(r), image.NewGray(r),
		image.NewGray16(r), image.NewAlpha(r), image.NewAlpha16(r), image.NewCMYK(r), image.NewYCbCr(r, image.YCbCrSubsampleRatio420),
		image.NewPaletted(r, pal(2, false)), image.NewPaletted(r, pal(4, true)), image.NewPaletted(r, pal(16, false)), image.NewPaletted(r, pal(200, true))}
	opaque := image.NewRGBA(r)
	imgs = append(imgs, opaque, image.Rect(0, 0, 3, 2))
	for i, m := range imgs {
		switch m := m.(type) {
		case *image.YCbCr:
			for k := range m.Y {
				m.Y[k] = byte(x.next())
			}
			for k := range m.Cb {
				m.Cb[k], m.Cr[k] = byte(x.next()), byte(x.next())
			}
		case *image.Paletted:
			for k := range m.Pix {
				m.Pix[k] = byte(x.next() % uint32(len(m.Palette)))
			}
		case interface{ Set(int, int, color.Color) }:
			b := m.(image.Image).Bounds()
			for y := b.Min.Y; y < b.Max.Y; y++ {
				for xx := b.Min.X; xx < b.Max.X; xx++ {
					a := uint16(x.next())
					if i == len(imgs)-2 {
						a = 0xffff
					}
					v := func() uint16 { return uint16(x.next() % (uint32(a) + 1)) }
					m.Set(xx, y, color.RGBA64{v(), v(), v(), a})
				}
			}
		}
		for _, lvl := range []png.CompressionLevel{png.DefaultCompression, png.NoCompression, png.BestSpeed, png.BestCompression} {
			var b bytes.Buffer
			enc := png.Encoder{CompressionLevel: lvl}
			err := enc.Encode(&b, m)
			d, err2 := png.Decode(bytes.NewReader(b.Bytes()))
			fmt.Printf("%T %d: %v %v depth=%d ct=%d %s | %T %v %v\n", m, lvl, err, b.Len() > 0, b.Bytes()[24], b.Bytes()[25], chunkTypes(b.Bytes()), d, err2, samePixels(m, d))
		}
	}
	big := image.NewGray(image.Rect(0, 0, 300, 200))
	for i := range big.Pix {
		big.Pix[i] = byte(i/300 + i%300/3)
	}
	var pool bufPool
	enc := png.Encoder{BufferPool: &pool}
	for k := 0; k < 2; k++ {
		var b bytes.Buffer
		err := enc.Encode(&b, big)
		d, err2 := png.Decode(&b)
		fmt.Println(err, err2, samePixels(big, d), pool.gets, pool.puts)
	}
	bad := image.NewPaletted(image.Rect(0, 0, 1, 1), pal(257, false))
	fmt.Println(png.Encode(io.Discard, bad))
	fmt.Println(png.Encode(io.Discard, image.NewGray(image.Rect(0, 0, 0, 5))))
	fmt.Println(png.Encode(io.Discard, image.NewGray(image.Rect(0, 0, 5, -5))))

	fmt.Println("== errors")
	try("empty", nil)
	try("badsig", []byte("\x89PNG\r\n\x1a\x0b"))
	try("sigonly", []byte(sig))
	try("idatfirst", append([]byte(sig), chunk("IDAT", nil)...))
	try("badcrc", append([]byte(sig), append(ihdr(1, 1, 8, 0, 0, 0, 0)[:20], 0, 0, 0, 0, 0)...))
	try("depth3", append([]byte(sig), ihdr(1, 1, 3, 0, 0, 0, 0)...))
	try("ct5", append([]byte(sig), ihdr(1, 1, 8, 5, 0, 0, 0)...))
	try("ct2d4", append([]byte(sig), ihdr(1, 1, 4, 2, 0, 0, 0)...))
	try("comp1", append([]byte(sig), ihdr(1, 1, 8, 0, 1, 0, 0)...))
	try("filt1", append([]byte(sig), ihdr(1, 1, 8, 0, 0, 1, 0)...))
	try("il2", append([]byte(sig), ihdr(1, 1, 8, 0, 0, 0, 2)...))
	try("w0", append([]byte(sig), ihdr(0, 1, 8, 0, 0, 0, 0)...))
	try("hbig", append([]byte(sig), ihdr(1, 1<<31, 8, 0, 0, 0, 0)...))
	try("ihdrlen", append([]byte(sig), chunk("IHDR", []byte{0, 0, 0, 1})...))
	try("ihdronly", append([]byte(sig), ihdr(1, 1, 8, 0, 0, 0, 0)...))
	try("pnoplte", append(append([]byte(sig), ihdr(1, 1, 8, 3, 0, 0, 0)...), chunk("IDAT", nil)...))
	try("plte-gray", append(append([]byte(sig), ihdr(1, 1, 8, 0, 0, 0, 0)...), chunk("PLTE", []byte{1, 2, 3})...))
	try("plte-bad", append(append([]byte(sig), ihdr(1, 1, 8, 3, 0, 0, 0)...), chunk("PLTE", []byte{1, 2})...))
	try("trns-bad", append(append([]byte(sig), ihdr(1, 1, 8, 0, 0, 0, 0)...), chunk("tRNS", []byte{1, 2, 3})...))
	try("trns-ga", append(append([]byte(sig), ihdr(1, 1, 8, 4, 0, 0, 0)...), chunk("tRNS", []byte{1, 2})...))
	g1 := append([]byte(sig), ihdr(1, 1, 8, 0, 0, 0, 0)...)
	end := chunk("IEND", nil)
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	try("idat-empty", cat(g1, chunk("IDAT", nil), end))
	try("idat-notzlib", cat(g1, chunk("IDAT", []byte{1, 2, 3}), end))
	try("badfilter", cat(g1, chunk("IDAT", []byte{0x78, 0x01, 0x01, 0x02, 0x00, 0xfd, 0xff, 5, 7}), end))
	try("extra", cat(g1, chunk("IDAT", zlibBytes([]byte{0, 7, 8})), end))
	sum := zlibBytes([]byte{0, 7})
	sum[len(sum)-1] ^= 1
	try("badsum", cat(g1, chunk("IDAT", sum), end))
	try("noiend", cat(g1, chunk("IDAT", zlibBytes([]byte{0, 7}))))
	try("idat2", cat(g1, chunk("IDAT", zlibBytes([]byte{0, 7})), chunk("IDAT", nil), end))
	try("idat-after", cat(g1, chunk("IDAT", zlibBytes([]byte{0, 7})), chunk("tEXt", []byte("a\x00b")), chunk("IDAT", nil), end))
	try("iend-data", cat(g1, chunk("IDAT", zlibBytes([]byte{0, 7})), chunk("IEND", []byte{1})))
	try("after-iend", cat(g1, chunk("IDAT", zlibBytes([]byte{0, 7})), end, []byte{1, 2, 3}))
	try("short-rows", cat(append([]byte(sig), ihdr(3, 3, 8, 2, 0, 0, 0)...), chunk("IDAT", zlibBytes(make([]byte, 20))), end))
	p1 := cat(append([]byte(sig), ihdr(2, 1, 1, 3, 0, 0, 0)...), chunk("PLTE", []byte{1, 2, 3, 4, 5, 6, 7, 8, 9}))
	try("plte-toolong", cat(p1, chunk("IDAT", zlibBytes([]byte{0, 0})), end))
	fmt.Println(png.FormatError("x"), png.UnsupportedError("y"))
}

type bufPool struct {
	b          *png.EncoderBuffer
	gets, puts int
}

func (p *bufPool) Get() *png.EncoderBuffer  { p.gets++; return p.b }
func (p *bufPool) Put(b *png.EncoderBuffer) { p.puts++; p.b = b }
