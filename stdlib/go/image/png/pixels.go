package png

import (
	"compress/zlib"
	"image"
	"io"
)

// Adam7: each pass's first column and row and its steps.
var adam7 = [7][4]int{{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}}

// channels is the number of samples per pixel of a color type.
func channels(ct int) int {
	switch ct {
	case ctTrue:
		return 3
	case ctGrayAlpha:
		return 2
	case ctTrueAlpha:
		return 4
	}
	return 1
}

// newImage makes the image the header (and tRNS) call for.
func (d *decoder) newImage() image.Image {
	r := image.Rect(0, 0, d.width, d.height)
	wide := d.depth == 16
	switch {
	case d.ctype == ctPaletted:
		return image.NewPaletted(r, d.palette)
	case (d.ctype == ctGray || d.ctype == ctTrue) && d.trns == nil:
		switch {
		case d.ctype == ctGray && wide:
			return image.NewGray16(r)
		case d.ctype == ctGray:
			return image.NewGray(r)
		case wide:
			return image.NewRGBA64(r)
		}
		return image.NewRGBA(r)
	case wide:
		return image.NewNRGBA64(r)
	}
	return image.NewNRGBA(r)
}

// pixels decodes the zlib stream of the IDAT chunks (first is the first one's data).
func (d *decoder) pixels(first []byte) error {
	src := &idatReader{d: d, data: first}
	zr, err := zlib.NewReader(src)
	if err != nil {
		return pixelsCut(err)
	}
	img := d.newImage()
	if d.laced {
		for _, p := range adam7 {
			w := (d.width - p[0] + p[2] - 1) / p[2]
			h := (d.height - p[1] + p[3] - 1) / p[3]
			if w > 0 && h > 0 {
				if err := d.pass(zr, img, p[0], p[1], p[2], p[3], w, h); err != nil {
					return err
				}
			}
		}
	} else if err := d.pass(zr, img, 0, 0, 1, 1, d.width, d.height); err != nil {
		return err
	}
	if pal, ok := img.(*image.Paletted); ok {
		pal.Palette = d.palette
	}
	// The zlib stream must end with the pixels.
	var one [1]byte
	for {
		n, err := zr.Read(one[:])
		if n > 0 {
			return errTooMuchPixelData
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return FormatError(err.Error())
		}
	}
	d.img = img
	return nil
}

// pixelsCut reports a read error of the pixel data, running out of it as Go does.
func pixelsCut(err error) error {
	switch err {
	case io.EOF, io.ErrUnexpectedEOF:
		return errNotEnoughPixelData
	}
	return err
}

var (
	errNotEnoughPixelData = FormatError("not enough pixel data")
	errTooMuchPixelData   = FormatError("too much pixel data")
	errBadFilterType      = FormatError("bad filter type")
)

// unfilter undoes the row filter ft of cur (prev: the row above, zeros for the first)
// with bpp bytes per complete pixel.
func unfilter(ft byte, cur, prev []byte, bpp int) error {
	switch ft {
	case 0:
	case 1:
		for i := bpp; i < len(cur); i++ {
			cur[i] += cur[i-bpp]
		}
	case 2:
		for i := range cur {
			cur[i] += prev[i]
		}
	case 3:
		for i := range cur {
			left := 0
			if i >= bpp {
				left = int(cur[i-bpp])
			}
			cur[i] += byte((left + int(prev[i])) / 2)
		}
	case 4:
		for i := range cur {
			var a, c int
			if i >= bpp {
				a, c = int(cur[i-bpp]), int(prev[i-bpp])
			}
			cur[i] += byte(paeth(a, int(prev[i]), c))
		}
	default:
		return errBadFilterType
	}
	return nil
}

// paeth is the Paeth predictor: of left, up and upper-left, the one closest to
// left + up - upper-left (ties in that order).
func paeth(a, b, c int) int {
	abs := func(v int) int {
		if v < 0 {
			return -v
		}
		return v
	}
	pa, pb, pc := abs(b-c), abs(a-c), abs(a+b-2*c)
	switch {
	case pa <= pb && pa <= pc:
		return a
	case pb <= pc:
		return b
	}
	return c
}

// pass decodes a w x h (sub-)image whose pixel (i, j) lands at (x0+i*dx, y0+j*dy).
func (d *decoder) pass(zr io.Reader, img image.Image, x0, y0, dx, dy, w, h int) error {
	bits := d.depth * channels(d.ctype)
	rowLen := (w*bits + 7) / 8
	bpp := max(1, bits/8)
	cur := make([]byte, rowLen+1)
	prev := make([]byte, rowLen+1)
	for j := 0; j < h; j++ {
		if _, err := io.ReadFull(zr, cur); err != nil {
			return pixelsCut(err)
		}
		if err := unfilter(cur[0], cur[1:], prev[1:], bpp); err != nil {
			return err
		}
		d.row(img, cur[1:], y0+j*dy, x0, dx, w)
		cur, prev = prev, cur
	}
	return nil
}

// sample is the i-th sample of a row packed at depth bits (< 8) per sample.
func sample(row []byte, i, depth int) uint8 {
	bit := i * depth
	return row[bit/8] >> (8 - depth - bit%8) & (1<<depth - 1)
}

// row stores the w pixels of a decoded row at y, columns x0, x0+dx, ...
func (d *decoder) row(img image.Image, row []byte, y, x0, dx, w int) {
	t := d.trns
	switch m := img.(type) {
	case *image.Paletted:
		off := y * m.Stride
		for i := 0; i < w; i++ {
			var ix uint8
			if d.depth == 8 {
				ix = row[i]
			} else {
				ix = sample(row, i, d.depth)
			}
			if int(ix) >= len(d.palette) {
				d.palette = d.palette[:int(ix)+1]
			}
			m.Pix[off+x0+i*dx] = ix
		}
	case *image.Gray:
		off := y * m.Stride
		for i := 0; i < w; i++ {
			m.Pix[off+x0+i*dx] = d.gray8(row, i)
		}
	case *image.Gray16:
		off := y * m.Stride
		for i := 0; i < w; i++ {
			p := off + 2*(x0+i*dx)
			m.Pix[p], m.Pix[p+1] = row[2*i], row[2*i+1]
		}
	case *image.RGBA:
		off := y * m.Stride
		for i := 0; i < w; i++ {
			p := off + 4*(x0+i*dx)
			copy(m.Pix[p:p+3], row[3*i:3*i+3])
			m.Pix[p+3] = 0xff
		}
	case *image.RGBA64:
		off := y * m.Stride
		for i := 0; i < w; i++ {
			p := off + 8*(x0+i*dx)
			copy(m.Pix[p:p+6], row[6*i:6*i+6])
			m.Pix[p+6], m.Pix[p+7] = 0xff, 0xff
		}
	case *image.NRGBA:
		off := y * m.Stride
		for i := 0; i < w; i++ {
			px := m.Pix[off+4*(x0+i*dx):][:4]
			switch d.ctype {
			case ctGray:
				v := d.gray8(row, i)
				raw := v
				if d.depth < 8 {
					raw = sample(row, i, d.depth)
				}
				px[0], px[1], px[2], px[3] = v, v, v, opaqueUnless(raw == t[1])
			case ctTrue:
				s := row[3*i : 3*i+3]
				px[0], px[1], px[2] = s[0], s[1], s[2]
				px[3] = opaqueUnless(s[0] == t[1] && s[1] == t[3] && s[2] == t[5])
			case ctGrayAlpha:
				v := row[2*i]
				px[0], px[1], px[2], px[3] = v, v, v, row[2*i+1]
			default:
				copy(px, row[4*i:4*i+4])
			}
		}
	case *image.NRGBA64:
		off := y * m.Stride
		for i := 0; i < w; i++ {
			px := m.Pix[off+8*(x0+i*dx):][:8]
			switch d.ctype {
			case ctGray:
				s := row[2*i : 2*i+2]
				copy(px[0:], s)
				copy(px[2:], s)
				copy(px[4:], s)
				a := opaqueUnless(s[0] == t[0] && s[1] == t[1])
				px[6], px[7] = a, a
			case ctTrue:
				s := row[6*i : 6*i+6]
				copy(px, s)
				a := opaqueUnless(string(s) == string(t))
				px[6], px[7] = a, a
			case ctGrayAlpha:
				s := row[4*i : 4*i+4]
				copy(px[0:], s[:2])
				copy(px[2:], s[:2])
				copy(px[4:], s[:2])
				px[6], px[7] = s[2], s[3]
			default:
				copy(px, row[8*i:8*i+8])
			}
		}
	}
}

func opaqueUnless(transparent bool) uint8 {
	if transparent {
		return 0
	}
	return 0xff
}

// gray8 is the i-th gray sample of a row scaled to 8 bits.
func (d *decoder) gray8(row []byte, i int) uint8 {
	switch d.depth {
	case 1:
		return sample(row, i, 1) * 0xff
	case 2:
		return sample(row, i, 2) * 0x55
	case 4:
		return sample(row, i, 4) * 0x11
	}
	return row[i]
}
