package rand

import "internal/randdist"

// NormFloat64 is a standard normal sample (mean 0, deviation 1), drawn with the
// ziggurat method of Marsaglia and Tsang over 128 layers (internal/randdist); the sign
// of a 32-bit draw is the sample's sign, its low 7 bits the layer.
func (r *Rand) NormFloat64() float64 {
	for {
		bits := int32(r.Uint32())
		if x, ok := randdist.Normal(bits, uint32(bits&127), r.Float64); ok {
			return x
		}
	}
}

// ExpFloat64 is an exponential sample of rate 1, drawn with the ziggurat method over
// 256 layers; the low 8 bits of the 32-bit draw are the layer.
func (r *Rand) ExpFloat64() float64 {
	for {
		bits := r.Uint32()
		if x, ok := randdist.Exp(bits, bits&255, r.Float64); ok {
			return x
		}
	}
}
