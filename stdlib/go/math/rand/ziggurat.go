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

func absInt32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}

// NormFloat64 is a standard normal sample (mean 0, deviation 1), drawn with the
// ziggurat method of Marsaglia and Tsang.
func (r *Rand) NormFloat64() float64 {
	zigOnce.Do(zigSetup)
	for {
		j := int32(r.Uint32()) // Possibly negative
		i := j & 0x7F
		x := float64(j) * float64(wn[i])
		if absInt32(j) < kn[i] {
			return x // inside the layer's rectangle
		}
		if i == 0 {
			// The base strip: sample the tail beyond rn.
			for {
				x = -math.Log(r.Float64()) * (1.0 / rn)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + x
			}
			return -rn - x
		}
		if fn[i]+float32(r.Float64())*(fn[i-1]-fn[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 is an exponential sample of rate 1, drawn with the ziggurat method.
func (r *Rand) ExpFloat64() float64 {
	zigOnce.Do(zigSetup)
	for {
		j := r.Uint32()
		i := j & 0xFF
		x := float64(j) * float64(we[i])
		if j < ke[i] {
			return x
		}
		if i == 0 {
			return re - math.Log(r.Float64())
		}
		if fe[i]+float32(r.Float64())*(fe[i-1]-fe[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}
