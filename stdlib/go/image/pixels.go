package image

import "image/color"

// The images over pixel buffers. Pix holds the pixels row after row from Rect.Min, a
// row Stride bytes after the previous one; 16-bit components are big-endian.

func be16(b []byte) uint16     { return uint16(b[0])<<8 | uint16(b[1]) }
func put16(b []byte, v uint16) { b[0], b[1] = byte(v>>8), byte(v) }

// pixLen is the buffer length of r at bpp bytes per pixel; it panics (naming the
// constructor) when r is too big or negative.
func pixLen(r Rectangle, bpp int, who string) int {
	w, h := r.Dx(), r.Dy()
	if w < 0 || h < 0 || (w > 0 && h > (1<<62)/w/bpp) {
		panic("image: " + who + " Rectangle has huge or negative dimensions")
	}
	return w * h * bpp
}

// unpremul is a premultiplied 16-bit color's components divided by its alpha.
func unpremul(c color.RGBA64) (r, g, b, a uint32) {
	r, g, b, a = uint32(c.R), uint32(c.G), uint32(c.B), uint32(c.A)
	if a != 0 && a != 0xffff {
		r, g, b = r*0xffff/a, g*0xffff/a, b*0xffff/a
	}
	return
}

// lum is the 16.16 luminance of c's color components (see color.GrayModel).
func lum(c color.RGBA64) uint32 {
	return 19595*uint32(c.R) + 38470*uint32(c.G) + 7471*uint32(c.B) + 1<<15
}

// rgba64 is c as RGBA64 (zero for nil).
func rgba64(c color.Color) color.RGBA64 {
	var v color.RGBA64
	if c != nil {
		v = color.RGBA64Model.Convert(c).(color.RGBA64)
	}
	return v
}

// locate is the offset of pixel (x, y) in a buffer laid out from r.Min, stride bytes
// per row and size bytes per pixel, and whether the pixel lies in r.
func locate(r Rectangle, stride, size, x, y int) (int, bool) {
	pt := Point{x, y}
	d := pt.Sub(r.Min)
	return d.Y*stride + d.X*size, pt.In(r)
}

// opaqueRows reports whether every pixel of r has the alpha byte at offset off of each
// bpp-byte pixel equal to 0xff (and, for 16-bit alpha, the byte after it).
func opaqueRows(pix []byte, stride int, r Rectangle, bpp, off int, wide bool) bool {
	if r.Empty() {
		return true
	}
	for y, row := 0, 0; y < r.Dy(); y, row = y+1, row+stride {
		for i := row + off; i < row+r.Dx()*bpp; i += bpp {
			if pix[i] != 0xff || (wide && pix[i+1] != 0xff) {
				return false
			}
		}
	}
	return true
}

// RGBA is an in-memory image of color.RGBA pixels.
type RGBA struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

// NewRGBA returns a RGBA image of bounds r, all zero.
func NewRGBA(r Rectangle) *RGBA {
	return &RGBA{Pix: make([]uint8, pixLen(r, 4, "NewRGBA")), Stride: 4 * r.Dx(), Rect: r}
}

func (p *RGBA) ColorModel() color.Model { return color.RGBAModel }
func (p *RGBA) Bounds() Rectangle       { return p.Rect }

// PixOffset is the index in Pix of the first byte of pixel (x, y).
func (p *RGBA) PixOffset(x, y int) int {
	i, _ := locate(p.Rect, p.Stride, 4, x, y)
	return i
}

func (p *RGBA) At(x, y int) color.Color { return p.RGBAAt(x, y) }

func (p *RGBA) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.RGBAAt(x, y)) }

func (p *RGBA) RGBAAt(x, y int) color.RGBA {
	i, in := locate(p.Rect, p.Stride, 4, x, y)
	if !in {
		return color.RGBA{}
	}
	s := p.Pix[i : i+4 : i+4]
	return color.RGBA{R: s[0], G: s[1], B: s[2], A: s[3]}
}

func (p *RGBA) Set(x, y int, c color.Color) {
	if (Point{x, y}).In(p.Rect) {
		p.SetRGBA(x, y, color.RGBAModel.Convert(c).(color.RGBA))
	}
}

func (p *RGBA) SetRGBA(x, y int, c color.RGBA) {
	i, in := locate(p.Rect, p.Stride, 4, x, y)
	if !in {
		return
	}
	s := p.Pix[i : i+4 : i+4]
	s[0], s[1], s[2], s[3] = c.R, c.G, c.B, c.A
}

func (p *RGBA) SetRGBA64(x, y int, c color.RGBA64) {
	i, in := locate(p.Rect, p.Stride, 4, x, y)
	if !in {
		return
	}
	s := p.Pix[i : i+4 : i+4]
	s[0], s[1], s[2], s[3] = uint8(c.R>>8), uint8(c.G>>8), uint8(c.B>>8), uint8(c.A>>8)
}

// SubImage is the part of p within r, sharing p's pixels.
func (p *RGBA) SubImage(r Rectangle) Image {
	r = r.Intersect(p.Rect)
	if r.Empty() {
		return &RGBA{}
	}
	return &RGBA{Pix: p.Pix[p.PixOffset(r.Min.X, r.Min.Y):], Stride: p.Stride, Rect: r}
}

// Opaque reports whether every pixel of p is fully opaque.
func (p *RGBA) Opaque() bool { return opaqueRows(p.Pix, p.Stride, p.Rect, 4, 3, false) }

// RGBA64 is an in-memory image of color.RGBA64 pixels.
type RGBA64 struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

// NewRGBA64 returns a RGBA64 image of bounds r, all zero.
func NewRGBA64(r Rectangle) *RGBA64 {
	return &RGBA64{Pix: make([]uint8, pixLen(r, 8, "NewRGBA64")), Stride: 8 * r.Dx(), Rect: r}
}

func (p *RGBA64) ColorModel() color.Model { return color.RGBA64Model }
func (p *RGBA64) Bounds() Rectangle       { return p.Rect }

// PixOffset is the index in Pix of the first byte of pixel (x, y).
func (p *RGBA64) PixOffset(x, y int) int {
	i, _ := locate(p.Rect, p.Stride, 8, x, y)
	return i
}

func (p *RGBA64) At(x, y int) color.Color { return p.RGBA64At(x, y) }

func (p *RGBA64) RGBA64At(x, y int) color.RGBA64 {
	i, in := locate(p.Rect, p.Stride, 8, x, y)
	if !in {
		return color.RGBA64{}
	}
	s := p.Pix[i : i+8 : i+8]
	return color.RGBA64{be16(s[0:]), be16(s[2:]), be16(s[4:]), be16(s[6:])}
}

func (p *RGBA64) Set(x, y int, c color.Color) {
	if (Point{x, y}).In(p.Rect) {
		p.SetRGBA64(x, y, color.RGBA64Model.Convert(c).(color.RGBA64))
	}
}

func (p *RGBA64) SetRGBA64(x, y int, c color.RGBA64) {
	i, in := locate(p.Rect, p.Stride, 8, x, y)
	if !in {
		return
	}
	s := p.Pix[i : i+8 : i+8]
	put16(s[0:], c.R)
	put16(s[2:], c.G)
	put16(s[4:], c.B)
	put16(s[6:], c.A)
}

// SubImage is the part of p within r, sharing p's pixels.
func (p *RGBA64) SubImage(r Rectangle) Image {
	r = r.Intersect(p.Rect)
	if r.Empty() {
		return &RGBA64{}
	}
	return &RGBA64{Pix: p.Pix[p.PixOffset(r.Min.X, r.Min.Y):], Stride: p.Stride, Rect: r}
}

// Opaque reports whether every pixel of p is fully opaque.
func (p *RGBA64) Opaque() bool { return opaqueRows(p.Pix, p.Stride, p.Rect, 8, 6, true) }

// NRGBA is an in-memory image of color.NRGBA pixels.
type NRGBA struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

// NewNRGBA returns a NRGBA image of bounds r, all zero.
func NewNRGBA(r Rectangle) *NRGBA {
	return &NRGBA{Pix: make([]uint8, pixLen(r, 4, "NewNRGBA")), Stride: 4 * r.Dx(), Rect: r}
}

func (p *NRGBA) ColorModel() color.Model { return color.NRGBAModel }
func (p *NRGBA) Bounds() Rectangle       { return p.Rect }

// PixOffset is the index in Pix of the first byte of pixel (x, y).
func (p *NRGBA) PixOffset(x, y int) int {
	i, _ := locate(p.Rect, p.Stride, 4, x, y)
	return i
}

func (p *NRGBA) At(x, y int) color.Color { return p.NRGBAAt(x, y) }

func (p *NRGBA) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.NRGBAAt(x, y)) }

func (p *NRGBA) NRGBAAt(x, y int) color.NRGBA {
	i, in := locate(p.Rect, p.Stride, 4, x, y)
	if !in {
		return color.NRGBA{}
	}
	s := p.Pix[i : i+4 : i+4]
	return color.NRGBA{R: s[0], G: s[1], B: s[2], A: s[3]}
}

func (p *NRGBA) Set(x, y int, c color.Color) {
	if (Point{x, y}).In(p.Rect) {
		p.SetNRGBA(x, y, color.NRGBAModel.Convert(c).(color.NRGBA))
	}
}

func (p *NRGBA) SetNRGBA(x, y int, c color.NRGBA) {
	i, in := locate(p.Rect, p.Stride, 4, x, y)
	if !in {
		return
	}
	s := p.Pix[i : i+4 : i+4]
	s[0], s[1], s[2], s[3] = c.R, c.G, c.B, c.A
}

func (p *NRGBA) SetRGBA64(x, y int, c color.RGBA64) {
	i, in := locate(p.Rect, p.Stride, 4, x, y)
	if !in {
		return
	}
	s := p.Pix[i : i+4 : i+4]
	r, g, b, a := unpremul(c)
	s[0], s[1], s[2], s[3] = uint8(r>>8), uint8(g>>8), uint8(b>>8), uint8(a>>8)
}

// SubImage is the part of p within r, sharing p's pixels.
func (p *NRGBA) SubImage(r Rectangle) Image {
	r = r.Intersect(p.Rect)
	if r.Empty() {
		return &NRGBA{}
	}
	return &NRGBA{Pix: p.Pix[p.PixOffset(r.Min.X, r.Min.Y):], Stride: p.Stride, Rect: r}
}

// Opaque reports whether every pixel of p is fully opaque.
func (p *NRGBA) Opaque() bool { return opaqueRows(p.Pix, p.Stride, p.Rect, 4, 3, false) }

// NRGBA64 is an in-memory image of color.NRGBA64 pixels.
type NRGBA64 struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

// NewNRGBA64 returns a NRGBA64 image of bounds r, all zero.
func NewNRGBA64(r Rectangle) *NRGBA64 {
	return &NRGBA64{Pix: make([]uint8, pixLen(r, 8, "NewNRGBA64")), Stride: 8 * r.Dx(), Rect: r}
}

func (p *NRGBA64) ColorModel() color.Model { return color.NRGBA64Model }
func (p *NRGBA64) Bounds() Rectangle       { return p.Rect }

// PixOffset is the index in Pix of the first byte of pixel (x, y).
func (p *NRGBA64) PixOffset(x, y int) int {
	i, _ := locate(p.Rect, p.Stride, 8, x, y)
	return i
}

func (p *NRGBA64) At(x, y int) color.Color { return p.NRGBA64At(x, y) }

func (p *NRGBA64) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.NRGBA64At(x, y)) }

func (p *NRGBA64) NRGBA64At(x, y int) color.NRGBA64 {
	i, in := locate(p.Rect, p.Stride, 8, x, y)
	if !in {
		return color.NRGBA64{}
	}
	s := p.Pix[i : i+8 : i+8]
	return color.NRGBA64{be16(s[0:]), be16(s[2:]), be16(s[4:]), be16(s[6:])}
}

func (p *NRGBA64) Set(x, y int, c color.Color) {
	if (Point{x, y}).In(p.Rect) {
		p.SetNRGBA64(x, y, color.NRGBA64Model.Convert(c).(color.NRGBA64))
	}
}

func (p *NRGBA64) SetNRGBA64(x, y int, c color.NRGBA64) {
	i, in := locate(p.Rect, p.Stride, 8, x, y)
	if !in {
		return
	}
	s := p.Pix[i : i+8 : i+8]
	put16(s[0:], c.R)
	put16(s[2:], c.G)
	put16(s[4:], c.B)
	put16(s[6:], c.A)
}

func (p *NRGBA64) SetRGBA64(x, y int, c color.RGBA64) {
	i, in := locate(p.Rect, p.Stride, 8, x, y)
	if !in {
		return
	}
	s := p.Pix[i : i+8 : i+8]
	r, g, b, a := unpremul(c)
	put16(s[0:], uint16(r))
	put16(s[2:], uint16(g))
	put16(s[4:], uint16(b))
	put16(s[6:], uint16(a))
}

// SubImage is the part of p within r, sharing p's pixels.
func (p *NRGBA64) SubImage(r Rectangle) Image {
	r = r.Intersect(p.Rect)
	if r.Empty() {
		return &NRGBA64{}
	}
	return &NRGBA64{Pix: p.Pix[p.PixOffset(r.Min.X, r.Min.Y):], Stride: p.Stride, Rect: r}
}

// Opaque reports whether every pixel of p is fully opaque.
func (p *NRGBA64) Opaque() bool { return opaqueRows(p.Pix, p.Stride, p.Rect, 8, 6, true) }

// Alpha is an in-memory image of color.Alpha pixels.
type Alpha struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

// NewAlpha returns a Alpha image of bounds r, all zero.
func NewAlpha(r Rectangle) *Alpha {
	return &Alpha{Pix: make([]uint8, pixLen(r, 1, "NewAlpha")), Stride: 1 * r.Dx(), Rect: r}
}

func (p *Alpha) ColorModel() color.Model { return color.AlphaModel }
func (p *Alpha) Bounds() Rectangle       { return p.Rect }

// PixOffset is the index in Pix of the first byte of pixel (x, y).
func (p *Alpha) PixOffset(x, y int) int {
	i, _ := locate(p.Rect, p.Stride, 1, x, y)
	return i
}

func (p *Alpha) At(x, y int) color.Color { return p.AlphaAt(x, y) }

func (p *Alpha) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.AlphaAt(x, y)) }

func (p *Alpha) AlphaAt(x, y int) color.Alpha {
	i, in := locate(p.Rect, p.Stride, 1, x, y)
	if !in {
		return color.Alpha{}
	}
	s := p.Pix[i : i+1 : i+1]
	return color.Alpha{s[0]}
}

func (p *Alpha) Set(x, y int, c color.Color) {
	if (Point{x, y}).In(p.Rect) {
		p.SetAlpha(x, y, color.AlphaModel.Convert(c).(color.Alpha))
	}
}

func (p *Alpha) SetAlpha(x, y int, c color.Alpha) {
	i, in := locate(p.Rect, p.Stride, 1, x, y)
	if !in {
		return
	}
	s := p.Pix[i : i+1 : i+1]
	s[0] = c.A
}

func (p *Alpha) SetRGBA64(x, y int, c color.RGBA64) {
	i, in := locate(p.Rect, p.Stride, 1, x, y)
	if !in {
		return
	}
	s := p.Pix[i : i+1 : i+1]
	s[0] = uint8(c.A >> 8)
}

// SubImage is the part of p within r, sharing p's pixels.
func (p *Alpha) SubImage(r Rectangle) Image {
	r = r.Intersect(p.Rect)
	if r.Empty() {
		return &Alpha{}
	}
	return &Alpha{Pix: p.Pix[p.PixOffset(r.Min.X, r.Min.Y):], Stride: p.Stride, Rect: r}
}

// Opaque reports whether every pixel of p is fully opaque.
func (p *Alpha) Opaque() bool { return opaqueRows(p.Pix, p.Stride, p.Rect, 1, 0, false) }

// Alpha16 is an in-memory image of color.Alpha16 pixels.
type Alpha16 struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

// NewAlpha16 returns a Alpha16 image of bounds r, all zero.
func NewAlpha16(r Rectangle) *Alpha16 {
	return &Alpha16{Pix: make([]uint8, pixLen(r, 2, "NewAlpha16")), Stride: 2 * r.Dx(), Rect: r}
}

func (p *Alpha16) ColorModel() color.Model { return color.Alpha16Model }
func (p *Alpha16) Bounds() Rectangle       { return p.Rect }

// PixOffset is the index in Pix of the first byte of pixel (x, y).
func (p *Alpha16) PixOffset(x, y int) int {
	i, _ := locate(p.Rect, p.Stride, 2, x, y)
	return i
}

func (p *Alpha16) At(x, y int) color.Color { return p.Alpha16At(x, y) }

func (p *Alpha16) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.Alpha16At(x, y)) }

func (p *Alpha16) Alpha16At(x, y int) color.Alpha16 {
	i, in := locate(p.Rect, p.Stride, 2, x, y)
	if !in {
		return color.Alpha16{}
	}
	s := p.Pix[i : i+2 : i+2]
	return color.Alpha16{be16(s)}
}

func (p *Alpha16) Set(x, y int, c color.Color) {
	if (Point{x, y}).In(p.Rect) {
		p.SetAlpha16(x, y, color.Alpha16Model.Convert(c).(color.Alpha16))
	}
}

func (p *Alpha16) SetAlpha16(x, y int, c color.Alpha16) {
	i, in := locate(p.Rect, p.Stride, 2, x, y)
	if !in {
		return
	}
	s := p.Pix[i : i+2 : i+2]
	put16(s, c.A)
}

func (p *Alpha16) SetRGBA64(x, y int, c color.RGBA64) {
	i, in := locate(p.Rect, p.Stride, 2, x, y)
	if !in {
		return
	}
	s := p.Pix[i : i+2 : i+2]
	put16(s, c.A)
}

// SubImage is the part of p within r, sharing p's pixels.
func (p *Alpha16) SubImage(r Rectangle) Image {
	r = r.Intersect(p.Rect)
	if r.Empty() {
		return &Alpha16{}
	}
	return &Alpha16{Pix: p.Pix[p.PixOffset(r.Min.X, r.Min.Y):], Stride: p.Stride, Rect: r}
}

// Opaque reports whether every pixel of p is fully opaque.
func (p *Alpha16) Opaque() bool { return opaqueRows(p.Pix, p.Stride, p.Rect, 2, 0, true) }

// Gray is an in-memory image of color.Gray pixels.
type Gray struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

// NewGray returns a Gray image of bounds r, all zero.
func NewGray(r Rectangle) *Gray {
	return &Gray{Pix: make([]uint8, pixLen(r, 1, "NewGray")), Stride: 1 * r.Dx(), Rect: r}
}

func (p *Gray) ColorModel() color.Model { return color.GrayModel }
func (p *Gray) Bounds() Rectangle       { return p.Rect }

// PixOffset is the index in Pix of the first byte of pixel (x, y).
func (p *Gray) PixOffset(x, y int) int {
	i, _ := locate(p.Rect, p.Stride, 1, x, y)
	return i
}

func (p *Gray) At(x, y int) color.Color { return p.GrayAt(x, y) }

func (p *Gray) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.GrayAt(x, y)) }

func (p *Gray) GrayAt(x, y int) color.Gray {
	i, in := locate(p.Rect, p.Stride, 1, x, y)
	if !in {
		return color.Gray{}
	}
	s := p.Pix[i : i+1 : i+1]
	return color.Gray{s[0]}
}

func (p *Gray) Set(x, y int, c color.Color) {
	if (Point{x, y}).In(p.Rect) {
		p.SetGray(x, y, color.GrayModel.Convert(c).(color.Gray))
	}
}

func (p *Gray) SetGray(x, y int, c color.Gray) {
	i, in := locate(p.Rect, p.Stride, 1, x, y)
	if !in {
		return
	}
	s := p.Pix[i : i+1 : i+1]
	s[0] = c.Y
}

func (p *Gray) SetRGBA64(x, y int, c color.RGBA64) {
	i, in := locate(p.Rect, p.Stride, 1, x, y)
	if !in {
		return
	}
	s := p.Pix[i : i+1 : i+1]
	s[0] = uint8(lum(c) >> 24)
}

// SubImage is the part of p within r, sharing p's pixels.
func (p *Gray) SubImage(r Rectangle) Image {
	r = r.Intersect(p.Rect)
	if r.Empty() {
		return &Gray{}
	}
	return &Gray{Pix: p.Pix[p.PixOffset(r.Min.X, r.Min.Y):], Stride: p.Stride, Rect: r}
}

// Opaque: a Gray image has no transparency.
func (p *Gray) Opaque() bool { return true }

// Gray16 is an in-memory image of color.Gray16 pixels.
type Gray16 struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

// NewGray16 returns a Gray16 image of bounds r, all zero.
func NewGray16(r Rectangle) *Gray16 {
	return &Gray16{Pix: make([]uint8, pixLen(r, 2, "NewGray16")), Stride: 2 * r.Dx(), Rect: r}
}

func (p *Gray16) ColorModel() color.Model { return color.Gray16Model }
func (p *Gray16) Bounds() Rectangle       { return p.Rect }

// PixOffset is the index in Pix of the first byte of pixel (x, y).
func (p *Gray16) PixOffset(x, y int) int {
	i, _ := locate(p.Rect, p.Stride, 2, x, y)
	return i
}

func (p *Gray16) At(x, y int) color.Color { return p.Gray16At(x, y) }

func (p *Gray16) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.Gray16At(x, y)) }

func (p *Gray16) Gray16At(x, y int) color.Gray16 {
	i, in := locate(p.Rect, p.Stride, 2, x, y)
	if !in {
		return color.Gray16{}
	}
	s := p.Pix[i : i+2 : i+2]
	return color.Gray16{be16(s)}
}

func (p *Gray16) Set(x, y int, c color.Color) {
	if (Point{x, y}).In(p.Rect) {
		p.SetGray16(x, y, color.Gray16Model.Convert(c).(color.Gray16))
	}
}

func (p *Gray16) SetGray16(x, y int, c color.Gray16) {
	i, in := locate(p.Rect, p.Stride, 2, x, y)
	if !in {
		return
	}
	s := p.Pix[i : i+2 : i+2]
	put16(s, c.Y)
}

func (p *Gray16) SetRGBA64(x, y int, c color.RGBA64) {
	i, in := locate(p.Rect, p.Stride, 2, x, y)
	if !in {
		return
	}
	s := p.Pix[i : i+2 : i+2]
	put16(s, uint16(lum(c)>>16))
}

// SubImage is the part of p within r, sharing p's pixels.
func (p *Gray16) SubImage(r Rectangle) Image {
	r = r.Intersect(p.Rect)
	if r.Empty() {
		return &Gray16{}
	}
	return &Gray16{Pix: p.Pix[p.PixOffset(r.Min.X, r.Min.Y):], Stride: p.Stride, Rect: r}
}

// Opaque: a Gray16 image has no transparency.
func (p *Gray16) Opaque() bool { return true }

// CMYK is an in-memory image of color.CMYK pixels.
type CMYK struct {
	Pix    []uint8
	Stride int
	Rect   Rectangle
}

// NewCMYK returns a CMYK image of bounds r, all zero.
func NewCMYK(r Rectangle) *CMYK {
	return &CMYK{Pix: make([]uint8, pixLen(r, 4, "NewCMYK")), Stride: 4 * r.Dx(), Rect: r}
}

func (p *CMYK) ColorModel() color.Model { return color.CMYKModel }
func (p *CMYK) Bounds() Rectangle       { return p.Rect }

// PixOffset is the index in Pix of the first byte of pixel (x, y).
func (p *CMYK) PixOffset(x, y int) int {
	i, _ := locate(p.Rect, p.Stride, 4, x, y)
	return i
}

func (p *CMYK) At(x, y int) color.Color { return p.CMYKAt(x, y) }

func (p *CMYK) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.CMYKAt(x, y)) }

func (p *CMYK) CMYKAt(x, y int) color.CMYK {
	i, in := locate(p.Rect, p.Stride, 4, x, y)
	if !in {
		return color.CMYK{}
	}
	s := p.Pix[i : i+4 : i+4]
	return color.CMYK{C: s[0], M: s[1], Y: s[2], K: s[3]}
}

func (p *CMYK) Set(x, y int, c color.Color) {
	if (Point{x, y}).In(p.Rect) {
		p.SetCMYK(x, y, color.CMYKModel.Convert(c).(color.CMYK))
	}
}

func (p *CMYK) SetCMYK(x, y int, c color.CMYK) {
	i, in := locate(p.Rect, p.Stride, 4, x, y)
	if !in {
		return
	}
	s := p.Pix[i : i+4 : i+4]
	s[0], s[1], s[2], s[3] = c.C, c.M, c.Y, c.K
}

func (p *CMYK) SetRGBA64(x, y int, c color.RGBA64) {
	i, in := locate(p.Rect, p.Stride, 4, x, y)
	if !in {
		return
	}
	s := p.Pix[i : i+4 : i+4]
	s[0], s[1], s[2], s[3] = color.RGBToCMYK(uint8(c.R>>8), uint8(c.G>>8), uint8(c.B>>8))
}

// SubImage is the part of p within r, sharing p's pixels.
func (p *CMYK) SubImage(r Rectangle) Image {
	r = r.Intersect(p.Rect)
	if r.Empty() {
		return &CMYK{}
	}
	return &CMYK{Pix: p.Pix[p.PixOffset(r.Min.X, r.Min.Y):], Stride: p.Stride, Rect: r}
}

// Opaque: a CMYK image has no transparency.
func (p *CMYK) Opaque() bool { return true }
