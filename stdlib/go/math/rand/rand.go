// Package rand implements pseudo-random number generators suitable for tasks such as
// simulation, but it should not be used for security-sensitive work.
//
// NewSource(seed) reproduces Go's math/rand sequences exactly, and so do the Rand
// methods built on it. The top-level functions use a randomly seeded source (from the
// runtime's random numbers) unless Seed has been called, as in Go 1.20 and later.
package rand

import "sync"

// A Source represents a source of uniformly-distributed pseudo-random int64 values in
// the range [0, 1<<63).
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

// NewSource returns a new pseudo-random Source seeded with the given value. Unlike the
// default Source used by top-level functions, this source is not safe for concurrent
// use by multiple goroutines.
func NewSource(seed int64) Source {
	var rng rngSource
	rng.Seed(seed)
	return &rng
}

// Rand draws numbers from a Source.
type Rand struct {
	src Source
	s64 Source64 // non-nil if src is source64

	// readVal contains remainder of 63-bit integer used for bytes generation during
	// most recent Read call. It is saved so next Read call can start where the previous
	// one finished.
	readVal int64
	// readPos indicates the number of low-order bytes of readVal that are still valid.
	readPos int8
}

// New returns a new Rand that uses random values from src to generate other random
// values.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed uses the provided seed value to initialize the generator to a deterministic
// state. Seed should not be called concurrently with any other Rand method.
func (r *Rand) Seed(seed int64) {
	if lk, ok := r.src.(*lockedSource); ok {
		lk.seedPos(seed, &r.readPos)
		return
	}
	r.src.Seed(seed)
	r.readPos = 0
}

// Int63 is a random value in [0, 1<<63).
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 is a random value over all of uint32.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 is a random value over all of uint64.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

// Int31 is a random value in [0, 1<<31).
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int is a random non-negative int.
func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1) // clear sign bit if int == int32
}

// Int63n returns, as an int64, a non-negative pseudo-random number in the half-open
// interval [0,n). It panics if n <= 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 { // n is power of two, can mask
		return r.Int63() & (n - 1)
	}
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

// Int31n returns, as an int32, a non-negative pseudo-random number in the half-open
// interval [0,n). It panics if n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 { // n is power of two, can mask
		return r.Int31() & (n - 1)
	}
	max := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > max {
		v = r.Int31()
	}
	return v % n
}

// int31n returns, as an int32, a non-negative pseudo-random number in the half-open
// interval [0,n), by multiplying a 32-bit random number by n and keeping the high half
// (Lemire's method, rejecting the biased low values). Used by Shuffle.
func (r *Rand) int31n(n int32) int32 {
	v := r.Uint32()
	prod := uint64(v) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			v = r.Uint32()
			prod = uint64(v) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

// Intn returns, as an int, a non-negative pseudo-random number in the half-open
// interval [0,n). It panics if n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns, as a float64, a pseudo-random number in the half-open interval
// [0.0,1.0).
func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f != 1 { // rounding can produce 1; try again
			return f
		}
	}
}

// Float32 returns, as a float32, a pseudo-random number in the half-open interval
// [0.0,1.0).
func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f != 1 {
			return f
		}
	}
}

// Perm returns, as a slice of n ints, a pseudo-random permutation of the integers in
// the half-open interval [0,n).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle pseudo-randomizes the order of elements. n is the number of elements.
// Shuffle panics if n < 0. swap swaps the elements with indexes i and j.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	// Fisher-Yates shuffle.
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
	for ; i > 0; i-- {
		j := int(r.int31n(int32(i + 1)))
		swap(i, j)
	}
}

// Read generates len(p) random bytes and writes them into p. It always returns len(p)
// and a nil error. Read should not be called concurrently with any other Rand method.
func (r *Rand) Read(p []byte) (n int, err error) {
	switch src := r.src.(type) {
	case *lockedSource:
		return src.read(p, &r.readVal, &r.readPos)
	case *runtimeSource:
		return src.read(p, &r.readVal, &r.readPos)
	}
	return read(p, r.src, &r.readVal, &r.readPos)
}

func read(p []byte, src Source, readVal *int64, readPos *int8) (n int, err error) {
	pos := *readPos
	val := *readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	*readPos = pos
	*readVal = val
	return
}

// runtimeRand returns 64 random bits from the runtime (native; see
// stdlib/NATIVES.md).
func runtimeRand() uint64

// runtimeSource is the Source of the top-level functions until Seed is called: the
// runtime's random numbers, safe for concurrent use.
type runtimeSource struct {
	mu sync.Mutex // for Read's state
}

func (*runtimeSource) Int63() int64 { return int64(runtimeRand() & rngMask) }

func (*runtimeSource) Seed(int64) { panic("internal error: call to runtimeSource.Seed") }

func (*runtimeSource) Uint64() uint64 { return runtimeRand() }

func (fs *runtimeSource) read(p []byte, readVal *int64, readPos *int8) (n int, err error) {
	fs.mu.Lock()
	n, err = read(p, fs, readVal, readPos)
	fs.mu.Unlock()
	return
}

// lockedSource is an rngSource guarded by a mutex (the top-level functions' source
// after Seed).
type lockedSource struct {
	mu sync.Mutex
	s  *rngSource
}

func (r *lockedSource) Int63() (n int64) {
	r.mu.Lock()
	n = r.s.Int63()
	r.mu.Unlock()
	return
}

func (r *lockedSource) Uint64() (n uint64) {
	r.mu.Lock()
	n = r.s.Uint64()
	r.mu.Unlock()
	return
}

func (r *lockedSource) Seed(seed int64) {
	r.mu.Lock()
	r.seed(seed)
	r.mu.Unlock()
}

// seedPos reseeds and restarts Read's byte position, under the lock.
func (r *lockedSource) seedPos(seed int64, readPos *int8) {
	r.mu.Lock()
	r.seed(seed)
	*readPos = 0
	r.mu.Unlock()
}

// seed seeds the underlying source. The caller must have locked r.mu.
func (r *lockedSource) seed(seed int64) {
	if r.s == nil {
		r.s = new(rngSource)
	}
	r.s.Seed(seed)
}

// read is Read over the locked source, with Read's saved state.
func (r *lockedSource) read(p []byte, readVal *int64, readPos *int8) (n int, err error) {
	r.mu.Lock()
	n, err = read(p, r.s, readVal, readPos)
	r.mu.Unlock()
	return
}

// globalRandState is the Rand of the top-level functions.
var globalRandState struct {
	mu sync.Mutex
	r  *Rand
}

func globalRand() *Rand {
	globalRandState.mu.Lock()
	defer globalRandState.mu.Unlock()
	if globalRandState.r == nil {
		src := &runtimeSource{}
		globalRandState.r = &Rand{src: src, s64: src}
	}
	return globalRandState.r
}

// Seed reseeds the shared generator deterministically. Deprecated: use a Rand of one's
// own (New(NewSource(seed))).
func Seed(seed int64) {
	globalRandState.mu.Lock()
	defer globalRandState.mu.Unlock()
	r := globalRandState.r
	if r != nil {
		if lk, ok := r.src.(*lockedSource); ok {
			r.readPos = 0
			lk.Seed(seed)
			return
		}
	}
	lk := &lockedSource{}
	lk.seed(seed)
	globalRandState.r = &Rand{src: lk, s64: lk}
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

// Shuffle pseudo-randomizes the order of elements using the default Source. n is the
// number of elements. Shuffle panics if n < 0. swap swaps the elements with indexes i
// and j.
func Shuffle(n int, swap func(i, j int)) { globalRand().Shuffle(n, swap) }

// Read fills p with random bytes from the shared generator; it always succeeds with n
// == len(p). Deprecated: crypto/rand is the reader for secrets.
func Read(p []byte) (n int, err error) { return globalRand().Read(p) }

// NormFloat64 is Rand.NormFloat64 on the shared generator.
func NormFloat64() float64 { return globalRand().NormFloat64() }

// ExpFloat64 is Rand.ExpFloat64 on the shared generator.
func ExpFloat64() float64 { return globalRand().ExpFloat64() }
