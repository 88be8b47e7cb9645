package gif

import (
	"bufio"
	"compress/lzw"
	"image"
	"image/color"
	"image/color/palette"
	"image/draw"
	"io"
)

// Options are the parameters of Encode.
type Options struct {
	// NumColors is the largest palette Encode builds, 1 to 256 (other values mean 256).
	NumColors int
	// Quantizer makes the palette of an image that needs one; nil means the first
	// NumColors colors of palette.Plan9.
	Quantizer draw.Quantizer
	// Drawer converts the image to the palette; nil means draw.FloydSteinberg.
	Drawer draw.Drawer
}

// Encode writes m as a one-frame GIF. An image that is not an *image.Paletted with at
// most NumColors colors is first converted to a palette.
func Encode(w io.Writer, m image.Image, o *Options) error {
	b := m.Bounds()
	if !fits16(b.Dx()) || !fits16(b.Dy()) {
		return gifError("image is too large to encode")
	}
	var opts Options
	if o != nil {
		opts = *o
	}
	if opts.NumColors < 1 || opts.NumColors > 256 {
		opts.NumColors = 256
	}
	drawer := opts.Drawer
	if drawer == nil {
		drawer = draw.FloydSteinberg
	}
	pm, ok := m.(*image.Paletted)
	if !ok || len(pm.Palette) > opts.NumColors {
		var pal color.Palette
		if opts.Quantizer != nil {
			pal = opts.Quantizer.Quantize(make(color.Palette, 0, opts.NumColors), m)
		} else {
			pal = palette.Plan9[:opts.NumColors]
		}
		pm = image.NewPaletted(b, pal)
		drawer.Draw(pm, b, m, b.Min)
	}
	// The frame goes to the origin of a screen of its own size.
	if !pm.Rect.Min.Eq(image.Point{}) {
		moved := *pm
		moved.Rect = pm.Rect.Sub(pm.Rect.Min)
		pm = &moved
	}
	g := &GIF{
		Image:     []*image.Paletted{pm},
		Delay:     []int{0},
		LoopCount: -1,
		Config:    image.Config{ColorModel: pm.Palette, Width: b.Dx(), Height: b.Dy()},
	}
	return EncodeAll(w, g)
}

// EncodeAll writes the frames of g, with their delays, disposal methods and loop count.
func EncodeAll(w io.Writer, g *GIF) error {
	switch frames := len(g.Image); {
	case frames == 0:
		return gifError("must provide at least one image")
	case len(g.Delay) != frames:
		return gifError("mismatched image and delay lengths")
	case g.Disposal != nil && len(g.Disposal) != frames:
		return gifError("mismatched image and disposal lengths")
	}
	e := &encoder{g: g, cfg: g.Config}
	if bw, ok := w.(writer); ok {
		e.w = bw
	} else {
		e.w = bufio.NewWriter(w)
	}
	if e.cfg.ColorModel == nil && e.cfg.Width == 0 && e.cfg.Height == 0 {
		p := g.Image[0].Bounds().Max
		e.cfg.Width, e.cfg.Height = p.X, p.Y
	} else if e.cfg.ColorModel != nil {
		pal, ok := e.cfg.ColorModel.(color.Palette)
		if !ok {
			return gifError("GIF color model must be a color.Palette")
		}
		e.global = pal
	}
	e.header()
	for i, pm := range g.Image {
		var disposal byte
		if g.Disposal != nil {
			disposal = g.Disposal[i]
		}
		e.writeFrame(pm, g.Delay[i], disposal)
	}
	e.put(0x3b)
	e.flush()
	return e.err
}

// writer is what the encoder writes to: a bufio.Writer or anything with the same
// methods.
type writer interface {
	Flush() error
	io.Writer
	io.ByteWriter
}

type encoder struct {
	w      writer
	err    error
	g      *GIF
	cfg    image.Config // g.Config, or the first frame's size
	global color.Palette // the global color table, if any
	block  [256]byte     // the sub-block being filled: length byte, then up to 255 bytes
	fill   int
}

func (e *encoder) put(b ...byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

func (e *encoder) put16(v int) { e.put(byte(v), byte(v>>8)) }

func (e *encoder) flush() {
	if e.err == nil {
		e.err = e.w.Flush()
	}
}

// fits16 reports whether v can be written as a GIF dimension (16 bits).
func fits16(v int) bool { return v < 1<<16 }

// isClear reports whether c is fully transparent.
func isClear(c color.Color) bool {
	_, _, _, alpha := c.RGBA()
	return alpha == 0
}

// tableBits returns the size field of a color table holding n colors (2^(field+1) slots,
// at least 2).
func tableBits(n int) int {
	field := 0
	for 2<<field < n {
		field++
	}
	return field
}

// putTable writes pal padded with black to 2^(field+1) entries.
func (e *encoder) putTable(pal color.Palette, field int) {
	for i := 0; i < 2<<field; i++ {
		if i < len(pal) {
			c := color.RGBAModel.Convert(pal[i]).(color.RGBA)
			e.put(c.R, c.G, c.B)
		} else {
			e.put(0, 0, 0)
		}
	}
}

func (e *encoder) header() {
	e.put('G', 'I', 'F', '8', '9', 'a')
	e.put16(e.cfg.Width)
	e.put16(e.cfg.Height)
	if len(e.global) > 0 {
		field := tableBits(len(e.global))
		e.put(0x80|byte(field), e.g.BackgroundIndex, 0)
		e.putTable(e.global, field)
	} else {
		e.put(0, 0, 0)
	}
	animated := len(e.g.Image) > 1
	if animated && e.g.LoopCount >= 0 {
		e.put(0x21, 0xff, 11)
		e.put([]byte("NETSCAPE2.0")...)
		e.put(3, 1)
		e.put16(e.g.LoopCount)
		e.put(0)
	}
}

// coveredBy reports whether the global table can stand for a frame's palette: the
// frame has no more colors, and each one except the transparent entry (whose color is
// not shown) has the global table's RGB at its index.
func coveredBy(global, pal color.Palette, transparent int) bool {
	if len(pal) > len(global) {
		return false
	}
	for i, c := range pal {
		if i == transparent {
			continue
		}
		want := color.RGBAModel.Convert(global[i]).(color.RGBA)
		got := color.RGBAModel.Convert(c).(color.RGBA)
		if want.R != got.R || want.G != got.G || want.B != got.B {
			return false
		}
	}
	return true
}

func (e *encoder) writeFrame(pm *image.Paletted, delay int, disposal byte) {
	if e.err != nil {
		return
	}
	if len(pm.Palette) == 0 {
		e.err = gifError("cannot encode image block with empty palette")
		return
	}
	b := pm.Bounds()
	if b.Min.X < 0 || b.Min.Y < 0 || !fits16(b.Max.X) || !fits16(b.Max.Y) {
		e.err = gifError("image block is too large to encode")
		return
	}
	if !b.In(image.Rect(0, 0, e.cfg.Width, e.cfg.Height)) {
		e.err = gifError("image block is out of bounds")
		return
	}
	transparent := -1
	for idx := 0; idx < len(pm.Palette) && transparent < 0; idx++ {
		switch col := pm.Palette[idx]; {
		case col == nil:
			e.err = gifError("cannot encode color table with nil entries")
			return
		case isClear(col):
			transparent = idx
		}
	}
	if delay > 0 || disposal != 0 || transparent != -1 {
		flags := disposal & 7 << 2
		index := byte(0)
		if transparent != -1 {
			flags |= 1
			index = byte(transparent)
		}
		e.put(0x21, 0xf9, 4, flags)
		e.put16(delay)
		e.put(index, 0)
	}
	e.put(0x2c)
	e.put16(b.Min.X)
	e.put16(b.Min.Y)
	e.put16(b.Dx())
	e.put16(b.Dy())
	field := tableBits(len(pm.Palette))
	if e.global != nil && coveredBy(e.global, pm.Palette, transparent) {
		e.put(0)
	} else {
		e.put(0x80 | byte(field))
		e.putTable(pm.Palette, field)
	}
	litWidth := field + 1
	if litWidth < 2 {
		litWidth = 2
	}
	e.put(byte(litWidth))
	if e.err != nil {
		return
	}
	e.fill = 0
	lz := lzw.NewWriter(blockWriter{e}, lzw.LSB, litWidth)
	if b.Dx() == pm.Stride {
		_, e.err = lz.Write(pm.Pix[:b.Dx()*b.Dy()])
	} else {
		for y, off := 0, 0; y < b.Dy() && e.err == nil; y, off = y+1, off+pm.Stride {
			_, e.err = lz.Write(pm.Pix[off : off+b.Dx()])
		}
	}
	if e.err != nil {
		return
	}
	if err := lz.Close(); err != nil {
		e.err = err
		return
	}
	e.endBlocks()
}

// blockWriter cuts the LZW stream into sub-blocks of at most 255 bytes.
type blockWriter struct{ e *encoder }

func (bw blockWriter) WriteByte(c byte) error {
	e := bw.e
	if e.err != nil {
		return e.err
	}
	e.fill++
	e.block[e.fill] = c
	if e.fill == 255 {
		e.block[0] = 255
		e.put(e.block[:256]...)
		e.fill = 0
	}
	return e.err
}

func (bw blockWriter) Write(p []byte) (int, error) {
	for i, c := range p {
		if err := bw.WriteByte(c); err != nil {
			return i, err
		}
	}
	return len(p), nil
}

func (bw blockWriter) Flush() error { return nil }

// endBlocks writes the partial sub-block and the empty block that ends the data.
func (e *encoder) endBlocks() {
	if e.fill > 0 {
		e.block[0] = byte(e.fill)
		e.put(e.block[:e.fill+1]...)
		e.fill = 0
	}
	e.put(0)
}
