package rand

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

// NormFloat64 is a standard normal sample (mean 0, deviation 1), drawn with the
// ziggurat method of Marsaglia and Tsang over 128 layers: one word gives the signed
// 32-bit position (low half) and the layer (bits 32..38).
func (r *Rand) NormFloat64() float64 {
	zigOnce.Do(zigSetup)
	for {
		word := r.Uint64()
		pos := int32(word)
		layer := word >> 32 & 127
		x := float64(pos) * float64(wn[layer])
		magnitude := uint32(pos)
		if pos < 0 {
			magnitude = uint32(-pos)
		}
		if magnitude < kn[layer] {
			return x // inside the layer's rectangle
		}
		if layer == 0 {
			return normalTail(r, pos > 0)
		}
		if underCurve(fn[layer-1], fn[layer], r.Float64(), math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// normalTail samples beyond rn (Marsaglia's method for the tail), with the given
// sign.
func normalTail(r *Rand, positive bool) float64 {
	var x float64
	for {
		x = math.Log(r.Float64()) * (-1 / rn)
		if y := -math.Log(r.Float64()); 2*y >= x*x {
			break
		}
	}
	if positive {
		return rn + x
	}
	return -rn - x
}

// ExpFloat64 is an exponential sample of rate 1, drawn with the ziggurat method over
// 256 layers: one word gives the position (low half) and the layer (bits 32..39).
func (r *Rand) ExpFloat64() float64 {
	zigOnce.Do(zigSetup)
	for {
		word := r.Uint64()
		pos := uint32(word)
		layer := word >> 32 & 255
		x := float64(pos) * float64(we[layer])
		switch {
		case pos < ke[layer]:
			return x
		case layer == 0:
			tail := -math.Log(r.Float64())
			return re + tail
		case underCurve(fe[layer-1], fe[layer], r.Float64(), math.Exp(-x)):
			return x
		}
	}
}
