// Package sha1 computes SHA-1 digests (RFC 3174, FIPS 180-4). SHA-1 collisions can be
// made: use it only where an attacker has no say.
package sha1

import (
	"crypto"
	"crypto/internal/mdhash"
	"hash"
)

func init() { crypto.RegisterHash(crypto.SHA1, New) }

// Size is the length of a SHA-1 digest in bytes.
const Size = 20

// BlockSize is the length of SHA-1's blocks in bytes.
const BlockSize = 64

// block runs the SHA-1 compression function over each whole 64-byte block of p.
func block(h *[5]uint32, p []byte)

type digest struct {
	h     [5]uint32
	buf   [BlockSize]byte
	nbuf  int
	total uint64
}

// New starts a SHA-1 computation; MarshalBinary and UnmarshalBinary save and restore
// its state.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset() {
	d.h = [5]uint32{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0}
	d.nbuf, d.total = 0, 0
}

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (int, error) {
	d.total += uint64(len(p))
	d.nbuf = mdhash.Absorb(d.buf[:], d.nbuf, p, func(b []byte) { block(&d.h, b) })
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	end := *d
	sum := end.finish()
	return append(in, sum[:]...)
}

func (d *digest) finish() [Size]byte {
	d.Write(mdhash.Padding(d.total, BlockSize, 8, false))
	var out [Size]byte
	for i, w := range d.h {
		mdhash.PutWords(out[4*i:4*i], 4, uint64(w))
	}
	return out
}

func (d *digest) state() *mdhash.State {
	words := make([]uint64, len(d.h))
	for i, w := range d.h {
		words[i] = uint64(w)
	}
	return &mdhash.State{Magic: "sha\x01", Words: words, WordSize: 4, Buf: d.buf[:d.nbuf], Block: BlockSize, Total: d.total}
}

func (d *digest) MarshalBinary() ([]byte, error) { return d.state().Marshal(), nil }

func (d *digest) UnmarshalBinary(b []byte) error {
	s := d.state()
	if err := s.Unmarshal("crypto/sha1", b); err != nil {
		return err
	}
	for i := range d.h {
		d.h[i] = uint32(s.Words[i])
	}
	d.total = s.Total
	d.nbuf = copy(d.buf[:], s.Buf)
	return nil
}

// Sum is the SHA-1 digest of data.
func Sum(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.finish()
}
