// Package gzip reads and writes the gzip file format of RFC 1952: members made of a
// header (optional name, comment and extra field), a DEFLATE stream, and a trailer with
// the CRC-32 and the length (mod 2^32) of the uncompressed data.
package gzip

import (
	"bufio"
	"compress/flate"
	"errors"
	"hash/crc32"
	"io"
	"strconv"
	"time"
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
	// ErrChecksum: the trailer's CRC-32 or length does not match the data.
	ErrChecksum = errors.New("gzip: invalid checksum")
	// ErrHeader: the input is not a gzip member header.
	ErrHeader = errors.New("gzip: invalid header")
)

// Header bytes: ID1, ID2, CM (8, deflate), FLG bits.
const (
	id1, id2   = 0x1f, 0x8b
	cmDeflate  = 8
	flagText   = 1 << 0
	flagHCRC   = 1 << 1
	flagExtra  = 1 << 2
	flagName   = 1 << 3
	flagComent = 1 << 4
	osUnknown  = 255
)

// Header is the metadata of a gzip member. Name and Comment are stored as Latin-1
// (ISO 8859-1) and NUL-terminated, so they cannot hold characters above U+00FF or NUL.
type Header struct {
	Comment string
	Extra   []byte
	ModTime time.Time
	Name    string
	OS      byte
}

// Reader decompresses a gzip file, member after member (unless Multistream(false)).
// Its Header describes the current member.
type Reader struct {
	Header
	src      flate.Reader
	inflater io.ReadCloser
	crc      uint32
	size     uint32
	err      error
	single   bool
}

// NewReader reads the first member header from r.
func NewReader(r io.Reader) (*Reader, error) {
	z := new(Reader)
	if z.Reset(r) != nil {
		return nil, z.err
	}
	return z, nil
}

// Reset discards z's state and reads a member header from r.
func (z *Reader) Reset(r io.Reader) error {
	src, ok := r.(flate.Reader)
	if !ok {
		src = bufio.NewReader(r)
	}
	*z = Reader{src: src, inflater: z.inflater}
	h, err := z.readHeader()
	z.Header = h
	z.err = err
	return err
}

// Multistream(false) makes the reader stop at the end of the current member (reading
// no further), so that each member can be read with its own Reset.
func (z *Reader) Multistream(ok bool) { z.single = !ok }

// le is the little-endian number in b.
func le(b []byte) uint32 {
	var v uint32
	for i, c := range b {
		v |= uint32(c) << (8 * i)
	}
	return v
}

// readHeader reads a member header and readies the decompressor. No input at all is
// io.EOF (the end of a multi-member file); a partial header is io.ErrUnexpectedEOF.
func (z *Reader) readHeader() (Header, error) {
	var h Header
	var fixed [10]byte
	got, err := io.ReadFull(z.src, fixed[:])
	if err != nil {
		if got > 0 && err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return h, err
	}
	if fixed[0] != id1 || fixed[1] != id2 || fixed[2] != cmDeflate {
		return h, ErrHeader
	}
	flags := fixed[3]
	if t := le(fixed[4:8]); t > 0 {
		h.ModTime = time.Unix(int64(t), 0)
	}
	h.OS = fixed[9]
	crc := crc32.ChecksumIEEE(fixed[:])
	read := func(b []byte) error {
		if err := noEOF(io.ReadFull(z.src, b)); err != nil {
			return err
		}
		crc = crc32.Update(crc, crc32.IEEETable, b)
		return nil
	}
	if flags&flagExtra != 0 {
		var n [2]byte
		if err := read(n[:]); err != nil {
			return h, err
		}
		h.Extra = make([]byte, le(n[:]))
		if err := read(h.Extra); err != nil {
			return h, err
		}
	}
	for _, f := range []byte{flagName, flagComent} {
		if flags&f == 0 {
			continue
		}
		var text []rune
		for {
			c, err := z.src.ReadByte()
			if err != nil {
				return h, noEOF(0, err)
			}
			crc = crc32.Update(crc, crc32.IEEETable, []byte{c})
			if c == 0 {
				break
			}
			text = append(text, rune(c))
		}
		if f == flagName {
			h.Name = string(text)
		} else {
			h.Comment = string(text)
		}
	}
	if flags&flagHCRC != 0 {
		var s [2]byte
		if err := noEOF(io.ReadFull(z.src, s[:])); err != nil {
			return h, err
		}
		if le(s[:]) != crc&0xffff {
			return h, ErrHeader
		}
	}
	z.crc, z.size = 0, 0
	if z.inflater == nil {
		z.inflater = flate.NewReader(z.src)
	} else {
		z.inflater.(flate.Resetter).Reset(z.src, nil)
	}
	return h, nil
}

// noEOF turns running out of input inside a member into io.ErrUnexpectedEOF.
func noEOF(_ int, err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// Read reads uncompressed data; at each member's end it checks the trailer.
func (z *Reader) Read(p []byte) (int, error) {
	if z.err != nil {
		return 0, z.err
	}
	for {
		n, err := z.inflater.Read(p)
		z.crc = crc32.Update(z.crc, crc32.IEEETable, p[:n])
		z.size += uint32(n)
		if err != io.EOF {
			z.err = err
			return n, err
		}
		var t [8]byte
		if err := noEOF(io.ReadFull(z.src, t[:])); err != nil {
			z.err = err
			return n, err
		}
		if le(t[:4]) != z.crc || le(t[4:]) != z.size {
			z.err = ErrChecksum
			return n, z.err
		}
		if z.single {
			z.err = io.EOF
			return n, io.EOF
		}
		// The next member; Header keeps describing the first one.
		if _, err := z.readHeader(); err != nil {
			z.err = err
			return n, err
		}
		if n > 0 {
			return n, nil
		}
	}
}

// Close does not close the underlying reader.
func (z *Reader) Close() error { return z.inflater.Close() }

// Writer compresses what is written to it into a gzip member; its Header fields are
// written with the first data (or at Flush or Close).
type Writer struct {
	Header
	dst         io.Writer
	level       int
	deflater    *flate.Writer
	crc, size   uint32
	err         error
	wroteHeader bool
	closed      bool
}

// NewWriter returns a Writer compressing at DefaultCompression.
func NewWriter(w io.Writer) *Writer {
	z := &Writer{level: DefaultCompression}
	z.Reset(w)
	return z
}

// NewWriterLevel returns a Writer compressing at level (HuffmanOnly to BestCompression).
func NewWriterLevel(w io.Writer, level int) (*Writer, error) {
	if level < HuffmanOnly || BestCompression < level {
		return nil, errors.New("gzip: invalid compression level: " + strconv.Itoa(level))
	}
	z := &Writer{level: level}
	z.Reset(w)
	return z, nil
}

// Reset makes z write a new member to w with the same level and an empty Header.
func (z *Writer) Reset(w io.Writer) {
	*z = Writer{Header: Header{OS: osUnknown}, dst: w, level: z.level, deflater: z.deflater}
	if z.deflater != nil {
		z.deflater.Reset(w)
	}
}

// latin1 encodes s as ISO 8859-1 for the header.
func latin1(s string) ([]byte, error) {
	b := make([]byte, 0, len(s)+1)
	for _, r := range s {
		if r == 0 || r > 0xff {
			return nil, errors.New("gzip.Write: non-Latin-1 header string")
		}
		b = append(b, byte(r))
	}
	return append(b, 0), nil
}

func (z *Writer) header() error {
	if z.wroteHeader {
		return z.err
	}
	z.wroteHeader = true
	h := []byte{id1, id2, cmDeflate, 0, 0, 0, 0, 0, 0, z.OS}
	if z.Extra != nil {
		h[3] |= flagExtra
	}
	if z.Name != "" {
		h[3] |= flagName
	}
	if z.Comment != "" {
		h[3] |= flagComent
	}
	if secs := z.ModTime.Unix(); secs > 0 {
		t := uint32(secs)
		h[4], h[5], h[6], h[7] = byte(t), byte(t>>8), byte(t>>16), byte(t>>24)
	}
	switch z.level {
	case BestCompression:
		h[8] = 2
	case BestSpeed:
		h[8] = 4
	}
	if z.Extra != nil {
		if len(z.Extra) > 0xffff {
			z.err = errors.New("gzip.Write: Extra data is too large")
			return z.err
		}
		h = append(h, byte(len(z.Extra)), byte(len(z.Extra)>>8))
		h = append(h, z.Extra...)
	}
	for _, s := range []string{z.Name, z.Comment} {
		if s == "" {
			continue
		}
		b, err := latin1(s)
		if err != nil {
			z.err = err
			return err
		}
		h = append(h, b...)
	}
	if _, z.err = z.dst.Write(h); z.err != nil {
		return z.err
	}
	if z.deflater == nil {
		z.deflater, z.err = flate.NewWriter(z.dst, z.level)
	}
	return z.err
}

// Write compresses p.
func (z *Writer) Write(p []byte) (int, error) {
	if z.err != nil {
		return 0, z.err
	}
	if err := z.header(); err != nil {
		return 0, err
	}
	z.crc = crc32.Update(z.crc, crc32.IEEETable, p)
	z.size += uint32(len(p))
	n, err := z.deflater.Write(p)
	z.err = err
	return n, err
}

// Flush writes out everything compressed so far (see flate.Writer.Flush).
func (z *Writer) Flush() error {
	if z.err != nil {
		return z.err
	}
	if err := z.header(); err != nil {
		return err
	}
	z.err = z.deflater.Flush()
	return z.err
}

// Close ends the member with its trailer; it does not close the underlying writer.
func (z *Writer) Close() error {
	if z.err != nil || z.closed {
		return z.err
	}
	z.closed = true
	if err := z.header(); err != nil {
		return err
	}
	if z.err = z.deflater.Close(); z.err != nil {
		return z.err
	}
	c, s := z.crc, z.size
	_, z.err = z.dst.Write([]byte{byte(c), byte(c >> 8), byte(c >> 16), byte(c >> 24), byte(s), byte(s >> 8), byte(s >> 16), byte(s >> 24)})
	return z.err
}
