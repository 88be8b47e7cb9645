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
	rngLen   = 607 // words of state (the longer lag)
	rngTap   = 273 // the shorter lag
	int32max = 1<<31 - 1
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

// parkMiller advances the "minimal standard" generator x -> 48271*x mod (2^31 - 1)
// (Park, Miller and Stockmeyer, 1993); x stays in [1, 2^31 - 2], so the product fits
// easily in 64 bits.
func parkMiller(x int64) int64 { return x * 48271 % int32max }

// Seed fills the state from seed: 20 discarded steps of a Park–Miller generator
// started at seed mod (2^31 - 1) (89482311 for 0), then three steps per word, XORed
// into the word at shifts 40, 20 and 0, and the result XORed with the cooked value.
func (rng *rngSource) Seed(seed int64) {
	x := seed % int32max
	if x < 0 {
		x += int32max
	}
	if x == 0 {
		x = 89482311
	}
	for k := 0; k < 20; k++ {
		x = parkMiller(x)
	}
	c := cooked()
	for i := range rng.vec {
		var word int64
		for _, shift := range [3]uint{40, 20, 0} {
			x = parkMiller(x)
			word ^= x << shift
		}
		rng.vec[i] = word ^ c[i]
	}
	rng.tap, rng.feed = 0, rngLen-rngTap
}

// Int63 is the next value with its top bit cleared.
func (rng *rngSource) Int63() int64 { return int64(rng.Uint64() &^ (1 << 63)) }

// Uint64 steps the generator: both indexes move back one place (wrapping), and the
// word at feed becomes its sum with the word at tap.
func (rng *rngSource) Uint64() uint64 {
	if rng.tap == 0 {
		rng.tap = rngLen
	}
	rng.tap--
	if rng.feed == 0 {
		rng.feed = rngLen
	}
	rng.feed--
	rng.vec[rng.feed] += rng.vec[rng.tap]
	return uint64(rng.vec[rng.feed])
}
