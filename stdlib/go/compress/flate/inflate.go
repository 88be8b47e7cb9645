// Package flate reads and writes the DEFLATE format of RFC 1951: LZ77 back-references
// and literals coded with Huffman codes, in stored, fixed-code and dynamic-code blocks.
package flate

import (
	"bufio"
	"io"
	"strconv"
)

// windowSize is the farthest a back-reference may reach.
const windowSize = 1 << 15

// CorruptInputError is the offset in the input at which it was found to be invalid.
type CorruptInputError int64

func (e CorruptInputError) Error() string { return atOffset("corrupt input before", int64(e), nil) }

// atOffset is the text of the package's errors that name an input or output offset.
func atOffset(what string, off int64, cause error) string {
	s := "flate: " + what + " offset " + strconv.FormatInt(off, 10)
	if cause != nil {
		s += ": " + cause.Error()
	}
	return s
}

// InternalError reports a failure of the package itself.
type InternalError string

func (e InternalError) Error() string { return "flate: internal error: " + string(e) }

// ReadError reports an error of the input reader (no longer returned: read errors are
// passed on as they are).
type ReadError struct {
	Offset int64
	Err    error
}

func (e *ReadError) Error() string { return atOffset("read error at", e.Offset, e.Err) }

// WriteError reports an error of the output writer (no longer returned).
type WriteError struct {
	Offset int64
	Err    error
}

func (e *WriteError) Error() string { return atOffset("write error at", e.Offset, e.Err) }

// Reader is what the decompressor reads from: it takes one byte at a time, so that it
// never consumes input past the end of the compressed stream.
type Reader interface {
	io.Reader
	io.ByteReader
}

// Resetter lets a decompressor returned by NewReader be reused for a new stream.
type Resetter interface {
	Reset(io.Reader, []byte) error
}

// Block kinds of the decoder's state machine.
const (
	atHeader = iota // before the 3-bit header of a block
	inStored        // copying the rest of a stored block
	inCoded         // decoding symbols of a Huffman-coded block
	atEnd           // the final block is done
)

// bufSize is the decoder's output buffer: the last windowSize bytes of it are the history
// back-references reach; decoding stops for the reader once this much is pending, and a
// match (at most 258 bytes) always fits past it.
const bufSize = 2 * windowSize

// inflater is the decompressor NewReader returns.
type inflater struct {
	src    Reader
	inPos  int64  // bytes taken from src
	bits   uint32 // input bits not used yet, the next one lowest
	nbits  uint
	buf    []byte // decoded output: buf[rd:wr] not yet returned, buf[:wr] history
	rd, wr int
	state  int
	last   bool // the current block is the final one
	stored int  // bytes left in a stored block
	lit    *codeTable
	dist   *codeTable
	err    error // sticky: returned once buf is drained
	// tables of dynamic blocks, reused
	dynLit, dynDist, lenCode codeTable
}

// NewReader returns a decompressor of the DEFLATE stream r. If r is not also an
// io.ByteReader, it is buffered, and input past the stream's end may be consumed.
func NewReader(r io.Reader) io.ReadCloser {
	f := new(inflater)
	f.Reset(r, nil)
	return f
}

// NewReaderDict is NewReader for a stream compressed with the preset dictionary dict.
func NewReaderDict(r io.Reader, dict []byte) io.ReadCloser {
	f := new(inflater)
	f.Reset(r, dict)
	return f
}

// Reset discards the decompressor's state and makes it read a new stream from r.
func (f *inflater) Reset(r io.Reader, dict []byte) error {
	src, ok := r.(Reader)
	if !ok {
		src = bufio.NewReader(r)
	}
	buf := f.buf
	if buf == nil {
		buf = make([]byte, bufSize+maxMatch)
	}
	*f = inflater{src: src, buf: buf}
	if len(dict) > windowSize {
		dict = dict[len(dict)-windowSize:]
	}
	f.wr = copy(f.buf, dict)
	f.rd = f.wr
	return nil
}

func (f *inflater) Close() error {
	if f.err == io.EOF {
		return nil
	}
	return f.err
}

func (f *inflater) Read(p []byte) (int, error) {
	for {
		if f.rd < f.wr {
			n := copy(p, f.buf[f.rd:f.wr])
			f.rd += n
			return n, nil
		}
		if f.err != nil {
			return 0, f.err
		}
		if len(p) == 0 {
			return 0, nil
		}
		f.fill()
	}
}

// fill decodes more output into buf (or sets err), first moving the history down when
// the buffer is full.
func (f *inflater) fill() {
	if f.wr >= bufSize {
		copy(f.buf, f.buf[f.wr-windowSize:f.wr])
		f.wr = windowSize
		f.rd = windowSize
	}
	for f.err == nil && f.wr < bufSize {
		switch f.state {
		case atHeader:
			f.err = f.blockHeader()
		case inStored:
			f.err = f.copyStored()
		case inCoded:
			f.err = f.decodeSymbols()
		case atEnd:
			f.err = io.EOF
		}
	}
}

// need makes at least n bits available, reading bytes one at a time.
func (f *inflater) need(n uint) error {
	for f.nbits < n {
		c, err := f.src.ReadByte()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return err
		}
		f.inPos++
		f.bits |= uint32(c) << f.nbits
		f.nbits += 8
	}
	return nil
}

// take consumes n bits (already available) and returns them, first bit lowest.
func (f *inflater) take(n uint) uint32 {
	v := f.bits & (1<<n - 1)
	f.bits >>= n
	f.nbits -= n
	return v
}

func (f *inflater) corrupt() error { return CorruptInputError(f.inPos) }

func (f *inflater) blockHeader() error {
	if f.last {
		f.state = atEnd
		return nil
	}
	if err := f.need(3); err != nil {
		return err
	}
	h := f.take(3)
	f.last = h&1 == 1
	switch h >> 1 {
	case 0:
		// Stored: the rest of the current byte is padding, then LEN and its complement.
		f.take(f.nbits)
		if err := f.need(32); err != nil {
			return err
		}
		n := f.take(16)
		if f.take(16) != n^0xffff {
			return f.corrupt()
		}
		f.stored = int(n)
		f.state = inStored
	case 1:
		f.lit, f.dist = fixedTables()
		f.state = inCoded
	case 2:
		if err := f.readDynamicCodes(); err != nil {
			return err
		}
		f.lit, f.dist = &f.dynLit, &f.dynDist
		f.state = inCoded
	default:
		return f.corrupt()
	}
	return nil
}

// copyStored moves bytes of a stored block to the output, as many as fit.
func (f *inflater) copyStored() error {
	n := f.stored
	if room := bufSize - f.wr; n > room {
		n = room
	}
	if n > 0 {
		got, err := io.ReadFull(f.src, f.buf[f.wr:f.wr+n])
		f.inPos += int64(got)
		f.wr += got
		f.stored -= got
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return err
		}
	}
	if f.stored == 0 {
		f.state = atHeader
	}
	return nil
}

// The order in which a dynamic block lists the lengths of the code-length code.
var lenCodeOrder = [19]uint8{16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15}

// readDynamicCodes reads the code lengths of a dynamic block and builds its tables.
func (f *inflater) readDynamicCodes() error {
	if err := f.need(14); err != nil {
		return err
	}
	nlit := int(f.take(5)) + 257
	ndist := int(f.take(5)) + 1
	nclen := int(f.take(4)) + 4
	if nlit > 286 || ndist > 30 {
		return f.corrupt()
	}
	var lens [286 + 30]uint8
	for i := 0; i < nclen; i++ {
		if err := f.need(3); err != nil {
			return err
		}
		lens[lenCodeOrder[i]] = uint8(f.take(3))
	}
	if !f.lenCode.build(lens[:19]) {
		return f.corrupt()
	}
	for i := range lens[:19] {
		lens[i] = 0
	}
	total := nlit + ndist
	for i := 0; i < total; {
		s, err := f.symbol(&f.lenCode)
		if err != nil {
			return err
		}
		if s < 16 {
			lens[i] = uint8(s)
			i++
			continue
		}
		var rep int
		var val uint8
		switch s {
		case 16:
			if i == 0 {
				return f.corrupt()
			}
			if err := f.need(2); err != nil {
				return err
			}
			rep, val = 3+int(f.take(2)), lens[i-1]
		case 17:
			if err := f.need(3); err != nil {
				return err
			}
			rep = 3 + int(f.take(3))
		default:
			if err := f.need(7); err != nil {
				return err
			}
			rep = 11 + int(f.take(7))
		}
		if i+rep > total {
			return f.corrupt()
		}
		for ; rep > 0; rep-- {
			lens[i] = val
			i++
		}
	}
	if lens[256] == 0 || !f.dynLit.build(lens[:nlit]) || !f.dynDist.build(lens[nlit:total]) {
		return f.corrupt()
	}
	return nil
}

// Base lengths and extra bits of length symbols 257..285, and of distance symbols.
var (
	lengthBase, lengthExtra = lengthTables()
	distBase, distExtra     = distTables()
)

// lengthTables: lengths 3..10 have no extra bits, then each group of four symbols one
// more bit; the last symbol is the single length 258.
func lengthTables() (base [29]uint16, extra [29]uint8) {
	b := 3
	for i := 0; i < 28; i++ {
		e := 0
		if i >= 8 {
			e = i/4 - 1
		}
		base[i], extra[i] = uint16(b), uint8(e)
		b += 1 << e
	}
	base[28] = 258
	return
}

// distTables: distances 1..4 have no extra bits, then each pair of symbols one more.
func distTables() (base [30]uint32, extra [30]uint8) {
	d := 1
	for i := 0; i < 30; i++ {
		e := 0
		if i >= 4 {
			e = i/2 - 1
		}
		base[i], extra[i] = uint32(d), uint8(e)
		d += 1 << e
	}
	return
}

// decodeSymbols decodes literals and matches until the block ends or buf is full.
func (f *inflater) decodeSymbols() error {
	for f.wr < bufSize {
		s, err := f.symbol(f.lit)
		if err != nil {
			return err
		}
		if s < 256 {
			f.buf[f.wr] = byte(s)
			f.wr++
			continue
		}
		if s == 256 {
			f.state = atHeader
			return nil
		}
		s -= 257
		if s >= 29 {
			return f.corrupt()
		}
		length := int(lengthBase[s])
		if e := uint(lengthExtra[s]); e > 0 {
			if err := f.need(e); err != nil {
				return err
			}
			length += int(f.take(e))
		}
		ds, err := f.symbol(f.dist)
		if err != nil {
			return err
		}
		if ds >= 30 {
			return f.corrupt()
		}
		dist := int(distBase[ds])
		if e := uint(distExtra[ds]); e > 0 {
			if err := f.need(e); err != nil {
				return err
			}
			dist += int(f.take(e))
		}
		if dist > f.wr {
			return f.corrupt()
		}
		f.wr = copyMatch(f.buf, f.wr, dist, length)
	}
	return nil
}

// copyMatch appends length bytes starting dist bytes back (overlapping copies repeat
// the pattern) and returns the new end.
func copyMatch(buf []byte, wr, dist, length int) int {
	from := wr - dist
	if dist >= length {
		copy(buf[wr:wr+length], buf[from:from+length])
		return wr + length
	}
	end := wr + length
	for wr < end {
		n := copy(buf[wr:end], buf[from:wr])
		wr += n
	}
	return wr
}

// symbol decodes one symbol of code t, reading only the bytes its code needs.
func (f *inflater) symbol(t *codeTable) (int, error) {
	n := t.shortest
	for {
		if err := f.need(n); err != nil {
			return 0, err
		}
		e := t.fast[f.bits&(1<<fastBits-1)]
		if e&isLink != 0 {
			if f.nbits <= fastBits {
				n = fastBits + 1
				continue
			}
			e = t.slow[int(e>>8)+int(f.bits>>fastBits)&(1<<(e&lenMask)-1)]
		}
		l := uint(e & lenMask)
		if l == 0 {
			return 0, f.corrupt()
		}
		if l <= f.nbits {
			f.take(l)
			return int(e >> 8), nil
		}
		n = l
	}
}
