// Package rand generates pseudo-random numbers for simulations and the like; they are not
// fit for security uses.
//
// NewSource(seed) reproduces Go's math/rand sequences exactly, and so do the Rand methods
// built on it. The top-level functions use a randomly seeded source (from the runtime's
// random numbers) unless Seed has been called, as in Go 1.20 and later.
package rand

import "sync"

// Source produces uniform pseudo-random values in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uniformly-distributed pseudo-random
// uint64 values in the range [0, 1<<64) directly.
type Source64 interface {
	Source
	Uint64() uint64
}

// NewSource returns a Source seeded with seed, producing Go's sequence for that seed.
// It is not safe for concurrent use.
func NewSource(seed int64) Source {
	src := new(rngSource)
	src.Seed(seed)
	return src
}

// Rand derives numbers of many kinds from a Source. The derivations (rejection
// bounds, the float scaling, the shuffles) are Go's, so a seeded Rand repeats Go's
// values.
type Rand struct {
	src  Source
	wide Source64 // src, when it can give 64 bits at once

	// Read hands out 7 bytes of each Int63 value, low byte first; the bytes not used
	// yet carry over to the next Read.
	readBits int64
	readLeft int8
}

// New returns a Rand drawing from src.
func New(src Source) *Rand {
	r := &Rand{src: src}
	r.wide, _ = src.(Source64)
	return r
}

// guarded is implemented by the shared sources: they return their lock and the source
// behind it, so that Seed and Read can work under one lock.
type guarded interface {
	guard() (*sync.Mutex, Source)
}

// Seed reseeds the source (and forgets the bytes Read kept).
func (r *Rand) Seed(seed int64) {
	if g, ok := r.src.(guarded); ok {
		mu, inner := g.guard()
		mu.Lock()
		defer mu.Unlock()
		inner.Seed(seed)
		r.readLeft = 0
		return
	}
	r.src.Seed(seed)
	r.readLeft = 0
}

// Int63 is a random value in [0, 1<<63).
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Int31 is a random value in [0, 1<<31): the top bits of an Int63.
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Uint32 is a random value over all of uint32.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 is a random value over all of uint64 (from two Int63 values when the source
// has no Uint64).
func (r *Rand) Uint64() uint64 {
	if r.wide != nil {
		return r.wide.Uint64()
	}
	low := uint64(r.Int63()) >> 31
	high := uint64(r.Int63()) << 32
	return high | low
}

// Int is a random non-negative int.
func (r *Rand) Int() int { return int(r.Int63()) }

// below returns a value in [0, n) from Int31 (narrow) or Int63 draws, skipping draws
// in the incomplete block of n values at the top of their range so that all results
// are equally likely. (For n a power of two every draw is kept.)
func (r *Rand) below(n uint64, narrow bool) uint64 {
	span := uint64(1) << 63
	if narrow {
		span = 1 << 31
	}
	last := span - 1 - span%n // the largest draw kept
	for {
		var v uint64
		if narrow {
			v = uint64(r.Int31())
		} else {
			v = uint64(r.Int63())
		}
		if v <= last {
			return v % n
		}
	}
}

// Int63n is a random value in [0, n); it panics if n <= 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	return int64(r.below(uint64(n), false))
}

// Int31n is a random value in [0, n); it panics if n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	return int32(r.below(uint64(n), true))
}

// Intn is a random value in [0, n); it panics if n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	// Int31n's draws when n fits, Int63n's otherwise.
	return int(r.below(uint64(n), n < 1<<31))
}

// lemire returns a value in [0, n) as the high half of a random 32-bit value times n,
// redrawing while the low half falls in the short zone that would bias it (Lemire,
// "Fast random integer generation in an interval", 2019). Shuffle uses it.
func (r *Rand) lemire(n uint32) uint32 {
	biased := -n % n // low halves below this come up once too often
	for {
		product := uint64(r.Uint32()) * uint64(n)
		if low := uint32(product); low >= n || low >= biased {
			return uint32(product >> 32)
		}
	}
}

// Float64 is a random value in [0, 1): an Int63 scaled down, redrawn in the rare case
// that rounding gives 1.
func (r *Rand) Float64() float64 {
	for {
		if f := float64(r.Int63()) * 0x1p-63; f < 1 {
			return f
		}
	}
}

// Float32 is a random value in [0, 1), a Float64 rounded (and redrawn if it rounds
// to 1).
func (r *Rand) Float32() float32 {
	for {
		if f := float32(r.Float64()); f < 1 {
			return f
		}
	}
}

// Perm returns a random permutation of 0..n-1, built by inserting each i at a random
// place (the "inside-out" Fisher–Yates shuffle).
func (r *Rand) Perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		j := r.Intn(i + 1)
		p[i], p[j] = p[j], i
	}
	return p
}

// Shuffle randomizes the order of n elements with a Fisher–Yates shuffle, calling swap
// to exchange two of them. It panics if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	for i := n - 1; i > 0; i-- {
		var j int
		if i < 1<<31-1 {
			j = int(r.lemire(uint32(i + 1)))
		} else {
			j = int(r.Int63n(int64(i + 1)))
		}
		swap(i, j)
	}
}

// Read fills p with random bytes and returns len(p), nil. It is not safe for
// concurrent use with other methods of r.
func (r *Rand) Read(p []byte) (n int, err error) {
	src := r.src
	if g, ok := src.(guarded); ok {
		mu, inner := g.guard()
		mu.Lock()
		defer mu.Unlock()
		src = inner
	}
	for i := range p {
		if r.readLeft == 0 {
			r.readBits, r.readLeft = src.Int63(), 7
		}
		p[i] = byte(r.readBits)
		r.readBits >>= 8
		r.readLeft--
	}
	return len(p), nil
}

// runtimeRand returns 64 random bits from the runtime (native; see
// stdlib/NATIVES.md).
func runtimeRand() uint64

// runtimeSource is the Source of the top-level functions until Seed is called: the
// runtime's random numbers, safe for concurrent use. Its lock only guards Read's
// carried-over bytes.
type runtimeSource struct {
	mu sync.Mutex
}

func (*runtimeSource) Int63() int64 { return int64(runtimeRand() >> 1) }

func (*runtimeSource) Seed(int64) { panic("internal error: call to runtimeSource.Seed") }

func (*runtimeSource) Uint64() uint64 { return runtimeRand() }

func (s *runtimeSource) guard() (*sync.Mutex, Source) { return &s.mu, s }

// lockedSource is an rngSource behind a mutex: the top-level functions' source once
// Seed has been called.
type lockedSource struct {
	mu  sync.Mutex
	rng rngSource
}

func (s *lockedSource) Int63() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.rng.Int63()
}

func (s *lockedSource) Uint64() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.rng.Uint64()
}

func (s *lockedSource) Seed(seed int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rng.Seed(seed)
}

func (s *lockedSource) guard() (*sync.Mutex, Source) { return &s.mu, &s.rng }

// shared holds the Rand of the top-level functions, made on first use.
var shared struct {
	mu sync.Mutex
	r  *Rand
}

func globalRand() *Rand {
	shared.mu.Lock()
	defer shared.mu.Unlock()
	if shared.r == nil {
		shared.r = New(new(runtimeSource))
	}
	return shared.r
}

// Seed makes the top-level functions deterministic, as if they drew from
// NewSource(seed). Deprecated: use New(NewSource(seed)).
func Seed(seed int64) {
	shared.mu.Lock()
	defer shared.mu.Unlock()
	if shared.r != nil {
		if _, ok := shared.r.src.(*lockedSource); ok {
			shared.r.Seed(seed)
			return
		}
	}
	src := new(lockedSource)
	src.rng.Seed(seed)
	shared.r = New(src)
}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64 from the
// default Source.
func Int63() int64 { return globalRand().Int63() }

// Uint32 returns a pseudo-random 32-bit value as a uint32 from the default Source.
func Uint32() uint32 { return globalRand().Uint32() }

// Uint64 returns a pseudo-random 64-bit value as a uint64 from the default Source.
func Uint64() uint64 { return globalRand().Uint64() }

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32 from the
// default Source.
func Int31() int32 { return globalRand().Int31() }

// Int is Rand.Int on the shared generator.
func Int() int { return globalRand().Int() }

// Int63n returns, as an int64, a non-negative pseudo-random number in the half-open
// interval [0,n) from the default Source. It panics if n <= 0.
func Int63n(n int64) int64 { return globalRand().Int63n(n) }

// Int31n returns, as an int32, a non-negative pseudo-random number in the half-open
// interval [0,n) from the default Source. It panics if n <= 0.
func Int31n(n int32) int32 { return globalRand().Int31n(n) }

// Intn returns, as an int, a non-negative pseudo-random number in the half-open
// interval [0,n) from the default Source. It panics if n <= 0.
func Intn(n int) int { return globalRand().Intn(n) }

// Float64 returns, as a float64, a pseudo-random number in the half-open interval
// [0.0,1.0) from the default Source.
func Float64() float64 { return globalRand().Float64() }

// Float32 returns, as a float32, a pseudo-random number in the half-open interval
// [0.0,1.0) from the default Source.
func Float32() float32 { return globalRand().Float32() }

// Perm returns, as a slice of n ints, a pseudo-random permutation of the integers in
// the half-open interval [0,n) from the default Source.
func Perm(n int) []int { return globalRand().Perm(n) }

// Shuffle randomizes the order of n elements with the shared source, calling swap to
// exchange two; it panics if n < 0.
func Shuffle(n int, swap func(i, j int)) { globalRand().Shuffle(n, swap) }

// Read fills p with random bytes from the shared generator; it always succeeds with n
// == len(p). Deprecated: crypto/rand is the reader for secrets.
func Read(p []byte) (n int, err error) { return globalRand().Read(p) }

// NormFloat64 is Rand.NormFloat64 on the shared generator.
func NormFloat64() float64 { return globalRand().NormFloat64() }

// ExpFloat64 is Rand.ExpFloat64 on the shared generator.
func ExpFloat64() float64 { return globalRand().ExpFloat64() }
