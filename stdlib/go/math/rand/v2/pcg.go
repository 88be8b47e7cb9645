package rand

import (
	"errors"
	"math/bits"
)

// PCG is a 128-bit linear congruential generator with the DXSM output permutation
// (O'Neill's PCG family): each step multiplies the state by a 128-bit constant and adds
// another, then hashes the new state into 64 bits. The zero PCG is valid (state 0).
type PCG struct {
	hi, lo uint64
}

// The LCG multiplier and increment, as high and low words, and the 64-bit multiplier of
// the output permutation.
const (
	lcgMulHi = 0x2360ed051fc65da4
	lcgMulLo = 0x4385df649fccf645
	lcgIncHi = 0x5851f42d4c957f2d
	lcgIncLo = 0x14057b7ef767814f
	dxsmMul  = 0xda942042e4dd58b5
)

// NewPCG returns a PCG whose state is seed1 (high word) and seed2 (low word).
func NewPCG(seed1, seed2 uint64) *PCG { return &PCG{hi: seed1, lo: seed2} }

// Seed resets the state to seed1 (high) and seed2 (low), as NewPCG does.
func (p *PCG) Seed(seed1, seed2 uint64) { p.hi, p.lo = seed1, seed2 }

// Uint64 advances the state and returns the permuted new state.
func (p *PCG) Uint64() uint64 {
	// state = state*mul + inc, mod 2^128
	carryHi, lo := bits.Mul64(p.lo, lcgMulLo)
	hi := carryHi + p.hi*lcgMulLo + p.lo*lcgMulHi
	lo, c := bits.Add64(lo, lcgIncLo, 0)
	hi, _ = bits.Add64(hi, lcgIncHi, c)
	p.hi, p.lo = hi, lo
	// DXSM: xorshift the high word, multiply, xorshift again, multiply by the odd low word.
	x := hi
	x ^= x >> 32
	x *= dxsmMul
	x ^= x >> 48
	return x * (lo | 1)
}

var errPCGEncoding = errors.New("invalid PCG encoding")

const pcgTag = "pcg:"

// MarshalBinary encodes the state as "pcg:" and the two words big-endian.
func (p *PCG) MarshalBinary() ([]byte, error) {
	out := make([]byte, 0, len(pcgTag)+16)
	out = append(out, pcgTag...)
	out = appendBE64(out, p.hi)
	out = appendBE64(out, p.lo)
	return out, nil
}

// UnmarshalBinary restores a state written by MarshalBinary.
func (p *PCG) UnmarshalBinary(data []byte) error {
	if len(data) != len(pcgTag)+16 || string(data[:len(pcgTag)]) != pcgTag {
		return errPCGEncoding
	}
	data = data[len(pcgTag):]
	p.hi, p.lo = readBE64(data), readBE64(data[8:])
	return nil
}

func appendBE64(b []byte, v uint64) []byte {
	for shift := 56; shift >= 0; shift -= 8 {
		b = append(b, byte(v>>shift))
	}
	return b
}

func readBE64(b []byte) uint64 {
	var v uint64
	for _, c := range b[:8] {
		v = v<<8 | uint64(c)
	}
	return v
}
