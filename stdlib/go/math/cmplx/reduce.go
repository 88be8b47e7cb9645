package cmplx

import (
	"math"
	"math/bits"
)

// modPi is x ≥ 0 reduced modulo Pi into (-Pi/2, Pi/2]. Below 2^30 it subtracts the
// nearest multiple of Pi in three pieces (Cody and Waite); beyond, the fraction of
// x/Pi comes from a window of the binary digits of 1/Pi (Payne and Hanek).
func modPi(x float64) float64 {
	if math.Abs(x) < 1<<30 {
		return codyWaite(x)
	}
	return payneHanek(x)
}

// codyWaite: with k = round(x/Pi), x - k·Pi where Pi = p1 + p2 + p3; p1 and p2 end
// in 30 and 32 zero bits so k·p1 and k·p2 are exact for k below 2^30.
func codyWaite(x float64) float64 {
	const (
		p1 = 3.141592502593994      // 0x400921fb40000000
		p2 = 1.5099578831723193e-07 // 0x3e84442d00000000
		p3 = 1.0780605716316238e-14 // 0x3d08469898cc5170
	)
	k := float64(int64(x/math.Pi + 0.5))
	r := x - k*p1
	r -= k * p2
	return r - k*p3
}

// payneHanek: x = m·2^e with m a 53-bit integer. The bits of 1/Pi that matter for
// the fraction of m·2^e/Pi are the 192 starting at bit e+64; m times them, keeping the
// top 128 bits, holds that fraction, which becomes a float64 in [0, 1) and then an
// angle.
func payneHanek(x float64) float64 {
	const fracBits = 52
	raw := math.Float64bits(x)
	e := int(raw>>fracBits&0x7ff) - 1023 - fracBits
	m := raw&(1<<fracBits-1) | 1<<fracBits

	start := uint(e + 64)
	word, shift := start/64, start%64
	window := func(i uint) uint64 {
		return invPi[word+i]<<shift | invPi[word+i+1]>>(64-shift)
	}
	// The product's bits from 2^-64 down to 2^-192 (carries from below ignored as
	// Go does): hi:lo = top(w0·m) + w1·m + high(w2·m).
	_, topLow := bits.Mul64(window(0), m)
	w1hi, w1lo := bits.Mul64(window(1), m)
	w2hi, _ := bits.Mul64(window(2), m)
	lo, carry := bits.Add64(w1lo, w2hi, 0)
	hi, _ := bits.Add64(topLow, w1hi, carry)

	// Normalise hi:lo into a float64 mantissa with the matching exponent.
	lead := uint(bits.LeadingZeros64(hi)) + 1
	mant := (hi<<lead | lo>>(64-lead)) >> (64 - fracBits)
	frac := math.Float64frombits(uint64(1023-lead)<<fracBits | mant)
	if frac > 0.5 {
		frac--
	}
	return math.Pi * frac
}

// invPi holds the binary digits of 1/Pi: 1/Pi = Σ invPi[i]·2^(-64 i).
var invPi = [20]uint64{
	0x0000000000000000, 0x517cc1b727220a94, 0xfe13abe8fa9a6ee0, 0x6db14acc9e21c820,
	0xff28b1d5ef5de2b0, 0xdb92371d2126e970, 0x0324977504e8c90e, 0x7f0ef58e5894d39f,
	0x74411afa975da242, 0x74ce38135a2fbf20, 0x9cc8eb1cc1a99cfa, 0x4e422fc5defc941d,
	0x8ffc4bffef02cc07, 0xf79788c5ad05368f, 0xb69b3f6793e584db, 0xa7a31fb34f2ff516,
	0xba93dd63f5f2f8bd, 0x9e839cfbc5294975, 0x35fdafd88fc6ae84, 0x2b0198237e3db5d5,
}
