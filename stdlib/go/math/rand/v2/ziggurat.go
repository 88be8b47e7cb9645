package rand

import "internal/randdist"

// NormFloat64 is a standard normal sample (mean 0, deviation 1), drawn with the
// ziggurat method of Marsaglia and Tsang over 128 layers (internal/randdist): one word
// gives the signed 32-bit position (low half) and the layer (bits 32..38).
func (r *Rand) NormFloat64() float64 {
	for {
		word := r.Uint64()
		if x, ok := randdist.Normal(int32(word), uint32(word>>32&127), r.Float64); ok {
			return x
		}
	}
}

// ExpFloat64 is an exponential sample of rate 1, drawn with the ziggurat method over
// 256 layers: one word gives the position (low half) and the layer (bits 32..39).
func (r *Rand) ExpFloat64() float64 {
	for {
		word := r.Uint64()
		if x, ok := randdist.Exp(uint32(word), uint32(word>>32&255), r.Float64); ok {
			return x
		}
	}
}
