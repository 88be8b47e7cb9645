// Package color defines color types and the models that convert between them. Every
// color reports itself as alpha-premultiplied 16-bit red, green, blue and alpha.
package color

// Color is anything that can report its premultiplied 16-bit components (each at most
// its alpha, alpha at most 0xffff).
type Color interface {
	RGBA() (r, g, b, a uint32)
}

// high is the 8-bit component of a 16-bit one (its high byte).
func high(v uint32) uint8 { return uint8(v >> 8) }

// high4 is c's premultiplied components in 8 bits.
func high4(c Color) (uint8, uint8, uint8, uint8) {
	r, g, b, a := c.RGBA()
	return high(r), high(g), high(b), high(a)
}

// full4 narrows 16-bit components held in uint32s.
func full4(r, g, b, a uint32) (uint16, uint16, uint16, uint16) {
	return uint16(r), uint16(g), uint16(b), uint16(a)
}

// widen turns an 8-bit component into the 16-bit one of the same intensity.
func widen(v uint8) uint32 { return uint32(v) * 0x101 }

// RGBA is 8-bit alpha-premultiplied color.
type RGBA struct{ R, G, B, A uint8 }

func (c RGBA) RGBA() (r, g, b, a uint32) { return widen(c.R), widen(c.G), widen(c.B), widen(c.A) }

// RGBA64 is 16-bit alpha-premultiplied color.
type RGBA64 struct{ R, G, B, A uint16 }

func (c RGBA64) RGBA() (r, g, b, a uint32) {
	r, g, b, a = uint32(c.R), uint32(c.G), uint32(c.B), uint32(c.A)
	return
}

// NRGBA is 8-bit color that is not premultiplied.
type NRGBA struct{ R, G, B, A uint8 }

func (c NRGBA) RGBA() (r, g, b, a uint32) {
	a = widen(c.A)
	return widen(c.R) * a / 0xffff, widen(c.G) * a / 0xffff, widen(c.B) * a / 0xffff, a
}

// NRGBA64 is 16-bit color that is not premultiplied.
type NRGBA64 struct{ R, G, B, A uint16 }

func (c NRGBA64) RGBA() (r, g, b, a uint32) {
	a = uint32(c.A)
	return uint32(c.R) * a / 0xffff, uint32(c.G) * a / 0xffff, uint32(c.B) * a / 0xffff, a
}

// Alpha is an 8-bit alpha mask (white of that opacity, premultiplied).
type Alpha struct{ A uint8 }

func (c Alpha) RGBA() (r, g, b, a uint32) {
	a = widen(c.A)
	return a, a, a, a
}

// Alpha16 is a 16-bit alpha mask.
type Alpha16 struct{ A uint16 }

func (c Alpha16) RGBA() (r, g, b, a uint32) {
	a = uint32(c.A)
	return a, a, a, a
}

// Gray is an opaque 8-bit gray level.
type Gray struct{ Y uint8 }

func (c Gray) RGBA() (r, g, b, a uint32) {
	y := widen(c.Y)
	return y, y, y, 0xffff
}

// Gray16 is an opaque 16-bit gray level.
type Gray16 struct{ Y uint16 }

func (c Gray16) RGBA() (r, g, b, a uint32) {
	y := uint32(c.Y)
	return y, y, y, 0xffff
}

// Some colors.
var (
	Black       = Gray16{0}
	White       = Gray16{0xffff}
	Transparent = Alpha16{0}
	Opaque      = Alpha16{0xffff}
)

// Model converts any color to the colors of one type (possibly losing precision).
type Model interface {
	Convert(c Color) Color
}

// modelFunc is a Model made of a conversion function; models are pointers so that they
// can be compared (image/png picks an encoding by its image's model).
type modelFunc struct{ conv func(Color) Color }

func (m *modelFunc) Convert(c Color) Color { return m.conv(c) }

// ModelFunc returns the Model that converts with f.
func ModelFunc(f func(Color) Color) Model { return &modelFunc{f} }

// The models of the color types of this package.
var (
	RGBAModel    Model = ModelFunc(toRGBA)
	RGBA64Model  Model = ModelFunc(toRGBA64)
	NRGBAModel   Model = ModelFunc(toNRGBA)
	NRGBA64Model Model = ModelFunc(toNRGBA64)
	AlphaModel   Model = ModelFunc(toAlpha)
	Alpha16Model Model = ModelFunc(toAlpha16)
	GrayModel    Model = ModelFunc(toGray)
	Gray16Model  Model = ModelFunc(toGray16)
	CMYKModel    Model = ModelFunc(toCMYK)
	YCbCrModel   Model = ModelFunc(toYCbCr)
	NYCbCrAModel Model = ModelFunc(toNYCbCrA)
)

func toRGBA(c Color) Color {
	if same, ok := c.(RGBA); ok {
		return same
	}
	var v RGBA
	v.R, v.G, v.B, v.A = high4(c)
	return v
}

func toRGBA64(c Color) Color {
	if same, ok := c.(RGBA64); ok {
		return same
	}
	var v RGBA64
	v.R, v.G, v.B, v.A = full4(c.RGBA())
	return v
}

// unpremultiply divides premultiplied components by their alpha (0 < a < 0xffff).
func unpremultiply(r, g, b, a uint32) (uint32, uint32, uint32) {
	return r * 0xffff / a, g * 0xffff / a, b * 0xffff / a
}

func toNRGBA(c Color) Color {
	if same, ok := c.(NRGBA); ok {
		return same
	}
	r, g, b, a := c.RGBA()
	switch a {
	case 0:
		return NRGBA{}
	case 0xffff:
	default:
		r, g, b = unpremultiply(r, g, b, a)
	}
	var v NRGBA
	v.R, v.G, v.B, v.A = high(r), high(g), high(b), high(a)
	return v
}

func toNRGBA64(c Color) Color {
	if same, ok := c.(NRGBA64); ok {
		return same
	}
	r, g, b, a := c.RGBA()
	switch a {
	case 0:
		return NRGBA64{}
	case 0xffff:
	default:
		r, g, b = unpremultiply(r, g, b, a)
	}
	var v NRGBA64
	v.R, v.G, v.B, v.A = full4(r, g, b, a)
	return v
}

func toAlpha(c Color) Color {
	if same, ok := c.(Alpha); ok {
		return same
	}
	_, _, _, a := c.RGBA()
	return Alpha{uint8(a >> 8)}
}

func toAlpha16(c Color) Color {
	if same, ok := c.(Alpha16); ok {
		return same
	}
	_, _, _, a := c.RGBA()
	return Alpha16{uint16(a)}
}

// luma is the 16.16 fixed-point luminance of 16-bit components, with the ITU-R BT.601
// weights 0.299, 0.587 and 0.114 (19595, 38470 and 7471 in 65536ths), rounded.
func luma(r, g, b uint32) uint32 { return 19595*r + 38470*g + 7471*b + 1<<15 }

func toGray(c Color) Color {
	if same, ok := c.(Gray); ok {
		return same
	}
	r, g, b, _ := c.RGBA()
	return Gray{uint8(luma(r, g, b) >> 24)}
}

func toGray16(c Color) Color {
	if same, ok := c.(Gray16); ok {
		return same
	}
	r, g, b, _ := c.RGBA()
	return Gray16{uint16(luma(r, g, b) >> 16)}
}
