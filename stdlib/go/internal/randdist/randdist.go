// Package randdist holds the distributions that math/rand and math/rand/v2 share over
// their own generators: the ziggurat normal and exponential samplers and Zipf's
// rejection-inversion. Each takes its uniform draws from the caller, so a seeded
// generator of either package gives Go's values.
package randdist

import (
	"math"
	"sync"
)

// The ziggurat method for normal and exponential variates (Marsaglia & Tsang, "The
// Ziggurat Method for Generating Random Variables", 2000). The layer tables are
// computed on first use with the paper's setup procedure; rounded to float32 they are
// Go's tables, so the variates equal Go's.

const (
	rn = 3.442619855899      // start of the normal tail
	re = 7.69711747013104972 // start of the exponential tail
)

var (
	zigOnce        sync.Once
	kn             [128]uint32
	wn, fn         [128]float32
	ke             [256]uint32
	we, fe         [256]float32
	zigNormArea    = 9.91256303526217e-3
	zigExpArea     = 3.949659822581572e-3
	zigExpTailInit = 7.697117470131487
)

func zigSetup() {
	const m1 = 2147483648.0
	const m2 = 4294967296.0
	dn := rn
	tn := dn
	vn := zigNormArea
	q := vn / math.Exp(-.5*dn*dn)
	kn[0] = uint32((dn / q) * m1)
	kn[1] = 0
	wn[0] = float32(q / m1)
	wn[127] = float32(dn / m1)
	fn[0] = 1
	fn[127] = float32(math.Exp(-.5 * dn * dn))
	for i := 126; i >= 1; i-- {
		dn = math.Sqrt(-2 * math.Log(vn/dn+math.Exp(-.5*dn*dn)))
		kn[i+1] = uint32((dn / tn) * m1)
		tn = dn
		fn[i] = float32(math.Exp(-.5 * dn * dn))
		wn[i] = float32(dn / m1)
	}
	de := zigExpTailInit
	te := de
	ve := zigExpArea
	q = ve / math.Exp(-de)
	ke[0] = uint32((de / q) * m2)
	ke[1] = 0
	we[0] = float32(q / m2)
	we[255] = float32(de / m2)
	fe[0] = 1
	fe[255] = float32(math.Exp(-de))
	for i := 254; i >= 1; i-- {
		de = -math.Log(ve/de + math.Exp(-de))
		ke[i+1] = uint32((de / te) * m2)
		te = de
		fe[i] = float32(math.Exp(-de))
		we[i] = float32(de / m2)
	}
}

// underCurve reports whether a point drawn uniformly between the layer's densities
// (upper at the layer's inner edge, lower at its outer edge) lies below the density
// at x; the arithmetic is float32, as the tables are.
func underCurve(upper, lower float32, u float64, density float64) bool {
	return lower+float32(u)*(upper-lower) < float32(density)
}


// Normal is one ziggurat attempt at a standard normal sample over 128 layers: pos is a
// signed 32-bit position, layer its layer, uniform draws further samples in [0, 1) when
// needed. ok is false when the attempt is rejected and must be retried with fresh bits.
func Normal(pos int32, layer uint32, uniform func() float64) (x float64, ok bool) {
	zigOnce.Do(zigSetup)
	x = float64(pos) * float64(wn[layer])
	magnitude := uint32(pos)
	if pos < 0 {
		magnitude = uint32(-pos)
	}
	switch {
	case magnitude < kn[layer]:
		return x, true // inside the layer's rectangle
	case layer == 0:
		return normalTail(uniform, pos > 0), true
	}
	return x, underCurve(fn[layer-1], fn[layer], uniform(), math.Exp(-.5*x*x))
}

// normalTail samples beyond rn (Marsaglia's method for the tail), with the given sign.
func normalTail(uniform func() float64, positive bool) float64 {
	var x float64
	for {
		x = math.Log(uniform()) * (-1 / rn)
		if y := -math.Log(uniform()); 2*y >= x*x {
			break
		}
	}
	if positive {
		return rn + x
	}
	return -rn - x
}

// Exp is one ziggurat attempt at an exponential sample of rate 1 over 256 layers, as
// Normal is for the normal distribution.
func Exp(pos uint32, layer uint32, uniform func() float64) (x float64, ok bool) {
	zigOnce.Do(zigSetup)
	x = float64(pos) * float64(we[layer])
	switch {
	case pos < ke[layer]:
		return x, true
	case layer == 0:
		return re - math.Log(uniform()), true
	}
	return x, underCurve(fe[layer-1], fe[layer], uniform(), math.Exp(-x))
}

// Zipf draws integers k in [0, imax] with P(k) proportional to (v + k)^-s, by
// rejection-inversion (Hörmann and Derflinger, "Rejection-inversion to generate
// variates from monotone discrete distributions", 1996). The floating-point steps are
// the ones Go takes, so a seeded Rand gives Go's values.
type Zipf struct {
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

// NewZipf returns the generator's constants, or nil unless s > 1 and v >= 1.
func NewZipf(s float64, v float64, imax uint64) *Zipf {
	if s <= 1 || v < 1 {
		return nil
	}
	z := &Zipf{imax: float64(imax), v: v, q: s}
	z.oneMinusQ = 1 - s
	z.invOneMQ = 1 / z.oneMinusQ
	z.hTop = z.bigH(z.imax + 0.5)
	z.hSpan = z.bigH(0.5) - z.weight(v) - z.hTop
	z.accept = 1 - z.bigHInv(z.bigH(1.5)-z.weight(v+1))
	return z
}

// Uint64 draws a value, taking uniform samples in [0, 1) from uniform.
func (z *Zipf) Uint64(uniform func() float64) uint64 {
	for {
		u := z.hTop + uniform()*z.hSpan
		x := z.bigHInv(u)
		k := math.Floor(x + 0.5)
		if k-x <= z.accept || u >= z.bigH(k+0.5)-z.weight(z.v+k) {
			return uint64(k)
		}
	}
}
