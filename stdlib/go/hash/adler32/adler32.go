// Package adler32 computes the Adler-32 checksum of RFC 1950 (zlib): two sums modulo
// 65521, s1 of the bytes (starting at 1) and s2 of the successive values of s1; the
// checksum is s2<<16 | s1.
package adler32

import "hash"

// Size is the length in bytes of an Adler-32 checksum.
const Size = 4

// modulus is the largest prime below 2^16.
const modulus = 65521

// chunk is how many bytes can be summed before s2 could overflow 32 bits, so the modulo
// is taken once per chunk rather than per byte.
const chunk = 5552

type digest struct{ s1, s2 uint32 }

// New returns a hash.Hash32 computing the Adler-32 checksum; Sum appends it in
// big-endian order.
func New() hash.Hash32 {
	d := &digest{}
	d.Reset()
	return d
}

func (d *digest) Reset()         { d.s1, d.s2 = 1, 0 }
func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 4 }
func (d *digest) Sum32() uint32  { return d.s2<<16 | d.s1 }

func (d *digest) Write(p []byte) (int, error) {
	d.s1, d.s2 = add(d.s1, d.s2, p)
	return len(p), nil
}

func (d *digest) Sum(b []byte) []byte {
	c := d.Sum32()
	return append(b, byte(c>>24), byte(c>>16), byte(c>>8), byte(c))
}

// add runs the two sums over p.
func add(s1, s2 uint32, p []byte) (uint32, uint32) {
	for len(p) > 0 {
		n := len(p)
		if n > chunk {
			n = chunk
		}
		for _, b := range p[:n] {
			s1 += uint32(b)
			s2 += s1
		}
		s1 %= modulus
		s2 %= modulus
		p = p[n:]
	}
	return s1, s2
}

// Checksum is the Adler-32 checksum of data.
func Checksum(data []byte) uint32 {
	s1, s2 := add(1, 0, data)
	return s2<<16 | s1
}
