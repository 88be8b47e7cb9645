// Package png reads and writes PNG images (the W3C Portable Network Graphics
// specification): every color type and bit depth, Adam7 interlacing, palettes with
// transparency.
package png

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"io"
	"strconv"
)

// FormatError: the input is not a valid PNG.
type FormatError string

func (e FormatError) Error() string { return "png: invalid format: " + string(e) }

// UnsupportedError: the input uses a PNG feature this package does not handle.
type UnsupportedError string

func (e UnsupportedError) Error() string { return "png: unsupported feature: " + string(e) }

// The decoder's errors.
var (
	errBadIendLength          = FormatError("bad IEND length")
	errBadIhdrLength          = FormatError("bad IHDR length")
	errBadPlteLength          = FormatError("bad PLTE length")
	errBadTrnsLength          = FormatError("bad tRNS length")
	errChunkOutOfOrder        = FormatError("chunk out of order")
	errCompressionMethod      = UnsupportedError("compression method")
	errDimensionOverflow      = FormatError("dimension overflow")
	errFilterMethod           = UnsupportedError("filter method")
	errInvalidInterlaceMethod = FormatError("invalid interlace method")
	errNonPositiveDimension   = FormatError("non-positive dimension")
	errNotAPngFile            = FormatError("not a PNG file")
	errPlteColorTypeMismatch  = FormatError("PLTE, color type mismatch")
	errTrnsColorTypeMismatch  = FormatError("tRNS, color type mismatch")
)

const signature = "\x89PNG\r\n\x1a\n"

// Color types of the IHDR chunk.
const (
	ctGray      = 0
	ctTrue      = 2
	ctPaletted  = 3
	ctGrayAlpha = 4
	ctTrueAlpha = 6
)

// Where the decoder is in the chunk sequence.
const (
	beforeIHDR = iota
	afterIHDR
	afterPLTE
	afterIDAT
	done
)

type decoder struct {
	r       io.Reader
	stage   int
	width   int
	height  int
	depth   int
	ctype   int
	laced   bool
	palette color.Palette
	trns    []byte // the tRNS chunk (nil: none)
	img     image.Image
	tmp     [8]byte
	// the chunk that ended the image data, handled once the pixels are decoded
	pending     string
	pendingData []byte
}

func init() {
	image.RegisterFormat("png", signature, Decode, DecodeConfig)
}

// Decode reads a PNG image from r. The image's type follows the file's color type
// and depth: *image.Gray, Gray16, RGBA, RGBA64, NRGBA, NRGBA64 or Paletted.
func Decode(r io.Reader) (image.Image, error) {
	d := &decoder{r: r}
	if err := d.run(false); err != nil {
		return nil, err
	}
	return d.img, nil
}

// DecodeConfig reads the color model and dimensions of a PNG image.
func DecodeConfig(r io.Reader) (image.Config, error) {
	d := &decoder{r: r}
	if err := d.run(true); err != nil {
		return image.Config{}, err
	}
	return image.Config{ColorModel: d.model(), Width: d.width, Height: d.height}, nil
}

// model is the color model of the image type the header implies.
func (d *decoder) model() color.Model {
	sixteen := d.depth == 16
	switch d.ctype {
	case ctGray:
		if sixteen {
			return color.Gray16Model
		}
		return color.GrayModel
	case ctTrue:
		if sixteen {
			return color.RGBA64Model
		}
		return color.RGBAModel
	case ctPaletted:
		return d.palette
	}
	if sixteen {
		return color.NRGBA64Model
	}
	return color.NRGBAModel
}

// fill reads the next n bytes of the file into tmp.
func (d *decoder) fill(n int) error {
	_, err := io.ReadFull(d.r, d.tmp[:n])
	return noEOF(err)
}

func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// run reads the signature and the chunks; for a configuration it stops once the
// header (and a paletted image's palette) is known.
func (d *decoder) run(configOnly bool) error {
	if err := d.fill(8); err != nil {
		return err
	}
	if string(d.tmp[:8]) != signature {
		return errNotAPngFile
	}
	for d.stage != done {
		typ, data := d.pending, d.pendingData
		if typ != "" {
			d.pending = ""
		} else {
			var err error
			if typ, data, err = d.chunk(); err != nil {
				return err
			}
		}
		if err := d.handle(typ, data); err != nil {
			return err
		}
		if configOnly && (d.stage == afterIHDR && d.ctype != ctPaletted || d.stage == afterPLTE && d.ctype == ctPaletted) {
			return nil
		}
	}
	return nil
}

// chunk reads one chunk and checks its CRC.
func (d *decoder) chunk() (string, []byte, error) {
	if err := d.fill(8); err != nil {
		return "", nil, err
	}
	n := binary.BigEndian.Uint32(d.tmp[:4])
	if n > 0x7fffffff {
		return "", nil, FormatError("bad chunk length: " + strconv.FormatUint(uint64(n), 10))
	}
	typ := string(d.tmp[4:8])
	var buf bytes.Buffer
	if _, err := io.CopyN(&buf, d.r, int64(n)); err != nil {
		return "", nil, noEOF(err)
	}
	data := buf.Bytes()
	if err := d.fill(4); err != nil {
		return "", nil, err
	}
	sum := crc32.Update(crc32.ChecksumIEEE([]byte(typ)), crc32.IEEETable, data)
	if sum != binary.BigEndian.Uint32(d.tmp[:4]) {
		return "", nil, FormatError("invalid checksum")
	}
	return typ, data, nil
}

func (d *decoder) handle(typ string, data []byte) error {
	if d.stage == beforeIHDR && typ != "IHDR" {
		return errChunkOutOfOrder
	}
	switch typ {
	case "IHDR":
		if d.stage != beforeIHDR {
			return errChunkOutOfOrder
		}
		return d.header(data)
	case "PLTE":
		if d.stage != afterIHDR {
			return errChunkOutOfOrder
		}
		d.stage = afterPLTE
		return d.plte(data)
	case "tRNS":
		if d.stage >= afterIDAT || d.ctype == ctPaletted && d.stage != afterPLTE {
			return errChunkOutOfOrder
		}
		return d.transparency(data)
	case "IDAT":
		if d.stage < afterIHDR || d.stage > afterIDAT || d.ctype == ctPaletted && d.stage == afterIHDR {
			return errChunkOutOfOrder
		}
		if d.stage == afterIDAT {
			return nil // a later run of IDAT chunks: the image is complete
		}
		d.stage = afterIDAT
		return d.pixels(data)
	case "IEND":
		if d.stage != afterIDAT {
			return errChunkOutOfOrder
		}
		if len(data) != 0 {
			return errBadIendLength
		}
		d.stage = done
	}
	return nil
}

func (d *decoder) header(b []byte) error {
	if len(b) != 13 {
		return errBadIhdrLength
	}
	if b[10] != 0 {
		return errCompressionMethod
	}
	if b[11] != 0 {
		return errFilterMethod
	}
	if b[12] > 1 {
		return errInvalidInterlaceMethod
	}
	w, h := int32(binary.BigEndian.Uint32(b[0:])), int32(binary.BigEndian.Uint32(b[4:]))
	if w <= 0 || h <= 0 {
		return errNonPositiveDimension
	}
	d.width, d.height, d.depth, d.ctype, d.laced = int(w), int(h), int(b[8]), int(b[9]), b[12] == 1
	ok := false
	switch d.ctype {
	case ctGray:
		ok = d.depth == 1 || d.depth == 2 || d.depth == 4 || d.depth == 8 || d.depth == 16
	case ctPaletted:
		ok = d.depth == 1 || d.depth == 2 || d.depth == 4 || d.depth == 8
	case ctTrue, ctGrayAlpha, ctTrueAlpha:
		ok = d.depth == 8 || d.depth == 16
	}
	if !ok {
		return UnsupportedError("bit depth " + strconv.Itoa(d.depth) + ", color type " + strconv.Itoa(d.ctype))
	}
	if int64(d.width)*int64(d.height) > (1<<62)/8 {
		return errDimensionOverflow
	}
	d.stage = afterIHDR
	return nil
}

func (d *decoder) plte(b []byte) error {
	n := len(b) / 3
	switch d.ctype {
	case ctPaletted:
		if len(b)%3 != 0 || n == 0 || n > 256 || n > 1<<d.depth {
			return errBadPlteLength
		}
		// Indices past the palette's end read as opaque black (the palette grows to
		// cover them), so the spare capacity holds that.
		pal := make(color.Palette, 0, 256)
		for i := 0; i < cap(pal); i++ {
			c := color.RGBA{A: 0xff}
			if i < n {
				c.R, c.G, c.B = b[3*i], b[3*i+1], b[3*i+2]
			}
			pal = append(pal, c)
		}
		d.palette = pal[:n]
	case ctTrue, ctTrueAlpha:
		// a suggested palette for display on limited screens: not needed
	default:
		return errPlteColorTypeMismatch
	}
	return nil
}

func (d *decoder) transparency(b []byte) error {
	switch d.ctype {
	case ctGray:
		if len(b) != 2 {
			return errBadTrnsLength
		}
	case ctTrue:
		if len(b) != 6 {
			return errBadTrnsLength
		}
	case ctPaletted:
		if len(b) > len(d.palette) {
			return errBadTrnsLength
		}
		for i, a := range b {
			c := d.palette[i].(color.RGBA)
			d.palette[i] = color.NRGBA{c.R, c.G, c.B, a}
		}
		return nil
	default:
		return errTrnsColorTypeMismatch
	}
	d.trns = append([]byte(nil), b...)
	return nil
}

// idatReader reads the data of consecutive IDAT chunks.
type idatReader struct {
	d    *decoder
	data []byte
	err  error
}

func (r *idatReader) Read(p []byte) (int, error) {
	for len(r.data) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		typ, data, err := r.d.chunk()
		if err != nil {
			r.err = err
			return 0, err
		}
		if typ != "IDAT" {
			// the first chunk after the image data: handle it once the pixels are done
			r.err = io.EOF
			r.d.pending, r.d.pendingData = typ, data
			return 0, io.EOF
		}
		r.data = data
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}
