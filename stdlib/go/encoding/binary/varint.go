package binary

import (
	"errors"
	"io"
)

// A varint stores 7 bits per byte, least significant group first; the high bit of a
// byte says another follows. Signed values are zig-zag mapped first (0, -1, 1, -2... to
// 0, 1, 2, 3...), so small magnitudes stay short.

// Longest varint encodings of 16-, 32- and 64-bit values.
const (
	MaxVarintLen16 = 3
	MaxVarintLen32 = 5
	MaxVarintLen64 = 10
)

var (
	errOverflow = errors.New("binary: varint overflows a 64-bit integer")
)

func zigzag(x int64) uint64 {
	if x < 0 {
		return ^uint64(x)<<1 | 1
	}
	return uint64(x) << 1
}

func unzigzag(u uint64) int64 {
	x := int64(u >> 1)
	if u&1 != 0 {
		return ^x
	}
	return x
}

// AppendUvarint appends the varint encoding of x to buf.
func AppendUvarint(buf []byte, x uint64) []byte {
	for x >= 0x80 {
		buf = append(buf, 0x80|byte(x&0x7f))
		x >>= 7
	}
	return append(buf, byte(x))
}

// PutUvarint writes the varint encoding of x into buf (which must be long enough) and
// returns the number of bytes written.
func PutUvarint(buf []byte, x uint64) int {
	n := 0
	for ; x >= 0x80; x >>= 7 {
		buf[n] = byte(x) | 0x80
		n++
	}
	buf[n] = byte(x)
	return n + 1
}

// AppendVarint appends the zig-zag varint encoding of x to buf.
func AppendVarint(buf []byte, x int64) []byte { return AppendUvarint(buf, zigzag(x)) }

// PutVarint writes the zig-zag varint encoding of x into buf and returns its length.
func PutVarint(buf []byte, x int64) int { return PutUvarint(buf, zigzag(x)) }

// step adds b, byte i of a varint, to the value x decoded so far. end: b is the last
// byte; over: the value does not fit in 64 bits (a tenth byte above 1).
func step(x uint64, i int, b byte) (next uint64, end, over bool) {
	if b >= 0x80 {
		return x | uint64(b&0x7f)<<(7*i), false, false
	}
	// Only bit 63 is left for the tenth byte.
	tenth := i == MaxVarintLen64-1
	if tenth && b > 1 {
		return x, true, true
	}
	return x | uint64(b)<<(7*i), true, false
}

// Uvarint decodes a varint from the start of buf and returns it with the number of bytes
// it took. n == 0: buf ended first; n < 0: the value overflows 64 bits, and -n bytes
// were read.
func Uvarint(buf []byte) (uint64, int) {
	var x uint64
	for i, b := range buf {
		if i == MaxVarintLen64 {
			return 0, -(i + 1)
		}
		var end, over bool
		if x, end, over = step(x, i, b); over {
			return 0, -(i + 1)
		} else if end {
			return x, i + 1
		}
	}
	return 0, 0
}

// Varint decodes a zig-zag varint; the count is as for Uvarint.
func Varint(buf []byte) (int64, int) {
	u, n := Uvarint(buf)
	return unzigzag(u), n
}

// ReadUvarint reads a varint from r. Input ending before any byte gives io.EOF, inside
// the varint io.ErrUnexpectedEOF; both, and overflow, come with the bits read so far.
func ReadUvarint(r io.ByteReader) (uint64, error) {
	var x uint64
	for i := range MaxVarintLen64 {
		b, err := r.ReadByte()
		if err == io.EOF && i > 0 {
			return x, io.ErrUnexpectedEOF
		} else if err != nil {
			return x, err
		}
		next, end, over := step(x, i, b)
		if over {
			return x, errOverflow
		}
		if x = next; end {
			return x, nil
		}
	}
	return x, errOverflow
}

// ReadVarint reads a zig-zag varint from r; errors as for ReadUvarint.
func ReadVarint(r io.ByteReader) (int64, error) {
	u, err := ReadUvarint(r)
	return unzigzag(u), err
}
