package rand

import "math"

// Zipf draws integers k in [0, imax] with P(k) proportional to (v + k)^-s, by
// rejection-inversion (Hörmann and Derflinger, "Rejection-inversion to generate
// variates from monotone discrete distributions", 1996). The floating-point steps are
// the ones Go takes, so a seeded Rand gives Go's values.
type Zipf struct {
	r          *Rand
	imax, v, q float64
	oneMinusQ  float64 // 1 - q
	invOneMQ   float64 // 1 / (1 - q)
	hTop       float64 // H(imax + 1/2)
	hSpan      float64 // H(1/2) - v^-q - H(imax + 1/2)
	accept     float64 // k - x up to this is accepted without the density test
}

// bigH is the integral of the hat function, ((v+x)^(1-q)) / (1-q), computed as
// exp((1-q) log(v+x)) / (1-q).
func (z *Zipf) bigH(x float64) float64 {
	return math.Exp(z.oneMinusQ*math.Log(z.v+x)) * z.invOneMQ
}

// bigHInv inverts bigH.
func (z *Zipf) bigHInv(y float64) float64 {
	return math.Exp(z.invOneMQ*math.Log(z.oneMinusQ*y)) - z.v
}

// weight is x^-q, the unnormalized probability of k = x - v.
func (z *Zipf) weight(x float64) float64 { return math.Exp(-z.q * math.Log(x)) }

// NewZipf returns a Zipf generator drawing from r, or nil unless s > 1 and v >= 1.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if s <= 1 || v < 1 {
		return nil
	}
	z := &Zipf{r: r, imax: float64(imax), v: v, q: s}
	z.oneMinusQ = 1 - s
	z.invOneMQ = 1 / z.oneMinusQ
	z.hTop = z.bigH(z.imax + 0.5)
	z.hSpan = z.bigH(0.5) - z.weight(v) - z.hTop
	z.accept = 1 - z.bigHInv(z.bigH(1.5)-z.weight(v+1))
	return z
}

// Uint64 draws a value.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	for {
		u := z.hTop + z.r.Float64()*z.hSpan
		x := z.bigHInv(u)
		k := math.Floor(x + 0.5)
		if k-x <= z.accept || u >= z.bigH(k+0.5)-z.weight(z.v+k) {
			return uint64(k)
		}
	}
}
