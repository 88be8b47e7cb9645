package color

// The JFIF conversions between RGB and Y'CbCr (full range, 128-centred chroma), in
// fixed point with 16 fractional bits:
//
//	R = Y + 1.40200 Cr'            Y  =  0.2990 R + 0.5870 G + 0.1140 B
//	G = Y - 0.34414 Cb' - 0.71414 Cr'   Cb = -0.1687 R - 0.3313 G + 0.5000 B + 128
//	B = Y + 1.77200 Cb'            Cr =  0.5000 R - 0.4187 G - 0.0813 B + 128
//
// (Cb' = Cb - 128, Cr' = Cr - 128).

// clamp8 is the 16.16 value v as 0..255; values outside take the nearest bound.
func clamp8(v int32) uint8 {
	switch {
	case v < 0:
		return 0
	case v > 0xffffff:
		return 0xff
	}
	return uint8(v >> 16)
}

// clamp16 is the 8.16 value v (Y scaled by 0x10101) as 0..0xffff.
func clamp16(v int32) uint32 {
	switch {
	case v < 0:
		return 0
	case v > 0xffffff:
		return 0xffff
	}
	return uint32(v >> 8)
}

// RGBToYCbCr converts an RGB triple to Y'CbCr.
func RGBToYCbCr(r, g, b uint8) (uint8, uint8, uint8) {
	R, G, B := int32(r), int32(g), int32(b)
	y := (19595*R + 38470*G + 7471*B + 1<<15) >> 16
	cb := clamp8(-11056*R - 21712*G + 32768*B + 257<<15)
	cr := clamp8(32768*R - 27440*G - 5328*B + 257<<15)
	return uint8(y), cb, cr
}

// yuvTerms are the fixed-point red, green and blue of a Y'CbCr triple before clamping
// (Y scaled by 0x10101, so that its 16-bit value is the bits above the low 8).
func yuvTerms(y, cb, cr uint8) (int32, int32, int32) {
	Y := int32(y) * 0x10101
	u, v := int32(cb)-128, int32(cr)-128
	return Y + 91881*v, Y - 22554*u - 46802*v, Y + 116130*u
}

// YCbCrToRGB converts a Y'CbCr triple to RGB.
func YCbCrToRGB(y, cb, cr uint8) (uint8, uint8, uint8) {
	r, g, b := yuvTerms(y, cb, cr)
	return clamp8(r), clamp8(g), clamp8(b)
}

// YCbCr is an opaque color in Y'CbCr, as JPEG stores it.
type YCbCr struct{ Y, Cb, Cr uint8 }

func (c YCbCr) RGBA() (r, g, b, a uint32) {
	R, G, B := yuvTerms(c.Y, c.Cb, c.Cr)
	return clamp16(R), clamp16(G), clamp16(B), 0xffff
}

// NYCbCrA is a Y'CbCr color with a separate (not premultiplied) 8-bit alpha.
type NYCbCrA struct {
	YCbCr
	A uint8
}

func (c NYCbCrA) RGBA() (r, g, b, a uint32) {
	r, g, b, _ = c.YCbCr.RGBA()
	a = widen(c.A)
	return r * a / 0xffff, g * a / 0xffff, b * a / 0xffff, a
}

func toYCbCr(c Color) Color {
	if same, ok := c.(YCbCr); ok {
		return same
	}
	var v YCbCr
	r, g, b, _ := high4(c)
	v.Y, v.Cb, v.Cr = RGBToYCbCr(r, g, b)
	return v
}

func toNYCbCrA(c Color) Color {
	switch c := c.(type) {
	case NYCbCrA:
		return c
	case YCbCr:
		return NYCbCrA{c, 0xff}
	}
	r, g, b, a := c.RGBA()
	if a != 0 {
		r, g, b = unpremultiply(r, g, b, a)
	}
	v := NYCbCrA{A: high(a)}
	v.Y, v.Cb, v.Cr = RGBToYCbCr(high(r), high(g), high(b))
	return v
}

// CMYK is an opaque color of cyan, magenta, yellow and black inks.
type CMYK struct{ C, M, Y, K uint8 }

func (c CMYK) RGBA() (r, g, b, a uint32) {
	w := 0xffff - widen(c.K)
	return (0xffff - widen(c.C)) * w / 0xffff, (0xffff - widen(c.M)) * w / 0xffff, (0xffff - widen(c.Y)) * w / 0xffff, 0xffff
}

// RGBToCMYK converts an RGB triple to CMYK: black from the brightest component, the
// inks relative to it.
func RGBToCMYK(r, g, b uint8) (uint8, uint8, uint8, uint8) {
	w := uint32(max(r, g, b))
	if w == 0 {
		return 0, 0, 0, 0xff
	}
	ink := func(v uint8) uint8 { return uint8((w - uint32(v)) * 0xff / w) }
	return ink(r), ink(g), ink(b), uint8(0xff - w)
}

// CMYKToRGB converts a CMYK quadruple to RGB.
func CMYKToRGB(c, m, y, k uint8) (uint8, uint8, uint8) {
	r, g, b, _ := high4(CMYK{c, m, y, k})
	return r, g, b
}

func toCMYK(c Color) Color {
	if same, ok := c.(CMYK); ok {
		return same
	}
	var v CMYK
	r, g, b, _ := high4(c)
	v.C, v.M, v.Y, v.K = RGBToCMYK(r, g, b)
	return v
}

// Palette is a list of colors; it converts a color to its nearest entry.
type Palette []Color

// Convert returns the entry of p nearest to c (nil for an empty palette).
func (p Palette) Convert(c Color) Color {
	if len(p) == 0 {
		return nil
	}
	return p[p.Index(c)]
}

// Index returns the index of the entry nearest to c in Euclidean RGBA distance (the
// first of equally near ones).
func (p Palette) Index(c Color) int {
	r, g, b, a := c.RGBA()
	best, bestDist := 0, uint32(0xffffffff)
	for i, e := range p {
		er, eg, eb, ea := e.RGBA()
		d := quarterSq(r, er) + quarterSq(g, eg) + quarterSq(b, eb) + quarterSq(a, ea)
		if d < bestDist {
			if d == 0 {
				return i
			}
			best, bestDist = i, d
		}
	}
	return best
}

// quarterSq is the square of the difference of two 16-bit values, divided by four so
// that four of them fit in 32 bits.
func quarterSq(x, y uint32) uint32 {
	if x < y {
		x, y = y, x
	}
	d := x - y
	return d * d >> 2
}
