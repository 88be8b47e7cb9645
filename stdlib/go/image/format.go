package image

import (
	"bufio"
	"errors"
	"image/color"
	"io"
	"sync"
)

// Image is a finite rectangular grid of colors.
type Image interface {
	ColorModel() color.Model
	Bounds() Rectangle
	At(x, y int) color.Color
}

// RGBA64Image is an Image whose pixels can be read as RGBA64 without allocating.
type RGBA64Image interface {
	RGBA64At(int, int) color.RGBA64
	Image
}

// PalettedImage is an Image whose colors come from a palette.
type PalettedImage interface {
	ColorIndexAt(x, y int) uint8
	Image
}

// Config is an image's color model and dimensions, read without decoding the pixels.
type Config struct {
	ColorModel    color.Model
	Width, Height int
}

var (
	// ErrFormat: no registered format recognizes the data.
	ErrFormat = errors.New("image: unknown format")
)

type (
	imageDecoder  func(io.Reader) (Image, error)
	configDecoder func(io.Reader) (Config, error)
)

type format struct {
	name, magic  string
	decode       imageDecoder
	decodeConfig configDecoder
}

var (
	formatsMu sync.Mutex
	formats   []format
)

// RegisterFormat makes Decode and DecodeConfig recognize data starting with magic
// ('?' matches any byte) as the format name.
func RegisterFormat(name, magic string, decode func(io.Reader) (Image, error), decodeConfig func(io.Reader) (Config, error)) {
	formatsMu.Lock()
	formats = append(formats, format{name, magic, decode, decodeConfig})
	formatsMu.Unlock()
}

// peeker is a reader that can show bytes ahead without consuming them.
type peeker interface {
	io.Reader
	Peek(int) ([]byte, error)
}

// sniff finds the format of r's data, wrapping r so that nothing is consumed.
func sniff(r io.Reader) (format, peeker) {
	pr, ok := r.(peeker)
	if !ok {
		pr = bufio.NewReader(r)
	}
	formatsMu.Lock()
	list := formats
	formatsMu.Unlock()
	for _, f := range list {
		head, err := pr.Peek(len(f.magic))
		if err != nil || len(head) != len(f.magic) {
			continue
		}
		match := true
		for i := range head {
			if f.magic[i] != '?' && f.magic[i] != head[i] {
				match = false
				break
			}
		}
		if match {
			return f, pr
		}
	}
	return format{}, pr
}

// Decode decodes an image in any registered format; it returns the format's name.
func Decode(r io.Reader) (Image, string, error) {
	f, pr := sniff(r)
	if f.decode == nil {
		return nil, "", ErrFormat
	}
	m, err := f.decode(pr)
	return m, f.name, err
}

// DecodeConfig decodes an image's color model and dimensions.
func DecodeConfig(r io.Reader) (Config, string, error) {
	var c Config
	f, pr := sniff(r)
	if f.decodeConfig == nil {
		return c, "", ErrFormat
	}
	c, err := f.decodeConfig(pr)
	return c, f.name, err
}
