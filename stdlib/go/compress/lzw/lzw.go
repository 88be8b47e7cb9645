// Package lzw implements Lempel–Ziv–Welch compression as GIF and PDF use it: codes of 3
// to 12 bits, the two codes after the literals meaning "clear the table" and "end of
// data", and the code width growing by one bit as soon as the next code to assign no
// longer fits.
package lzw

import (
	"bufio"
	"errors"
	"strconv"
	"io"
)

// Order is the order in which code bits are packed into bytes.
type Order int

const (
	// LSB packs codes from the least significant bit of each byte up (GIF).
	LSB Order = iota
	// MSB packs codes from the most significant bit down (TIFF, PDF).
	MSB
)

const (
	maxWidth = 12
	tableMax = 1 << maxWidth // codes are below this
)

var (
	errClosed   = errors.New("lzw: reader/writer is closed")
	errBadOrder = errors.New("lzw: unknown order")
	errTooLarge = errors.New("lzw: input byte too large for the litWidth")
	errBadCode  = errors.New("lzw: invalid code")
)

// checkParams returns the error for an unusable order or literal width, or nil.
func checkParams(order Order, litWidth int) error {
	if order != LSB && order != MSB {
		return errBadOrder
	}
	if !(2 <= litWidth && litWidth <= 8) {
		return errors.New("lzw: litWidth " + strconv.Itoa(litWidth) + " out of range")
	}
	return nil
}

// Reader decompresses an LZW stream.
type Reader struct {
	src      io.ByteReader
	order    Order
	litWidth int
	err      error // sticky: the stream's end (io.EOF) or its failure

	// bit input
	acc   uint32
	nbits uint

	// the code table: entry c (c > end code) is the string of entry prefix[c]
	// followed by byte suffix[c]; length[c] is its length.
	prefix [tableMax]uint16
	suffix [tableMax]byte
	length [tableMax]uint16
	clear  int
	width  int
	next   int // the entry the next code defines (the compressor's newest entry)
	prev   int // the previous code, or -1 right after a clear

	out  []byte // decoded bytes not yet returned
	scratch []byte
}

// NewReader returns a reader of the data compressed in r with the given bit order and
// literal width (2 to 8). When r is not an io.ByteReader it is buffered, so more of r may
// be consumed than the stream needs.
func NewReader(r io.Reader, order Order, litWidth int) io.ReadCloser {
	z := new(Reader)
	z.Reset(r, order, litWidth)
	return z
}

// Reset makes z read a new stream from src.
func (z *Reader) Reset(src io.Reader, order Order, litWidth int) {
	*z = Reader{order: order, litWidth: litWidth, scratch: z.scratch}
	if br, ok := src.(io.ByteReader); ok {
		z.src = br
	} else {
		z.src = bufio.NewReader(src)
	}
	if err := checkParams(order, litWidth); err != nil {
		z.err = err
		return
	}
	z.clear = 1 << litWidth
	for c := 0; c < z.clear; c++ {
		z.suffix[c] = byte(c)
		z.length[c] = 1
	}
	z.restart()
}

// restart empties the table (a clear code).
func (z *Reader) restart() {
	z.width = z.litWidth + 1
	z.next = z.clear + 1 // the first code defines no entry
	z.prev = -1
}

// Close makes later reads fail; it does not close the underlying reader.
func (z *Reader) Close() error {
	z.err = errClosed
	return nil
}

// readCode returns the next code of the current width.
func (z *Reader) readCode() (int, error) {
	for z.nbits < uint(z.width) {
		b, err := z.src.ReadByte()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return 0, err
		}
		if z.order == LSB {
			z.acc |= uint32(b) << z.nbits
		} else {
			z.acc |= uint32(b) << (24 - z.nbits)
		}
		z.nbits += 8
	}
	var c uint32
	if z.order == LSB {
		c = z.acc & (1<<uint(z.width) - 1)
		z.acc >>= uint(z.width)
	} else {
		c = z.acc >> (32 - uint(z.width))
		z.acc <<= uint(z.width)
	}
	z.nbits -= uint(z.width)
	return int(c), nil
}

// expand appends the string of code c to z.out.
func (z *Reader) expand(c int) {
	n := int(z.length[c])
	start := len(z.out)
	for i := 0; i < n; i++ {
		z.out = append(z.out, 0)
	}
	for i := start + n - 1; i >= start; i-- {
		z.out[i] = z.suffix[c]
		c = int(z.prefix[c])
	}
}

// first returns the first byte of code c's string.
func (z *Reader) first(c int) byte {
	for int(z.length[c]) > 1 {
		c = int(z.prefix[c])
	}
	return z.suffix[c]
}

// decode reads codes until some output is ready or the stream ends or fails.
func (z *Reader) decode() {
	for len(z.out) == 0 && z.err == nil {
		c, err := z.readCode()
		if err != nil {
			z.err = err
			return
		}
		switch {
		case c == z.clear:
			z.restart()
			continue
		case c == z.clear+1:
			z.err = io.EOF
			return
		case z.prev < 0:
			if c > z.clear {
				z.err = errBadCode
				return
			}
			z.expand(c)
		case c < z.next || c == z.next && z.next < tableMax:
			// The new entry is the previous string plus the first byte of this one (of
			// the previous one when c is the entry being defined).
			var head byte
			if c == z.next {
				head = z.first(z.prev)
			} else {
				head = z.first(c)
			}
			if z.next < tableMax {
				z.prefix[z.next] = uint16(z.prev)
				z.suffix[z.next] = head
				z.length[z.next] = z.length[z.prev] + 1
			}
			z.expand(c)
		default:
			z.err = errBadCode
			return
		}
		z.prev = c
		if z.next < tableMax {
			z.next++
			if z.next == 1<<uint(z.width) && z.width < maxWidth {
				z.width++
			}
		}
	}
}

// Read returns decompressed bytes.
func (z *Reader) Read(p []byte) (int, error) {
	for {
		if len(z.out) > 0 {
			n := copy(p, z.out)
			z.out = z.out[n:]
			return n, nil
		}
		if z.err != nil {
			return 0, z.err
		}
		if len(p) == 0 {
			return 0, nil
		}
		z.out = z.scratch[:0]
		z.decode()
		z.scratch = z.out[:0]
	}
}
