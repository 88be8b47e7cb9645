package strconv

import "math"

// Float formatting. The decimal digits come from the native floatDigits (exact, with
// round-half-even); this file only lays them out in Go's formats. 'b' and 'x' work on
// the bits directly.

// floatDigits returns the decimal digits of |f| as 0.digits × 10^dp with no leading or
// trailing zeros ("" for zero). mode 0 is the shortest string that reads back as f
// (as a float32 if single), mode 1 keeps n significant digits, mode 2 n digits after
// the decimal point.
func floatDigits(f float64, single bool, mode, n int) (digits string, dp int)

// FormatFloat converts f to a string in format fmt ('b', 'e', 'E', 'f', 'g', 'G', 'x'
// or 'X') with precision prec, treating f as a float32 when bitSize is 32. A precision
// of -1 means the fewest digits that read back to f exactly.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return string(AppendFloat(make([]byte, 0, 24), f, fmt, prec, bitSize))
}

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	var single bool
	if bitSize == 32 {
		single = true
		f = float64(float32(f))
	} else if bitSize != 64 {
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	switch {
	case f != f:
		return append(dst, "NaN"...)
	case math.IsInf(f, 1):
		return append(dst, "+Inf"...)
	case math.IsInf(f, -1):
		return append(dst, "-Inf"...)
	}
	switch fmt {
	case 'b':
		return appendBinaryFloat(dst, f, single)
	case 'x', 'X':
		return appendHexFloat(dst, f, fmt, prec)
	case 'e', 'E', 'f', 'g', 'G':
	default:
		return append(dst, '%', fmt)
	}
	if math.Signbit(f) {
		dst = append(dst, '-')
	}
	shortest := prec < 0
	var digits string
	var dp int
	switch {
	case shortest:
		digits, dp = floatDigits(f, single, 0, 0)
	case fmt == 'f':
		digits, dp = floatDigits(f, single, 2, prec)
	case fmt == 'e' || fmt == 'E':
		digits, dp = floatDigits(f, single, 1, prec+1)
	default: // g, G: prec significant digits
		if prec == 0 {
			prec = 1
		}
		digits, dp = floatDigits(f, single, 1, prec)
	}
	nd := len(digits)
	switch fmt {
	case 'e', 'E':
		if shortest {
			prec = max(nd-1, 0)
		}
		return appendExp(dst, digits, dp, prec, fmt)
	case 'f':
		if shortest {
			prec = max(nd-dp, 0)
		}
		return appendFixed(dst, digits, dp, prec)
	}
	// %g: the exponent form for exponents below -4 or at least the precision (6 for
	// the shortest form); trailing zeros never shown.
	limit := prec
	if shortest {
		limit = 6
	}
	if x := dp - 1; nd > 0 && (x < -4 || x >= limit) {
		return appendExp(dst, digits, dp, nd-1, fmt+'e'-'g')
	}
	return appendFixed(dst, digits, dp, max(nd-dp, 0))
}

// digitAt is digit i of digits, '0' past either end.
func digitAt(digits string, i int) byte {
	if i < 0 || i >= len(digits) {
		return '0'
	}
	return digits[i]
}

// appendExp writes d.ddd (prec digits after the point) and an exponent of at least
// two digits, marked by e ('e' or 'E').
func appendExp(dst []byte, digits string, dp, prec int, e byte) []byte {
	dst = append(dst, digitAt(digits, 0))
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			dst = append(dst, digitAt(digits, i))
		}
	}
	x := 0
	if digits != "" {
		x = dp - 1
	}
	dst = append(dst, e)
	return appendExponent(dst, x, 2)
}

// appendExponent writes a sign and |x| with at least width digits.
func appendExponent(dst []byte, x, width int) []byte {
	sign := byte('+')
	if x < 0 {
		sign, x = '-', -x
	}
	dst = append(dst, sign)
	var buf [8]byte
	n := len(buf)
	for x > 0 || len(buf)-n < width {
		n--
		buf[n] = byte('0' + x%10)
		x /= 10
	}
	return append(dst, buf[n:]...)
}

// appendFixed writes ddd.ddd with prec digits after the point.
func appendFixed(dst []byte, digits string, dp, prec int) []byte {
	if dp <= 0 {
		dst = append(dst, '0')
	} else {
		for i := 0; i < dp; i++ {
			dst = append(dst, digitAt(digits, i))
		}
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, digitAt(digits, dp+i))
		}
	}
	return dst
}

// appendBinaryFloat writes the 'b' form: the integer significand, 'p', and the binary
// exponent that scales it (-ddddp±ddd).
func appendBinaryFloat(dst []byte, f float64, single bool) []byte {
	var sig uint64
	var exp int
	if single {
		b := math.Float32bits(float32(f))
		sig, exp = uint64(b&0x7fffff), int(b>>23&0xff)
		if b>>31 != 0 {
			dst = append(dst, '-')
		}
		if exp == 0 {
			exp = 1
		} else {
			sig += 1 << 23
		}
		exp -= 150
	} else {
		b := math.Float64bits(f)
		sig, exp = b&(1<<52-1), int(b>>52&0x7ff)
		if b>>63 != 0 {
			dst = append(dst, '-')
		}
		if exp == 0 {
			exp = 1
		} else {
			sig += 1 << 52
		}
		exp -= 1075
	}
	dst = AppendUint(dst, sig, 10)
	dst = append(dst, 'p')
	if exp >= 0 {
		dst = append(dst, '+')
	}
	return AppendInt(dst, int64(exp), 10)
}

// appendHexFloat writes the 'x' form 0x1.hhhp±dd: the leading digit 1 (0 for zero),
// prec hex digits (all significant ones, trailing zeros dropped, if prec < 0) rounded
// half to even, and the binary exponent. A float32 needs no special case: its value is
// exactly a float64 with the same normalized form.
func appendHexFloat(dst []byte, f float64, fmt byte, prec int) []byte {
	hexDigits := "0123456789abcdef"
	if fmt == 'X' {
		hexDigits = "0123456789ABCDEF"
	}
	if math.Signbit(f) {
		dst = append(dst, '-')
	}
	// frac is the 52-bit fraction after the leading 1, value = 1.frac × 2^exp.
	b := math.Float64bits(f)
	frac, exp := b&(1<<52-1), int(b>>52&0x7ff)
	lead := byte('1')
	switch {
	case exp == 0 && frac == 0:
		lead, exp = '0', 0
	case exp == 0: // subnormal: shift up to a leading 1
		exp = -1022
		for frac&(1<<52) == 0 {
			frac <<= 1
			exp--
		}
		frac &= 1<<52 - 1
	default:
		exp -= 1023
	}
	nd := 13 // hex digits of frac
	if prec < 0 {
		for nd > 0 && frac&0xf == 0 {
			frac >>= 4
			nd--
		}
		prec = nd
	} else if prec < nd {
		drop := uint(4 * (nd - prec))
		rest := frac & (1<<drop - 1)
		frac >>= drop
		half := uint64(1) << (drop - 1)
		odd := (frac|1<<(4*uint(prec)))&1 == 1 // the leading 1 is the last digit kept at prec 0
		if rest > half || rest == half && odd {
			frac++
			if frac == 1<<(4*uint(prec)) { // 1.fff... rounded up to 2
				frac = 0
				exp++
			}
		}
		nd = prec
	}
	dst = append(dst, '0', fmt, lead)
	if prec > 0 {
		dst = append(dst, '.')
		for shift := 4 * nd; shift > 0; shift -= 4 {
			dst = append(dst, hexDigits[frac>>uint(shift-4)&0xf])
		}
		for i := nd; i < prec; i++ {
			dst = append(dst, '0')
		}
	}
	dst = append(dst, fmt+'p'-'x')
	return appendExponent(dst, exp, 2)
}
