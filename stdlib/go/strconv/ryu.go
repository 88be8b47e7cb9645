package strconv

import "math/bits"

// Shortest formatting of float64 values with the Ryū algorithm (Ulf Adams, PLDI 2018):
// the value and the midpoints to its neighbours are scaled by a power of ten with
// 128-bit multipliers (ryu_tables.go), then decimal digits are dropped from the three
// scaled integers while they still bracket a unique shortest result. It gives the same
// digits as roundShortest on the exact decimal expansion, much faster.

const (
	ryuPow5InvBits = 125
	ryuPow5Bits    = 125
)

// hex128 decodes entry i of a table of 32-hex-digit numbers.
func hex128(table string, i int) (lo, hi uint64) {
	s := table[i*32 : i*32+32]
	for k := 0; k < 32; k++ {
		c := s[k]
		d := uint64(c - '0')
		if c >= 'a' {
			d = uint64(c-'a') + 10
		}
		if k < 16 {
			hi = hi<<4 | d
		} else {
			lo = lo<<4 | d
		}
	}
	return lo, hi
}

// pow5bits returns ceil(log2(5^e)) for e > 0 (and 1 for e = 0).
func pow5bits(e int) int { return int((uint32(e)*1217359)>>19) + 1 }

// log10Pow2 returns floor(log10(2^e)) for 0 <= e <= 1650.
func log10Pow2(e int) int { return int((uint32(e) * 78913) >> 18) }

// log10Pow5 returns floor(log10(5^e)) for 0 <= e <= 2620.
func log10Pow5(e int) int { return int((uint32(e) * 732923) >> 20) }

// pow5Factor returns the number of times 5 divides v.
func pow5Factor(v uint64) int {
	n := 0
	for v%5 == 0 {
		v /= 5
		n++
	}
	return n
}

// mulShift64 returns (m × (hi·2^64 + lo)) >> j, for j >= 64 and m below 2^55.
func mulShift64(m, lo, hi uint64, j int) uint64 {
	b0hi, _ := bits.Mul64(m, lo)
	b2hi, b2lo := bits.Mul64(m, hi)
	sumLo, carry := bits.Add64(b2lo, b0hi, 0)
	sumHi := b2hi + carry
	s := uint(j - 64)
	if s == 0 {
		return sumLo
	}
	if s >= 64 {
		return sumHi >> (s - 64)
	}
	return sumLo>>s | sumHi<<(64-s)
}

// ryuShortest returns the shortest decimal digits of the float64 with the given raw
// mantissa and biased exponent fields (finite, not zero), as a digitSet.
func ryuShortest(ieeeMant uint64, ieeeExp int) digitSet {
	var m2 uint64
	var e2 int
	if ieeeExp == 0 {
		e2 = 1 - 1023 - 52 - 2
		m2 = ieeeMant
	} else {
		e2 = ieeeExp - 1023 - 52 - 2
		m2 = 1<<52 | ieeeMant
	}
	acceptBounds := m2&1 == 0
	mv := 4 * m2
	mmShift := uint64(0)
	if ieeeMant != 0 || ieeeExp <= 1 {
		mmShift = 1 // the float below is one ulp away (else half an ulp)
	}
	var vr, vp, vm uint64
	var e10 int
	vmTrailingZeros, vrTrailingZeros := false, false
	if e2 >= 0 {
		q := log10Pow2(e2)
		if e2 > 3 {
			q--
		}
		e10 = q
		k := ryuPow5InvBits + pow5bits(q) - 1
		j := -e2 + q + k
		lo, hi := hex128(ryuPow5InvHex, q)
		vr = mulShift64(4*m2, lo, hi, j)
		vp = mulShift64(4*m2+2, lo, hi, j)
		vm = mulShift64(4*m2-1-mmShift, lo, hi, j)
		if q <= 21 {
			// Only numbers with few digits can have trailing zeros after scaling.
			switch {
			case mv%5 == 0:
				vrTrailingZeros = pow5Factor(mv) >= q
			case acceptBounds:
				vmTrailingZeros = pow5Factor(mv-1-mmShift) >= q
			case pow5Factor(mv+2) >= q:
				vp--
			}
		}
	} else {
		q := log10Pow5(-e2)
		if -e2 > 1 {
			q--
		}
		e10 = q + e2
		i := -e2 - q
		k := pow5bits(i) - ryuPow5Bits
		j := q - k
		lo, hi := hex128(ryuPow5Hex, i)
		vr = mulShift64(4*m2, lo, hi, j)
		vp = mulShift64(4*m2+2, lo, hi, j)
		vm = mulShift64(4*m2-1-mmShift, lo, hi, j)
		if q <= 1 {
			// vr is an integer with at least q trailing zeros.
			vrTrailingZeros = true
			if acceptBounds {
				vmTrailingZeros = mmShift == 1
			} else {
				vp--
			}
		} else if q < 63 {
			vrTrailingZeros = mv&(uint64(1)<<uint(q)-1) == 0
		}
	}
	removed := 0
	var output uint64
	if vmTrailingZeros || vrTrailingZeros {
		// Rare: the bounds may be exact, so track the removed digits exactly.
		last := uint64(0)
		for vp/10 > vm/10 {
			vmTrailingZeros = vmTrailingZeros && vm%10 == 0
			vrTrailingZeros = vrTrailingZeros && last == 0
			last = vr % 10
			vr /= 10
			vp /= 10
			vm /= 10
			removed++
		}
		if vmTrailingZeros {
			for vm%10 == 0 {
				vrTrailingZeros = vrTrailingZeros && last == 0
				last = vr % 10
				vr /= 10
				vp /= 10
				vm /= 10
				removed++
			}
		}
		if vrTrailingZeros && last == 5 && vr%2 == 0 {
			last = 4 // exactly halfway: round to even
		}
		output = vr
		if vr == vm && (!acceptBounds || !vmTrailingZeros) || last >= 5 {
			output++
		}
	} else {
		roundUp := false
		for vp/10 > vm/10 {
			roundUp = vr%10 >= 5
			vr /= 10
			vp /= 10
			vm /= 10
			removed++
		}
		output = vr
		if vr == vm || roundUp {
			output++
		}
	}
	// output × 10^(e10+removed): its digits, without trailing zeros.
	d := make([]byte, 0, 20)
	for output > 0 {
		q := output / 10
		d = append(d, byte('0'+output-q*10))
		output = q
	}
	n := len(d)
	lo := 0
	for lo < len(d) && d[lo] == '0' {
		lo++
	}
	d = d[lo:]
	for i, j := 0, len(d)-1; i < j; i, j = i+1, j-1 {
		d[i], d[j] = d[j], d[i]
	}
	return digitSet{d, n + e10 + removed}
}
