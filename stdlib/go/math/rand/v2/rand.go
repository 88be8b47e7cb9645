// Package rand (math/rand/v2) draws pseudo-random numbers from a Source of uniform
// 64-bit values. Every method of Rand turns Source words into values exactly as Go
// does, so a seeded PCG or ChaCha8 gives Go's sequences.
package rand

import "math/bits"

// Source yields uniformly distributed 64-bit values.
type Source interface {
	Uint64() uint64
}

// Rand turns the words of a Source into numbers of the requested shape.
type Rand struct {
	src Source
}

// New returns a Rand drawing from src.
func New(src Source) *Rand { return &Rand{src: src} }

// Uint64 is a full 64-bit random value.
func (r *Rand) Uint64() uint64 { return r.src.Uint64() }

// Uint32 is the top half of a word.
func (r *Rand) Uint32() uint32 { return uint32(r.src.Uint64() >> 32) }

// Int64 is a word with its sign bit cleared.
func (r *Rand) Int64() int64 { return int64(r.src.Uint64() << 1 >> 1) }

// Int32 is the top 31 bits of a word.
func (r *Rand) Int32() int32 { return int32(r.src.Uint64() >> 33) }

// Int is a non-negative int: the word without its top bit.
func (r *Rand) Int() int { return int(uint(r.src.Uint64()) << 1 >> 1) }

// Uint is a full-width random uint.
func (r *Rand) Uint() uint { return uint(r.src.Uint64()) }

// below returns a uniform value in [0, n), n > 0. A power of two keeps the low bits of
// one word; otherwise the value is the high word of the 128-bit product word×n
// (Lemire's method), redrawn while the low word falls in the 2^64 mod n values that
// would make some results more likely than others.
func (r *Rand) below(n uint64) uint64 {
	if n&(n-1) == 0 {
		return r.src.Uint64() & (n - 1)
	}
	hi, lo := bits.Mul64(r.src.Uint64(), n)
	if lo < n {
		bias := (0 - n) % n // 2^64 mod n
		for lo < bias {
			hi, lo = bits.Mul64(r.src.Uint64(), n)
		}
	}
	return hi
}

// Int64N is uniform in [0, n); it panics if n <= 0.
func (r *Rand) Int64N(n int64) int64 {
	if n <= 0 {
		badArgument("Int64N")
	}
	return int64(r.below(uint64(n)))
}

// Uint64N is uniform in [0, n); it panics if n == 0.
func (r *Rand) Uint64N(n uint64) uint64 {
	if n == 0 {
		badArgument("Uint64N")
	}
	return r.below(n)
}

// Int32N is uniform in [0, n); it panics if n <= 0.
func (r *Rand) Int32N(n int32) int32 {
	if n <= 0 {
		badArgument("Int32N")
	}
	return int32(r.below(uint64(n)))
}

// Uint32N is uniform in [0, n); it panics if n == 0.
func (r *Rand) Uint32N(n uint32) uint32 {
	if n == 0 {
		badArgument("Uint32N")
	}
	return uint32(r.below(uint64(n)))
}

// IntN is uniform in [0, n); it panics if n <= 0.
func (r *Rand) IntN(n int) int {
	if n <= 0 {
		badArgument("IntN")
	}
	return int(r.below(uint64(n)))
}

// UintN is uniform in [0, n); it panics if n == 0.
func (r *Rand) UintN(n uint) uint {
	if n == 0 {
		badArgument("UintN")
	}
	return uint(r.below(uint64(n)))
}

// Float64 is uniform in [0, 1): 53 random bits scaled by 2^-53.
func (r *Rand) Float64() float64 {
	return float64(r.src.Uint64()<<11>>11) * (1.0 / (1 << 53))
}

// Float32 is uniform in [0, 1): 24 random bits of a Uint32 scaled by 2^-24.
func (r *Rand) Float32() float32 {
	return float32(r.Uint32()<<8>>8) * (1.0 / (1 << 24))
}

// Perm returns a random permutation of 0..n-1.
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r.Shuffle(n, func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Shuffle permutes n elements through swap, Fisher–Yates from the last element down;
// it panics if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		badArgument("Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		swap(i, int(r.below(uint64(i)+1)))
	}
}

// runtimeRand returns 64 random bits, different in every process.
func runtimeRand() uint64

// runtimeSource is the source of the top-level functions: never seeded, safe for
// concurrent use.
type runtimeSource struct{}

func (runtimeSource) Uint64() uint64 { return runtimeRand() }

var global = &Rand{src: runtimeSource{}}

// The top-level functions draw from the process-wide random source.

func Int64() int64                      { return global.Int64() }
func Uint32() uint32                    { return global.Uint32() }
func Uint64N(n uint64) uint64           { return global.Uint64N(n) }
func Uint32N(n uint32) uint32           { return global.Uint32N(n) }
func Uint64() uint64                    { return global.Uint64() }
func Int32() int32                      { return global.Int32() }
func Int() int                          { return global.Int() }
func Uint() uint                        { return global.Uint() }
func Int64N(n int64) int64              { return global.Int64N(n) }
func Int32N(n int32) int32              { return global.Int32N(n) }
func IntN(n int) int                    { return global.IntN(n) }
func UintN(n uint) uint                 { return global.UintN(n) }
func Float64() float64                  { return global.Float64() }
func Float32() float32                  { return global.Float32() }
func Perm(n int) []int                  { return global.Perm(n) }
func Shuffle(n int, swap func(i, j int)) { global.Shuffle(n, swap) }
func NormFloat64() float64              { return global.NormFloat64() }
func ExpFloat64() float64               { return global.ExpFloat64() }

type intType interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// N is uniform in [0, n) for any integer type; it panics if n <= 0.
func N[Int intType](n Int) Int {
	if n <= 0 {
		badArgument("N")
	}
	return Int(global.below(uint64(n)))
}

// badArgument panics with Go's message for a range method called with an empty range.
func badArgument(method string) {
	panic("invalid argument to " + method)
}
