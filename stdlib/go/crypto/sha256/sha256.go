// Package sha256 computes SHA-256 and SHA-224 digests (FIPS 180-4).
package sha256

import (
	"crypto"
	"crypto/internal/mdhash"
	"hash"
)

func init() {
	for id, make := range map[crypto.Hash]func() hash.Hash{
		crypto.SHA224: New224,
		crypto.SHA256: New,
	} {
		crypto.RegisterHash(id, make)
	}
}

// Size is the length of a SHA-256 digest in bytes.
const Size = 32

// Size224 is the length of a SHA-224 digest in bytes.
const Size224 = 28

// BlockSize is the length of the blocks both functions work on, in bytes.
const BlockSize = 64

// block runs the SHA-256 compression function over each whole 64-byte block of p.
func block(h *[8]uint32, p []byte)

// initial sets h to the initial hash value of SHA-256 (SHA-224 if is224).
func initial(h *[8]uint32, is224 bool)

type digest struct {
	h     [8]uint32
	buf   [BlockSize]byte
	nbuf  int
	total uint64
	is224 bool
}

// New starts a SHA-256 computation. Its state can be saved and restored with
// MarshalBinary and UnmarshalBinary.
func New() hash.Hash {
	d := new(digest)
	d.Reset()
	return d
}

// New224 is New for SHA-224.
func New224() hash.Hash {
	d := &digest{is224: true}
	d.Reset()
	return d
}

func (d *digest) Reset() {
	initial(&d.h, d.is224)
	d.nbuf, d.total = 0, 0
}

func (d *digest) Size() int {
	if d.is224 {
		return Size224
	}
	return Size
}

func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (int, error) {
	d.total += uint64(len(p))
	d.nbuf = mdhash.Absorb(d.buf[:], d.nbuf, p, func(b []byte) { block(&d.h, b) })
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	end := *d
	sum := end.finish()
	return append(in, sum[:d.Size()]...)
}

// finish pads the message and returns all eight state words (SHA-224 keeps seven).
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
	magic := "sha\x03"
	if d.is224 {
		magic = "sha\x02"
	}
	return &mdhash.State{Magic: magic, Words: words, WordSize: 4, Buf: d.buf[:d.nbuf], Block: BlockSize, Total: d.total}
}

func (d *digest) MarshalBinary() ([]byte, error) { return d.state().Marshal(), nil }

func (d *digest) UnmarshalBinary(b []byte) error {
	s := d.state()
	if err := s.Unmarshal("crypto/sha256", b); err != nil {
		return err
	}
	for i := range d.h {
		d.h[i] = uint32(s.Words[i])
	}
	d.total = s.Total
	d.nbuf = copy(d.buf[:], s.Buf)
	return nil
}

// Sum256 is the SHA-256 digest of data.
func Sum256(data []byte) [Size]byte {
	var d digest
	d.Reset()
	d.Write(data)
	return d.finish()
}

// Sum224 is the SHA-224 digest of data.
func Sum224(data []byte) [Size224]byte {
	d := digest{is224: true}
	d.Reset()
	d.Write(data)
	full := d.finish()
	var out [Size224]byte
	copy(out[:], full[:])
	return out
}
