package rand

import "internal/randdist"

// Zipf draws integers k in [0, imax] with P(k) proportional to (v + k)^-s, by
// rejection-inversion (internal/randdist), with uniform draws from its Rand.
type Zipf struct {
	r    *Rand
	dist *randdist.Zipf
}

// NewZipf returns a Zipf generator drawing from r, or nil unless s > 1 and v >= 1.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	d := randdist.NewZipf(s, v, imax)
	if d == nil {
		return nil
	}
	return &Zipf{r: r, dist: d}
}

// Uint64 draws a value.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	return z.dist.Uint64(z.r.Float64)
}
