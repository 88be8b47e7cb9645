// Package zlib reads and writes the zlib format of RFC 1950: a two-byte header (method,
// window size, preset dictionary flag, a level hint), a DEFLATE stream, and the Adler-32
// checksum of the uncompressed data in big-endian order.
package zlib

import (
	"bufio"
	"compress/flate"
	"errors"
	"hash"
	"hash/adler32"
	"io"
	"strconv"
)

// Compression levels, as in package flate.
const (
	NoCompression      = flate.NoCompression
	BestSpeed          = flate.BestSpeed
	BestCompression    = flate.BestCompression
	DefaultCompression = flate.DefaultCompression
	HuffmanOnly        = flate.HuffmanOnly
)

var (
	ErrChecksum   = errors.New(prefix + "invalid checksum")
	ErrDictionary = errors.New(prefix + "invalid dictionary")
	ErrHeader     = errors.New(prefix + "invalid header")
)

const prefix = "zlib: "

// Header fields: the method (8, deflate) with the window size 2^(8+7) in CMF, and in FLG
// the dictionary flag and the level hint; the 16-bit header is a multiple of 31.
const (
	cmfDeflate32K = 0x78
	flgDict       = 0x20
)

// Resetter lets a reader returned by NewReader be reused for a new stream.
type Resetter interface {
	Reset(io.Reader, []byte) error
}

type reader struct {
	src      flate.Reader
	inflater io.ReadCloser
	sum      hash.Hash32
	err      error
}

// NewReader reads the header of the zlib stream r and returns a reader of its data.
// Reading to the end checks the stream's checksum.
func NewReader(r io.Reader) (io.ReadCloser, error) { return NewReaderDict(r, nil) }

// NewReaderDict is NewReader for streams that may use the preset dictionary dict.
func NewReaderDict(r io.Reader, dict []byte) (io.ReadCloser, error) {
	z := new(reader)
	if err := z.Reset(r, dict); err != nil {
		return nil, err
	}
	return z, nil
}

// fullRead fills b from r; running out of input, even before the first byte, is an
// unexpected EOF.
func fullRead(r io.Reader, b []byte) error {
	_, err := io.ReadFull(r, b)
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return err
}

// Reset reads the header of a new stream from r.
func (z *reader) Reset(r io.Reader, dict []byte) error {
	src, ok := r.(flate.Reader)
	if !ok {
		src = bufio.NewReader(r)
	}
	*z = reader{src: src, inflater: z.inflater}
	var h [4]byte
	if z.err = fullRead(src, h[:2]); z.err != nil {
		return z.err
	}
	if h[0]&0x0f != 8 || h[0]>>4 > 7 || (uint(h[0])<<8|uint(h[1]))%31 != 0 {
		z.err = ErrHeader
		return z.err
	}
	if h[1]&flgDict != 0 {
		if z.err = fullRead(src, h[:]); z.err != nil {
			return z.err
		}
		want := uint32(h[0])<<24 | uint32(h[1])<<16 | uint32(h[2])<<8 | uint32(h[3])
		if adler32.Checksum(dict) != want {
			z.err = ErrDictionary
			return z.err
		}
	}
	if z.inflater == nil {
		z.inflater = flate.NewReaderDict(src, dict)
	} else {
		z.inflater.(flate.Resetter).Reset(src, dict)
	}
	z.sum = adler32.New()
	return nil
}

func (z *reader) Read(p []byte) (int, error) {
	if z.err != nil {
		return 0, z.err
	}
	n, err := z.inflater.Read(p)
	z.sum.Write(p[:n])
	if err != io.EOF {
		z.err = err
		return n, err
	}
	var t [4]byte
	if err := fullRead(z.src, t[:]); err != nil {
		z.err = err
		return n, err
	}
	if uint32(t[0])<<24|uint32(t[1])<<16|uint32(t[2])<<8|uint32(t[3]) != z.sum.Sum32() {
		z.err = ErrChecksum
		return n, z.err
	}
	z.err = io.EOF
	return n, io.EOF
}

// Close does not close the underlying reader; it reports an error met while reading.
func (z *reader) Close() error {
	switch z.err {
	case nil, io.EOF:
		return z.inflater.Close()
	}
	return z.err
}

// Writer compresses what is written to it into a zlib stream.
type Writer struct {
	dst         io.Writer
	level       int
	dict        []byte
	deflater    *flate.Writer
	sum         hash.Hash32
	err         error
	wroteHeader bool
	closed      bool
}

// NewWriter returns a Writer compressing at DefaultCompression.
func NewWriter(w io.Writer) *Writer { return newWriter(w, DefaultCompression, nil) }

// NewWriterLevel returns a Writer compressing at level (HuffmanOnly to BestCompression).
func NewWriterLevel(w io.Writer, level int) (*Writer, error) {
	if level < HuffmanOnly || BestCompression < level {
		return nil, errors.New(prefix + "invalid compression level: " + strconv.Itoa(level))
	}
	return newWriter(w, level, nil), nil
}

// NewWriterLevelDict is NewWriterLevel with a preset dictionary, which the reader needs
// too (NewReaderDict).
func NewWriterLevelDict(w io.Writer, level int, dict []byte) (*Writer, error) {
	if level < HuffmanOnly || BestCompression < level {
		return nil, errors.New(prefix + "invalid compression level: " + strconv.Itoa(level))
	}
	return newWriter(w, level, dict), nil
}

func newWriter(w io.Writer, level int, dict []byte) *Writer {
	z := &Writer{level: level, dict: dict}
	z.Reset(w)
	return z
}

// Reset makes z write a new stream to w, with the same level and dictionary.
func (z *Writer) Reset(w io.Writer) {
	*z = Writer{dst: w, level: z.level, dict: z.dict, deflater: z.deflater, sum: adler32.New()}
	if z.deflater != nil {
		z.deflater.Reset(w)
	}
}

// header writes the stream header (before the first data, flush or close).
func (z *Writer) header() error {
	if z.wroteHeader {
		return z.err
	}
	z.wroteHeader = true
	// The level hint: 0 fastest, 1 fast, 2 default, 3 best.
	var hint byte
	switch {
	case z.level == DefaultCompression || z.level == 6:
		hint = 2
	case z.level >= 7:
		hint = 3
	case z.level >= 2:
		hint = 1
	}
	h := []byte{cmfDeflate32K, hint << 6}
	if z.dict != nil {
		h[1] |= flgDict
	}
	// the check bits make the header a multiple of 31; like Go, a header that already
	// is one (hint 0 with a dictionary) gets 31 added rather than 0
	h[1] += byte(31 - (uint(h[0])<<8|uint(h[1]))%31)
	if z.dict != nil {
		s := adler32.Checksum(z.dict)
		h = append(h, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
	}
	if _, z.err = z.dst.Write(h); z.err != nil {
		return z.err
	}
	if z.deflater == nil {
		z.deflater, z.err = flate.NewWriterDict(z.dst, z.level, z.dict)
	}
	return z.err
}

// Write compresses p.
func (z *Writer) Write(p []byte) (int, error) {
	if err := z.header(); err != nil {
		return 0, err
	}
	if len(p) == 0 {
		return 0, nil
	}
	n, err := z.deflater.Write(p)
	if err != nil {
		z.err = err
		return n, err
	}
	z.sum.Write(p)
	return n, nil
}

// Flush writes out everything compressed so far (see flate.Writer.Flush).
func (z *Writer) Flush() error {
	if err := z.header(); err != nil {
		return err
	}
	z.err = z.deflater.Flush()
	return z.err
}

// Close ends the stream with its checksum; it does not close the underlying writer.
func (z *Writer) Close() error {
	if z.closed {
		return z.err
	}
	if err := z.header(); err != nil {
		return err
	}
	z.closed = true
	if z.err = z.deflater.Close(); z.err != nil {
		return z.err
	}
	s := z.sum.Sum32()
	_, z.err = z.dst.Write([]byte{byte(s >> 24), byte(s >> 16), byte(s >> 8), byte(s)})
	return z.err
}
