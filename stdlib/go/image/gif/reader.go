// Package gif reads and writes GIF images (GIF87a and GIF89a): frames, palettes,
// transparency, delays, disposal methods and the NETSCAPE2.0 loop count.
package gif

import (
	"bufio"
	"compress/lzw"
	"errors"
	"image"
	"image/color"
	"io"
	"strconv"
)

// Disposal methods: what happens to a frame's area before the next frame.
const (
	DisposalNone       = 0x01
	DisposalBackground = 0x02
	DisposalPrevious   = 0x03
)

// GIF is an animation: its frames and how they are shown.
type GIF struct {
	Image []*image.Paletted // the frames
	Delay []int             // per frame, in hundredths of a second
	// LoopCount is how many times the animation repeats: 0 forever, -1 shown once, n
	// shown n+1 times.
	LoopCount int
	// Disposal is each frame's disposal method (one of the Disposal constants or 0).
	Disposal []byte
	// Config is the logical screen; its ColorModel is the global color table, if any.
	Config image.Config
	// BackgroundIndex is the background color's index in the global color table.
	BackgroundIndex byte
}

// gifError is an error whose text is "gif: " and the given words.
func gifError(text string) error { return errors.New("gif: " + text) }

var (
	errNotEnough = gifError("not enough image data")
	errTooMuch   = gifError("too much image data")
	errBadPixel  = gifError("invalid pixel value")
)

// Format registration for image.Decode.
const (
	formatName = "gif"
	signature  = "GIF8?a"
)

// truncated reports whether err means the input ended early.
func truncated(err error) bool { return err == io.EOF || err == io.ErrUnexpectedEOF }

// validLitWidth reports whether an LZW literal width is one GIF allows.
func validLitWidth(w int) bool { return w >= 2 && w <= 8 }

// failure prefixes err with what was being read, as Go's messages are worded.
func failure(what string, err error) error {
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return gifError(what + ": " + err.Error())
}

type decoder struct {
	r io.ByteReader
	// the logical screen
	width, height int
	global        color.Palette
	background    byte
	loopCount     int
	// the graphic control extension for the next frame
	hasGCE      bool
	delay       int
	disposal    byte
	transparent int // -1 when none

	frames    []*image.Paletted
	delays    []int
	disposals []byte
}

func newDecoder(r io.Reader) *decoder {
	d := &decoder{loopCount: -1, transparent: -1}
	if br, ok := r.(io.ByteReader); ok {
		d.r = br
	} else {
		d.r = bufio.NewReader(r)
	}
	return d
}

func (d *decoder) readFull(b []byte) error {
	for i := range b {
		c, err := d.r.ReadByte()
		if err != nil {
			if err == io.EOF && i > 0 {
				err = io.ErrUnexpectedEOF
			}
			return err
		}
		b[i] = c
	}
	return nil
}

// hex2 is b as two lower-case hex digits.
func hex2(b byte) string {
	s := strconv.FormatUint(uint64(b), 16)
	if len(s) == 1 {
		s = "0" + s
	}
	return s
}

func le16(b []byte) int { return int(b[0]) | int(b[1])<<8 }

func (d *decoder) readTable(flags byte) (color.Palette, error) {
	n := 2 << (flags & 7)
	raw := make([]byte, 3*n)
	if err := d.readFull(raw); err != nil {
		return nil, failure("reading color table", err)
	}
	pal := make(color.Palette, n)
	for i := range pal {
		pal[i] = color.RGBA{raw[3*i], raw[3*i+1], raw[3*i+2], 0xff}
	}
	return pal, nil
}

// readHeader reads the signature, the logical screen descriptor and the global color
// table.
func (d *decoder) readHeader() error {
	var h [13]byte
	if err := d.readFull(h[:]); err != nil {
		return failure("reading header", err)
	}
	if sig := string(h[:6]); sig != "GIF87a" && sig != "GIF89a" {
		return gifError("can't recognize format " + strconv.Quote(sig))
	}
	d.width, d.height = le16(h[6:]), le16(h[8:])
	if h[10]&0x80 != 0 {
		pal, err := d.readTable(h[10])
		if err != nil {
			return err
		}
		d.global = pal
		d.background = h[11]
	}
	return nil
}

// decode reads the blocks after the header; with firstOnly it stops after one frame.
func (d *decoder) decode(firstOnly bool) error {
	for {
		kind, err := d.r.ReadByte()
		if err != nil {
			return failure("reading frames", err)
		}
		switch kind {
		case 0x21:
			if err := d.extension(); err != nil {
				return err
			}
		case 0x2c:
			if err := d.readFrame(); err != nil {
				return err
			}
			if firstOnly {
				return nil
			}
		case 0x3b:
			if len(d.frames) == 0 {
				return gifError("missing image data")
			}
			return nil
		default:
			return gifError("unknown block type: 0x" + hex2(kind))
		}
	}
}

// skipBlocks reads sub-blocks up to the empty one that ends them.
func (d *decoder) skipBlocks() error {
	for {
		n, err := d.r.ReadByte()
		if err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		for i := 0; i < int(n); i++ {
			if _, err := d.r.ReadByte(); err != nil {
				if err == io.EOF {
					err = io.ErrUnexpectedEOF
				}
				return err
			}
		}
	}
}

func (d *decoder) extension() error {
	label, err := d.r.ReadByte()
	if err != nil {
		return failure("reading extension", err)
	}
	switch label {
	case 0xf9: // graphic control
		var b [6]byte
		if err := d.readFull(b[:]); err != nil {
			return failure("can't read graphic control", err)
		}
		if b[0] != 4 {
			return gifError("invalid graphic control extension block size: " + strconv.Itoa(int(b[0])))
		}
		if b[5] != 0 {
			return gifError("invalid graphic control extension block terminator: " + strconv.Itoa(int(b[5])))
		}
		d.hasGCE = true
		d.disposal = b[1] >> 2 & 7
		d.delay = le16(b[2:])
		d.transparent = -1
		if b[1]&1 != 0 {
			d.transparent = int(b[4])
		}
		return nil
	case 0xff: // application
		size, err := d.r.ReadByte()
		if err != nil {
			return failure("reading extension", err)
		}
		id := make([]byte, size)
		if err := d.readFull(id); err != nil {
			return failure("reading extension", err)
		}
		if size == 11 && string(id) == "NETSCAPE2.0" {
			n, err := d.r.ReadByte()
			if err != nil {
				return failure("reading extension", err)
			}
			if n == 0 {
				return nil
			}
			sub := make([]byte, n)
			if err := d.readFull(sub); err != nil {
				return failure("reading extension", err)
			}
			if n == 3 && sub[0] == 1 {
				d.loopCount = le16(sub[1:])
			}
		}
		if err := d.skipBlocks(); err != nil {
			return failure("reading extension", err)
		}
		return nil
	case 0xfe, 0x01: // comment, plain text
		if err := d.skipBlocks(); err != nil {
			return failure("reading extension", err)
		}
		return nil
	}
	return gifError("unknown extension 0x" + hex2(label))
}

func (d *decoder) readFrame() error {
	var b [9]byte
	if err := d.readFull(b[:]); err != nil {
		return failure("can't read image descriptor", err)
	}
	left, top := le16(b[0:]), le16(b[2:])
	w, h := le16(b[4:]), le16(b[6:])
	flags := b[8]
	var pal color.Palette
	if flags&0x80 != 0 {
		p, err := d.readTable(flags)
		if err != nil {
			return err
		}
		pal = p
	} else {
		if d.global == nil {
			return gifError("no color table")
		}
		pal = d.global
	}
	if d.transparent >= 0 {
		// The frame gets its own palette, grown with transparent black when the
		// transparent index lies beyond it.
		own := make(color.Palette, max(len(pal), d.transparent+1))
		copy(own, pal)
		for i := len(pal); i < len(own); i++ {
			own[i] = color.RGBA{}
		}
		own[d.transparent] = color.RGBA{}
		pal = own
	}
	rect := image.Rect(left, top, left+w, top+h)
	if rect.Max.X > d.width || rect.Max.Y > d.height {
		return gifError("frame bounds larger than image bounds")
	}
	m := image.NewPaletted(rect, pal)
	litWidth, err := d.r.ReadByte()
	if err != nil {
		return failure("reading image data", err)
	}
	if !validLitWidth(int(litWidth)) {
		return gifError("pixel size in decode out of range: " + strconv.Itoa(int(litWidth)))
	}
	blocks := &subBlocks{r: d.r}
	lz := lzw.NewReader(blocks, lzw.LSB, int(litWidth))
	defer lz.Close()
	pix := m.Pix
	if _, err := io.ReadFull(lz, pix); err != nil {
		if truncated(err) {
			return errNotEnough
		}
		return failure("reading image data", err)
	}
	// After the pixels the LZW stream must end (a missing end code is tolerated).
	var extra [1]byte
	if n, err := lz.Read(extra[:]); n > 0 {
		return errTooMuch
	} else if err != nil && !truncated(err) {
		return failure("reading image data", err)
	}
	if err := blocks.finish(); err != nil {
		return err
	}
	if len(pal) < 256 {
		for _, p := range pix {
			if int(p) >= len(pal) {
				return errBadPixel
			}
		}
	}
	if flags&0x40 != 0 {
		deinterlace(m)
	}
	d.frames = append(d.frames, m)
	d.delays = append(d.delays, d.delay)
	d.disposals = append(d.disposals, d.disposal)
	d.delay, d.disposal, d.transparent, d.hasGCE = 0, 0, -1, false
	return nil
}

// deinterlace reorders the rows of an interlaced frame: rows were sent every 8th from
// row 0, every 8th from row 4, every 4th from row 2, then every 2nd from row 1.
func deinterlace(m *image.Paletted) {
	h := m.Rect.Dy()
	stride := m.Stride
	sent := make([]byte, len(m.Pix))
	copy(sent, m.Pix)
	row := 0
	for _, pass := range [4][2]int{{0, 8}, {4, 8}, {2, 4}, {1, 2}} {
		for y := pass[0]; y < h; y += pass[1] {
			copy(m.Pix[y*stride:(y+1)*stride], sent[row*stride:(row+1)*stride])
			row++
		}
	}
}

// subBlocks reads the data of a run of sub-blocks as one stream, a whole sub-block at a
// time (a sub-block cut short by the end of the input yields none of its bytes); io.EOF
// at the empty block that ends them.
type subBlocks struct {
	r    io.ByteReader
	buf  [255]byte
	pos  int
	end  int
	err  error
}

func (s *subBlocks) fill() {
	n, err := s.r.ReadByte()
	if err != nil {
		s.err = io.ErrUnexpectedEOF
		return
	}
	if n == 0 {
		s.err = io.EOF
		return
	}
	for i := 0; i < int(n); i++ {
		c, err := s.r.ReadByte()
		if err != nil {
			s.err = io.ErrUnexpectedEOF
			return
		}
		s.buf[i] = c
	}
	s.pos, s.end = 0, int(n)
}

// finish checks what follows the LZW stream, as Go tolerates it: unread bytes of the
// current sub-block are ignored; when it was used up, one more sub-block of a single
// byte is allowed; then the empty block must come.
func (s *subBlocks) finish() error {
	if s.err == nil && s.pos == s.end {
		s.fill()
		if s.err == nil && s.end > 1 {
			return errTooMuch
		}
	}
	if s.err == nil {
		s.fill()
		if s.err == nil {
			return errTooMuch
		}
	}
	if s.err != io.EOF {
		return failure("reading image data", s.err)
	}
	return nil
}

func (s *subBlocks) ReadByte() (byte, error) {
	for s.pos == s.end {
		if s.err != nil {
			return 0, s.err
		}
		s.fill()
	}
	c := s.buf[s.pos]
	s.pos++
	return c, nil
}

func (s *subBlocks) Read(p []byte) (int, error) {
	for i := range p {
		c, err := s.ReadByte()
		if err != nil {
			if i > 0 {
				return i, nil
			}
			return 0, err
		}
		p[i] = c
	}
	return len(p), nil
}

// Decode reads the first frame of a GIF.
func Decode(r io.Reader) (image.Image, error) {
	d := newDecoder(r)
	if err := d.readHeader(); err != nil {
		return nil, err
	}
	if err := d.decode(true); err != nil {
		return nil, err
	}
	return d.frames[0], nil
}

// DecodeAll reads every frame of a GIF.
func DecodeAll(r io.Reader) (*GIF, error) {
	d := newDecoder(r)
	if err := d.readHeader(); err != nil {
		return nil, err
	}
	if err := d.decode(false); err != nil {
		return nil, err
	}
	g := &GIF{
		Image:           d.frames,
		Delay:           d.delays,
		LoopCount:       d.loopCount,
		Disposal:        d.disposals,
		Config:          image.Config{ColorModel: d.global, Width: d.width, Height: d.height},
		BackgroundIndex: d.background,
	}
	return g, nil
}

// DecodeConfig reads the logical screen of a GIF: its size and global color table.
func DecodeConfig(r io.Reader) (image.Config, error) {
	d := newDecoder(r)
	if err := d.readHeader(); err != nil {
		return image.Config{}, err
	}
	// Without a global table the model is still a (nil) color.Palette, as in Go.
	return image.Config{ColorModel: d.global, Width: d.width, Height: d.height}, nil
}

func init() {
	image.RegisterFormat(formatName, signature, Decode, DecodeConfig)
}
