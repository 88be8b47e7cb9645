package image

import "image/color"

// Paletted is an in-memory image of indices into a palette.
type Paletted struct {
	Pix     []uint8
	Stride  int
	Rect    Rectangle
	Palette color.Palette
}

// NewPaletted returns a Paletted image of bounds r and palette p, all index 0.
func NewPaletted(r Rectangle, p color.Palette) *Paletted {
	return &Paletted{Pix: make([]uint8, pixLen(r, 1, "NewPaletted")), Stride: r.Dx(), Rect: r, Palette: p}
}

func (p *Paletted) ColorModel() color.Model { return p.Palette }
func (p *Paletted) Bounds() Rectangle       { return p.Rect }

func (p *Paletted) PixOffset(x, y int) int {
	i, _ := locate(p.Rect, p.Stride, 1, x, y)
	return i
}

// At is the palette entry of the pixel's index (entry 0 outside the bounds; nil for
// an empty palette).
func (p *Paletted) At(x, y int) color.Color {
	if len(p.Palette) == 0 {
		return nil
	}
	return p.Palette[p.ColorIndexAt(x, y)]
}

func (p *Paletted) RGBA64At(x, y int) color.RGBA64 { return rgba64(p.At(x, y)) }

// ColorIndexAt is the pixel's palette index (0 outside the bounds).
func (p *Paletted) ColorIndexAt(x, y int) uint8 {
	i, in := locate(p.Rect, p.Stride, 1, x, y)
	if !in {
		return 0
	}
	return p.Pix[i]
}

func (p *Paletted) SetColorIndex(x, y int, index uint8) {
	if (Point{x, y}).In(p.Rect) {
		p.Pix[p.PixOffset(x, y)] = index
	}
}

// Set stores the index of the palette entry nearest to c.
func (p *Paletted) Set(x, y int, c color.Color) {
	if (Point{x, y}).In(p.Rect) {
		p.Pix[p.PixOffset(x, y)] = uint8(p.Palette.Index(c))
	}
}

func (p *Paletted) SetRGBA64(x, y int, c color.RGBA64) { p.Set(x, y, c) }

func (p *Paletted) SubImage(r Rectangle) Image {
	r = r.Intersect(p.Rect)
	if r.Empty() {
		return &Paletted{Palette: p.Palette}
	}
	return &Paletted{Pix: p.Pix[p.PixOffset(r.Min.X, r.Min.Y):], Stride: p.Stride, Rect: r, Palette: p.Palette}
}

// Opaque reports whether every palette entry in use is fully opaque.
func (p *Paletted) Opaque() bool {
	var used [256]bool
	for y, row := 0, 0; y < p.Rect.Dy(); y, row = y+1, row+p.Stride {
		for _, ix := range p.Pix[row : row+p.Rect.Dx()] {
			used[ix] = true
		}
	}
	for i, c := range p.Palette {
		if i < len(used) && used[i] {
			if _, _, _, a := c.RGBA(); a != 0xffff {
				return false
			}
		}
	}
	return true
}

// Uniform is an infinite image of one color; it is also a color.Color and a
// color.Model (converting everything to that color).
type Uniform struct {
	C color.Color
}

// NewUniform returns the Uniform image of c.
func NewUniform(c color.Color) *Uniform { return &Uniform{c} }

// Some uniform images.
var (
	Black       = NewUniform(color.Black)
	White       = NewUniform(color.White)
	Transparent = NewUniform(color.Transparent)
	Opaque      = NewUniform(color.Opaque)
)

func (c *Uniform) RGBA() (r, g, b, a uint32)       { return c.C.RGBA() }
func (c *Uniform) ColorModel() color.Model         { return c }
func (c *Uniform) Convert(color.Color) color.Color { return c.C }
func (c *Uniform) Bounds() Rectangle {
	const far = 1e9
	return Rectangle{Point{-far, -far}, Point{far, far}}
}
func (c *Uniform) At(x, y int) color.Color        { return c.C }
func (c *Uniform) RGBA64At(x, y int) color.RGBA64 { return rgba64(c.C) }

// Opaque reports whether the color is fully opaque.
func (c *Uniform) Opaque() bool {
	_, _, _, a := c.C.RGBA()
	return a == 0xffff
}
