package png

import (
	"bufio"
	"compress/zlib"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"io"
	"strconv"
)

// CompressionLevel is how hard Encode compresses.
type CompressionLevel int

const (
	DefaultCompression CompressionLevel = 0
	NoCompression      CompressionLevel = -1
	BestSpeed          CompressionLevel = -2
	BestCompression    CompressionLevel = -3
)

// Encoder writes PNG images with a compression level and, optionally, a pool of
// scratch buffers reused across calls.
type Encoder struct {
	CompressionLevel CompressionLevel
	BufferPool       EncoderBufferPool
}

// EncoderBufferPool hands out and takes back EncoderBuffers.
type EncoderBufferPool interface {
	Get() *EncoderBuffer
	Put(*EncoderBuffer)
}

// EncoderBuffer is the scratch memory of one encoding.
type EncoderBuffer struct {
	rows, filtered []byte
}

// Encode writes m to w as a PNG at the default compression level.
func Encode(w io.Writer, m image.Image) error {
	var e Encoder
	return e.Encode(w, m)
}

// The encoding chosen for an image: a color type and bit depth.
type encoding struct {
	ctype, depth int
	pal          color.Palette
}

func (enc *Encoder) zlibLevel() int {
	levels := map[CompressionLevel]int{NoCompression: zlib.NoCompression, BestSpeed: zlib.BestSpeed, BestCompression: zlib.BestCompression}
	l, ok := levels[enc.CompressionLevel]
	if !ok {
		l = zlib.DefaultCompression
	}
	return l
}

// isOpaque reports whether every pixel of m is fully opaque.
func isOpaque(m image.Image) bool {
	if o, ok := m.(interface{ Opaque() bool }); ok {
		return o.Opaque()
	}
	b := m.Bounds()
	for j := range b.Dy() {
		for i := range b.Dx() {
			if _, _, _, a := m.At(b.Min.X+i, b.Min.Y+j).RGBA(); a != 0xffff {
				return false
			}
		}
	}
	return true
}

// choose picks the color type: a palette's indices for paletted images, gray for gray
// models, 8-bit color for 8-bit models and 16-bit color otherwise, with alpha unless the
// image is opaque.
func choose(m image.Image) (encoding, error) {
	if pm, isPal := m.(image.PalettedImage); isPal {
		if pal, _ := pm.ColorModel().(color.Palette); pal != nil {
			n := len(pal)
			if n > 256 {
				return encoding{}, FormatError("bad palette length: " + strconv.Itoa(n))
			}
			depth := 8
			switch {
			case n <= 2:
				depth = 1
			case n <= 4:
				depth = 2
			case n <= 16:
				depth = 4
			}
			return encoding{ctPaletted, depth, pal}, nil
		}
	}
	switch m.ColorModel() {
	case color.GrayModel:
		return encoding{ctGray, 8, nil}, nil
	case color.Gray16Model:
		return encoding{ctGray, 16, nil}, nil
	}
	depth := 16
	if cm := m.ColorModel(); cm == color.RGBAModel || cm == color.NRGBAModel || cm == color.AlphaModel {
		depth = 8
	}
	if isOpaque(m) {
		return encoding{ctTrue, depth, nil}, nil
	}
	return encoding{ctTrueAlpha, depth, nil}, nil
}

// Encode writes m to w as a PNG.
func (enc *Encoder) Encode(w io.Writer, m image.Image) error {
	b := m.Bounds()
	mw, mh := int64(b.Dx()), int64(b.Dy())
	if fits := func(v int64) bool { return 0 < v && v < 1<<32 }; !fits(mw) || !fits(mh) {
		return FormatError(fmt.Sprintf("invalid image size: %dx%d", mw, mh))
	}
	e, err := choose(m)
	if err != nil {
		return err
	}
	var buf *EncoderBuffer
	if enc.BufferPool != nil {
		buf = enc.BufferPool.Get()
	}
	if buf == nil {
		buf = new(EncoderBuffer)
	}
	defer func() {
		if enc.BufferPool != nil {
			enc.BufferPool.Put(buf)
		}
	}()

	out := &chunkWriter{w: w}
	out.raw([]byte(signature))
	var hdr [13]byte
	binary.BigEndian.PutUint32(hdr[0:], uint32(mw))
	binary.BigEndian.PutUint32(hdr[4:], uint32(mh))
	hdr[8], hdr[9] = byte(e.depth), byte(e.ctype)
	out.chunk("IHDR", hdr[:])
	if e.ctype == ctPaletted {
		plte := make([]byte, 0, 3*len(e.pal))
		var trns []byte
		last := -1
		for i, c := range e.pal {
			n := nrgba(c)
			plte = append(plte, n.R, n.G, n.B)
			trns = append(trns, n.A)
			if n.A != 0xff {
				last = i
			}
		}
		out.chunk("PLTE", plte)
		if last >= 0 {
			out.chunk("tRNS", trns[:last+1])
		}
	}
	// The zlib stream goes out through a 32 KiB buffer, one IDAT chunk per write it
	// passes on (a full buffer, or a large write that finds it empty), which is where
	// Go's encoder splits its IDAT chunks.
	idat := bufio.NewWriterSize(idatWriter{out}, 1<<15)
	zw, err := zlib.NewWriterLevel(idat, enc.zlibLevel())
	if err != nil {
		return err
	}
	filter := enc.CompressionLevel != NoCompression && e.ctype != ctPaletted && e.depth >= 8
	bits := e.depth * channels(e.ctype)
	rowLen := (int(mw)*bits + 7) / 8
	bpp := max(1, bits/8)
	if cap(buf.rows) < 2*(rowLen+1) {
		buf.rows = make([]byte, 2*(rowLen+1))
		buf.filtered = make([]byte, 5*(rowLen+1))
	}
	cur, prev := buf.rows[:rowLen+1], buf.rows[rowLen+1:2*(rowLen+1)]
	clear(prev)
	for j := range b.Dy() {
		clear(cur)
		packRow(cur[1:], m, e, b.Min.Y+j)
		row := cur
		if filter {
			row = bestFilter(cur[1:], prev[1:], bpp, buf.filtered)
		}
		if _, err := zw.Write(row); err != nil {
			return err
		}
		cur, prev = prev, cur
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := idat.Flush(); err != nil {
		return err
	}
	out.chunk("IEND", nil)
	return out.err
}

func nrgba(c color.Color) color.NRGBA     { return color.NRGBAModel.Convert(c).(color.NRGBA) }
func nrgba64(c color.Color) color.NRGBA64 { return color.NRGBA64Model.Convert(c).(color.NRGBA64) }

// packRow writes row y of m in encoding e.
func packRow(row []byte, m image.Image, e encoding, y int) {
	if copyRow(row, m, e, y) {
		return
	}
	b := m.Bounds()
	for i := range b.Dx() {
		x := b.Min.X + i
		switch e.ctype {
		case ctPaletted:
			var ix uint8
			if p, ok := m.(image.PalettedImage); ok {
				ix = p.ColorIndexAt(x, y)
			} else {
				ix = uint8(e.pal.Index(m.At(x, y)))
			}
			if e.depth == 8 {
				row[i] = ix
			} else {
				bit := i * e.depth
				row[bit/8] |= ix << (8 - e.depth - bit%8)
			}
		case ctGray:
			if e.depth == 8 {
				row[i] = color.GrayModel.Convert(m.At(x, y)).(color.Gray).Y
			} else {
				binary.BigEndian.PutUint16(row[2*i:], color.Gray16Model.Convert(m.At(x, y)).(color.Gray16).Y)
			}
		case ctTrue:
			r, g, bl, _ := m.At(x, y).RGBA()
			if e.depth == 8 {
				row[3*i], row[3*i+1], row[3*i+2] = uint8(r>>8), uint8(g>>8), uint8(bl>>8)
			} else {
				binary.BigEndian.PutUint16(row[6*i:], uint16(r))
				binary.BigEndian.PutUint16(row[6*i+2:], uint16(g))
				binary.BigEndian.PutUint16(row[6*i+4:], uint16(bl))
			}
		default:
			if e.depth == 8 {
				c := nrgba(m.At(x, y))
				row[4*i], row[4*i+1], row[4*i+2], row[4*i+3] = c.R, c.G, c.B, c.A
			} else {
				c := nrgba64(m.At(x, y))
				binary.BigEndian.PutUint16(row[8*i:], c.R)
				binary.BigEndian.PutUint16(row[8*i+2:], c.G)
				binary.BigEndian.PutUint16(row[8*i+4:], c.B)
				binary.BigEndian.PutUint16(row[8*i+6:], c.A)
			}
		}
	}
}

// copyRow is packRow for images whose pixel bytes already are the encoded samples.
func copyRow(row []byte, m image.Image, e encoding, y int) bool {
	b := m.Bounds()
	switch m := m.(type) {
	case *image.NRGBA:
		if e.ctype == ctTrueAlpha && e.depth == 8 {
			i := m.PixOffset(b.Min.X, y)
			copy(row, m.Pix[i:i+4*b.Dx()])
			return true
		}
	case *image.RGBA:
		if e.ctype == ctTrue && e.depth == 8 {
			i := m.PixOffset(b.Min.X, y)
			for k, px := 0, m.Pix[i:i+4*b.Dx()]; k < b.Dx(); k++ {
				row[3*k], row[3*k+1], row[3*k+2] = px[4*k], px[4*k+1], px[4*k+2]
			}
			return true
		}
	case *image.Gray:
		if e.ctype == ctGray && e.depth == 8 {
			i := m.PixOffset(b.Min.X, y)
			copy(row, m.Pix[i:i+b.Dx()])
			return true
		}
	case *image.Paletted:
		if e.ctype == ctPaletted && e.depth == 8 {
			i := m.PixOffset(b.Min.X, y)
			copy(row, m.Pix[i:i+b.Dx()])
			return true
		}
	}
	return false
}

// bestFilter returns the filtered row (filter byte first) whose bytes, read as signed,
// have the smallest sum of magnitudes — the heuristic the PNG specification suggests.
func bestFilter(cur, prev []byte, bpp int, scratch []byte) []byte {
	n := len(cur) + 1
	best, bestCost := []byte(nil), -1
	// Go's encoder tries Up, Paeth, None, Sub and Average in this order and keeps the
	// first of equal costs; so do we, for the same bytes
	for _, ft := range [5]int{2, 4, 0, 1, 3} {
		out := scratch[ft*n : (ft+1)*n]
		out[0] = byte(ft)
		cost := 0
		for i, v := range cur {
			var left, up, ul int
			if i >= bpp {
				left, ul = int(cur[i-bpp]), int(prev[i-bpp])
			}
			up = int(prev[i])
			var pred int
			switch ft {
			case 1:
				pred = left
			case 2:
				pred = up
			case 3:
				pred = (left + up) / 2
			case 4:
				pred = paeth(left, up, ul)
			}
			f := v - byte(pred)
			out[i+1] = f
			if f < 128 {
				cost += int(f)
			} else {
				cost += 256 - int(f)
			}
		}
		if bestCost < 0 || cost < bestCost {
			best, bestCost = out, cost
		}
	}
	return best
}

// idatWriter writes each write as an IDAT chunk.
type idatWriter struct{ c *chunkWriter }

func (w idatWriter) Write(b []byte) (int, error) {
	w.c.chunk("IDAT", b)
	if w.c.err != nil {
		return 0, w.c.err
	}
	return len(b), nil
}

// chunkWriter writes chunks with their lengths and CRCs, keeping the first error.
type chunkWriter struct {
	w   io.Writer
	err error
}

func (c *chunkWriter) raw(b []byte) {
	if c.err == nil {
		_, c.err = c.w.Write(b)
	}
}

func (c *chunkWriter) chunk(typ string, data []byte) {
	var head [8]byte
	binary.BigEndian.PutUint32(head[:4], uint32(len(data)))
	copy(head[4:], typ)
	sum := crc32.Update(crc32.ChecksumIEEE(head[4:]), crc32.IEEETable, data)
	var tail [4]byte
	binary.BigEndian.PutUint32(tail[:], sum)
	c.raw(head[:])
	c.raw(data)
	c.raw(tail[:])
}
