// Package maphash computes seeded, non-cryptographic 64-bit hashes of byte strings.
//
// Our construction: the input is consumed in little-endian 8-byte words; each word is
// folded into a 64-bit state with a 64×64→128-bit multiply whose halves are xored
// ("fold"), keyed by the seed. The last partial word, the length and the seed are folded
// in when the value is read. A Hash keeps the state over the words seen so far plus the
// pending bytes of an incomplete word, so the result depends only on the seed and the
// byte sequence, never on how it was split into writes.
package maphash

import (
	"encoding/binary"
	"math/bits"
)

// runtimeRand returns 64 random bits, different in every process.
func runtimeRand() uint64

const (
	mixA = 0xa0761d6478bd642f
	mixB = 0xe7037ed1a0b428db
	mixC = 0x8ebc6af09c88c6e3
	mixD = 0x589965cc75374cc3
)

// fold multiplies a by b as 128-bit and xors the two halves.
func fold(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// Seed selects one hash function among 2^64; the zero Seed is not valid.
type Seed struct {
	k uint64
}

// MakeSeed draws a fresh non-zero seed from the process's random source.
func MakeSeed() Seed {
	for {
		if k := runtimeRand(); k != 0 {
			return Seed{k: k}
		}
	}
}

const errZeroSeed = "maphash: use of uninitialized Seed"

// key is the seed's value; a zero Seed was not made by MakeSeed.
func (s Seed) key() uint64 {
	if s.k == 0 {
		panic(errZeroSeed)
	}
	return s.k
}

// absorb folds one 8-byte word into the running state.
func absorb(state, word, key uint64) uint64 {
	return fold(state^word^mixA, key^mixB)
}

// finish combines the running state, the trailing 0..7 bytes (as a little-endian word),
// the total length and the key into the final value.
func finish(state, tail uint64, n uint64, key uint64) uint64 {
	x := fold(state^tail^mixC, key^n^mixD)
	return fold(x^key, mixA^n)
}

// word reads the first 8 bytes of b as a little-endian number.
func word(b []byte) uint64 { return binary.LittleEndian.Uint64(b) }

// partial reads the (up to 7) bytes of b as a little-endian number.
func partial(b []byte) uint64 {
	var w uint64
	for i, c := range b {
		w |= uint64(c) << (8 * i)
	}
	return w
}

// Bytes hashes b under seed (the same value as a Hash with that seed fed b).
func Bytes(seed Seed, b []byte) uint64 {
	key := seed.key()
	state := key
	n := uint64(len(b))
	for len(b) >= 8 {
		state = absorb(state, word(b), key)
		b = b[8:]
	}
	return finish(state, partial(b), n, key)
}

// String hashes s under seed (the same value as a Hash with that seed fed s).
func String(seed Seed, s string) uint64 {
	key := seed.key()
	state := key
	n := uint64(len(s))
	var w [8]byte
	for len(s) >= 8 {
		copy(w[:], s)
		state = absorb(state, word(w[:]), key)
		s = s[8:]
	}
	t := copy(w[:], s)
	return finish(state, partial(w[:t]), n, key)
}

// Hash computes a seeded hash of a byte sequence; the zero Hash picks a random seed on
// first use.
type Hash struct {
	_     [0]func() // not comparable, like Go's
	seed  Seed
	state uint64
	n     uint64 // bytes written since the last Reset or SetSeed
	buf   [8]byte
	nbuf  int
}

func (h *Hash) init() {
	if h.seed.k == 0 {
		h.seed = MakeSeed()
		h.state = h.seed.k
	}
}

// SetSeed sets h to use seed and discards the bytes written so far.
func (h *Hash) SetSeed(seed Seed) {
	h.seed = Seed{k: seed.key()}
	h.state = seed.k
	h.n = 0
	h.nbuf = 0
}

// Seed returns h's seed.
func (h *Hash) Seed() Seed {
	h.init()
	return h.seed
}

// Reset discards the bytes written to h; the seed stays.
func (h *Hash) Reset() {
	h.init()
	h.state = h.seed.k
	h.n = 0
	h.nbuf = 0
}

// WriteByte adds b to the hashed bytes. It never fails.
func (h *Hash) WriteByte(b byte) error {
	h.init()
	h.buf[h.nbuf] = b
	h.nbuf++
	h.n++
	if h.nbuf == 8 {
		h.state = absorb(h.state, word(h.buf[:]), h.seed.k)
		h.nbuf = 0
	}
	return nil
}

// Write adds b to the hashed bytes. It always writes all of b and never fails.
func (h *Hash) Write(b []byte) (int, error) {
	h.init()
	size := len(b)
	h.n += uint64(size)
	if h.nbuf > 0 {
		c := copy(h.buf[h.nbuf:], b)
		h.nbuf += c
		b = b[c:]
		if h.nbuf < 8 {
			return size, nil
		}
		h.state = absorb(h.state, word(h.buf[:]), h.seed.k)
		h.nbuf = 0
	}
	for len(b) >= 8 {
		h.state = absorb(h.state, word(b), h.seed.k)
		b = b[8:]
	}
	h.nbuf = copy(h.buf[:], b)
	return size, nil
}

// WriteString adds the bytes of s to the hashed bytes. It always writes all of s and
// never fails.
func (h *Hash) WriteString(s string) (int, error) {
	h.init()
	size := len(s)
	h.n += uint64(size)
	for len(s) > 0 {
		c := copy(h.buf[h.nbuf:], s)
		h.nbuf += c
		s = s[c:]
		if h.nbuf == 8 {
			h.state = absorb(h.state, word(h.buf[:]), h.seed.k)
			h.nbuf = 0
		}
	}
	return size, nil
}

// Sum64 returns the hash of the bytes written since the last Reset or SetSeed.
func (h *Hash) Sum64() uint64 {
	h.init()
	return finish(h.state, partial(h.buf[:h.nbuf]), h.n, h.seed.k)
}

// Sum appends the 8 bytes of Sum64, least significant first, to b.
func (h *Hash) Sum(b []byte) []byte {
	x := h.Sum64()
	for i := 0; i < 8; i++ {
		b = append(b, byte(x>>(8*i)))
	}
	return b
}

// Size returns 8, the size of a hash value in bytes.
func (h *Hash) Size() int { return 8 }

// BlockSize returns 128, the block size Go reports.
func (h *Hash) BlockSize() int { return 128 }
