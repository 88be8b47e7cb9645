package rand

// rngSource is an additive lagged Fibonacci generator (x[n] = x[n-607] + x[n-273] mod
// 2^64), seeded like Go's math/rand source so that NewSource(seed) produces Go's exact
// sequence: the state starts from fixed "cooked" values XORed with the output of a
// Park–Miller generator run from the seed.
type rngSource struct {
	tap  int
	feed int
	vec  [rngLen]int64
}

const (
	rngLen   = 607
	rngTap   = 273
	rngMax   = 1 << 63
	rngMask  = rngMax - 1
	int32max = (1 << 31) - 1
)

// rngCooked holds the decoded rngCookedHex, filled on first use.
var rngCooked []int64

func cooked() []int64 {
	if rngCooked == nil {
		c := make([]int64, rngLen)
		for i := range c {
			var v uint64
			for _, h := range rngCookedHex[i*16 : i*16+16] {
				d := uint64(h - '0')
				if h >= 'a' {
					d = uint64(h-'a') + 10
				}
				v = v<<4 | d
			}
			c[i] = int64(v)
		}
		rngCooked = c
	}
	return rngCooked
}

// seedrand is the Park–Miller minimal standard generator: x[n+1] = 48271 * x[n] mod
// (2**31 - 1), computed with Schrage's method.
func seedrand(x int32) int32 {
	const (
		A = 48271
		Q = 44488
		R = 3399
	)
	hi := x / Q
	lo := x % Q
	x = A*lo - R*hi
	if x < 0 {
		x += int32max
	}
	return x
}

// Seed uses the provided seed value to initialize the generator to a deterministic
// state.
func (rng *rngSource) Seed(seed int64) {
	rng.tap = 0
	rng.feed = rngLen - rngTap
	seed = seed % int32max
	if seed < 0 {
		seed += int32max
	}
	if seed == 0 {
		seed = 89482311
	}
	c := cooked()
	x := int32(seed)
	for i := -20; i < rngLen; i++ {
		x = seedrand(x)
		if i >= 0 {
			u := int64(x) << 40
			x = seedrand(x)
			u ^= int64(x) << 20
			x = seedrand(x)
			u ^= int64(x)
			rng.vec[i] = u ^ c[i]
		}
	}
}

// Int63 is the next value with its top bit cleared.
func (rng *rngSource) Int63() int64 { return int64(rng.Uint64() & rngMask) }

// Uint64 advances the feedback generator by one step.
func (rng *rngSource) Uint64() uint64 {
	rng.tap--
	if rng.tap < 0 {
		rng.tap += rngLen
	}
	rng.feed--
	if rng.feed < 0 {
		rng.feed += rngLen
	}
	x := rng.vec[rng.feed] + rng.vec[rng.tap]
	rng.vec[rng.feed] = x
	return uint64(x)
}
