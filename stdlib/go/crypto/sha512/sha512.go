// Package sha512 computes SHA-512 and its truncated variants SHA-384, SHA-512/224
// and SHA-512/256 (FIPS 180-4).
package sha512

import (
	"crypto"
	"crypto/internal/mdhash"
	"hash"
)

func init() {
	for id, make := range map[crypto.Hash]func() hash.Hash{
		crypto.SHA384:     New384,
		crypto.SHA512:     New,
		crypto.SHA512_224: New512_224,
		crypto.SHA512_256: New512_256,
	} {
		crypto.RegisterHash(id, make)
	}
}

const (
	// Size is the length of a SHA-512 digest in bytes.
	Size = 64
	// Size224 is the length of a SHA-512/224 digest.
	Size224 = 28
	// Size256 is the length of a SHA-512/256 digest.
	Size256 = 32
	// Size384 is the length of a SHA-384 digest.
	Size384 = 48
	// BlockSize is the length of the blocks all four variants work on.
	BlockSize = 128
)

// block runs the SHA-512 compression function over each whole 128-byte block of p.
func block(h *[8]uint64, p []byte)

// initial sets h to the initial hash value of the variant with that digest size.
func initial(h *[8]uint64, size int)

// digest is any of the four variants, told apart by their digest size.
type digest struct {
	h     [8]uint64
	buf   [BlockSize]byte
	nbuf  int
	total uint64
	size  int
}

func newDigest(size int) *digest {
	d := &digest{size: size}
	d.Reset()
	return d
}

// New starts a SHA-512 computation; MarshalBinary and UnmarshalBinary save and
// restore its state.
func New() hash.Hash { return newDigest(Size) }

// New384 is New for SHA-384.
func New384() hash.Hash { return newDigest(Size384) }

// New512_224 is New for SHA-512/224.
func New512_224() hash.Hash { return newDigest(Size224) }

// New512_256 is New for SHA-512/256.
func New512_256() hash.Hash { return newDigest(Size256) }

func (d *digest) Reset() {
	initial(&d.h, d.size)
	d.nbuf, d.total = 0, 0
}

func (d *digest) Size() int      { return d.size }
func (d *digest) BlockSize() int { return BlockSize }

func (d *digest) Write(p []byte) (int, error) {
	d.total += uint64(len(p))
	d.nbuf = mdhash.Absorb(d.buf[:], d.nbuf, p, func(b []byte) { block(&d.h, b) })
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	end := *d
	sum := end.finish()
	return append(in, sum[:d.size]...)
}

// finish pads the message (the length field is 16 bytes; its high half is zero) and
// returns all eight state words.
func (d *digest) finish() [Size]byte {
	d.Write(mdhash.Padding(d.total, BlockSize, 16, false))
	var out [Size]byte
	for i, w := range d.h {
		mdhash.PutWords(out[8*i:8*i], 8, w)
	}
	return out
}

// magics are the state identifiers of MarshalBinary by digest size.
var magics = map[int]string{Size: "sha\x07", Size384: "sha\x04", Size224: "sha\x05", Size256: "sha\x06"}

func (d *digest) state() *mdhash.State {
	return &mdhash.State{Magic: magics[d.size], Words: append([]uint64(nil), d.h[:]...), WordSize: 8, Buf: d.buf[:d.nbuf], Block: BlockSize, Total: d.total}
}

func (d *digest) MarshalBinary() ([]byte, error) { return d.state().Marshal(), nil }

func (d *digest) UnmarshalBinary(b []byte) error {
	s := d.state()
	if err := s.Unmarshal("crypto/sha512", b); err != nil {
		return err
	}
	copy(d.h[:], s.Words)
	d.total = s.Total
	d.nbuf = copy(d.buf[:], s.Buf)
	return nil
}

func sum(size int, data []byte) [Size]byte {
	d := digest{size: size}
	d.Reset()
	d.Write(data)
	return d.finish()
}

// Sum512 is the SHA-512 digest of data.
func Sum512(data []byte) [Size]byte { return sum(Size, data) }

// Sum384 is the SHA-384 digest of data.
func Sum384(data []byte) [Size384]byte {
	var out [Size384]byte
	full := sum(Size384, data)
	copy(out[:], full[:])
	return out
}

// Sum512_224 is the SHA-512/224 digest of data.
func Sum512_224(data []byte) [Size224]byte {
	var out [Size224]byte
	full := sum(Size224, data)
	copy(out[:], full[:])
	return out
}

// Sum512_256 is the SHA-512/256 digest of data.
func Sum512_256(data []byte) [Size256]byte {
	var out [Size256]byte
	full := sum(Size256, data)
	copy(out[:], full[:])
	return out
}
