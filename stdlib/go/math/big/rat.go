package big

import (
	"fmt"
	"math"
	"strings"
)

// A Rat represents a quotient a/b of arbitrary precision. The zero value for a Rat
// represents the value 0.
type Rat struct {
	// num's sign is the Rat's sign; den.abs empty means a denominator of 1 (zero value).
	num, den Int
}

// NewRat creates a new Rat with numerator a and denominator b.
func NewRat(a, b int64) *Rat {
	var r Rat
	return r.SetFrac64(a, b)
}

func (z *Rat) denOrOne() nat {
	if len(z.den.abs) == 0 {
		return nat{1}
	}
	return z.den.abs
}

// normalize reduces z to lowest terms with a positive denominator; a zero denominator
// panics.
func (z *Rat) normalize() *Rat {
	if len(z.den.abs) == 0 {
		z.den.abs = nat{1}
	}
	z.den.neg = false
	if len(z.num.abs) == 0 {
		z.num.neg = false
		z.den.abs = natSetWord(z.den.abs, 1)
		return z
	}
	if len(z.den.abs) == 1 && z.den.abs[0] == 1 {
		return z
	}
	var g Int
	g.GCD(nil, nil, &Int{abs: z.num.abs}, &Int{abs: z.den.abs})
	if len(g.abs) != 1 || g.abs[0] != 1 {
		z.num.abs, _ = natDivMod(z.num.abs, nil, z.num.abs, g.abs)
		z.den.abs, _ = natDivMod(z.den.abs, nil, z.den.abs, g.abs)
	}
	return z
}

func natSetWord(z nat, w Word) nat {
	if cap(z) >= 1 {
		z = z[:1]
		z[0] = w
		return z
	}
	return nat{w}
}

// SetFrac sets z to a/b and returns z. If b == 0, SetFrac panics.
func (z *Rat) SetFrac(a, b *Int) *Rat {
	if len(b.abs) == 0 {
		panic("division by zero")
	}
	neg := a.neg != b.neg
	babs := b.abs
	if &z.num == b || alias(z.num.abs, babs) {
		babs = append(nat(nil), babs...)
	}
	z.num.abs = append(z.num.abs[:0], a.abs...)
	z.num.neg = neg
	z.den.abs = append(z.den.abs[:0], babs...)
	z.den.neg = false
	return z.normalize()
}

func alias(x, y nat) bool {
	// Two slices share storage when the last elements of their capacities coincide.
	if cap(x) == 0 || cap(y) == 0 {
		return false
	}
	return &x[:cap(x)][cap(x)-1] == &y[:cap(y)][cap(y)-1]
}

// SetFrac64 sets z to a/b and returns z. If b == 0, SetFrac64 panics.
func (z *Rat) SetFrac64(a, b int64) *Rat {
	if b == 0 {
		panic("division by zero")
	}
	z.num.SetInt64(a)
	if b < 0 {
		z.num.neg = !z.num.neg && len(z.num.abs) > 0
		z.den.SetUint64(uint64(-b))
	} else {
		z.den.SetInt64(b)
	}
	return z.normalize()
}

// SetInt stores the integer x (copied) in z; it returns z.
func (z *Rat) SetInt(x *Int) *Rat {
	z.num.Set(x)
	z.den.abs = natSetWord(z.den.abs, 1)
	z.den.neg = false
	return z
}

// SetInt64 stores the integer x in z; it returns z.
func (z *Rat) SetInt64(x int64) *Rat {
	z.num.SetInt64(x)
	z.den.abs = natSetWord(z.den.abs, 1)
	return z
}

// SetUint64 stores the integer x in z; it returns z.
func (z *Rat) SetUint64(x uint64) *Rat {
	z.num.SetUint64(x)
	z.den.abs = natSetWord(z.den.abs, 1)
	return z
}

// Set copies x's value into z; it returns z.
func (z *Rat) Set(x *Rat) *Rat {
	if z != x {
		z.num.Set(&x.num)
		z.den.Set(&x.den)
	}
	if len(z.den.abs) == 0 {
		z.den.abs = natSetWord(z.den.abs, 1)
	}
	return z
}

// SetFloat64 sets z to exactly f and returns z. If f is not finite, SetFloat returns nil.
func (z *Rat) SetFloat64(f float64) *Rat {
	if math.IsNaN(f - f) { // ±Inf or NaN
		return nil
	}
	bits := math.Float64bits(f)
	mant := bits & (1<<52 - 1)
	exp := int((bits >> 52) & 0x7ff)
	if exp == 0 {
		exp = -1074
	} else {
		mant |= 1 << 52
		exp -= 1075
	}
	z.num.SetUint64(mant)
	z.num.neg = f < 0 && mant != 0
	z.den.SetUint64(1)
	if exp > 0 {
		z.num.Lsh(&z.num, uint(exp))
	} else if exp < 0 {
		z.den.Lsh(&z.den, uint(-exp))
	}
	return z.normalize()
}

// Abs stores |x| in z; it returns z.
func (z *Rat) Abs(x *Rat) *Rat {
	z.Set(x)
	z.num.neg = false
	return z
}

// Neg stores -x in z; it returns z.
func (z *Rat) Neg(x *Rat) *Rat {
	z.Set(x)
	z.num.neg = len(z.num.abs) > 0 && !z.num.neg
	return z
}

// Inv sets z to 1/x and returns z. If x == 0, Inv panics.
func (z *Rat) Inv(x *Rat) *Rat {
	if len(x.num.abs) == 0 {
		panic("division by zero")
	}
	z.Set(x)
	z.num.abs, z.den.abs = z.den.abs, z.num.abs
	return z
}

// Sign returns -1 if x < 0, 0 if x == 0, +1 if x > 0.
func (x *Rat) Sign() int {
	return x.num.Sign()
}

// IsInt: x is a whole number (its normalized denominator is 1).
func (x *Rat) IsInt() bool {
	return len(x.den.abs) == 0 || (len(x.den.abs) == 1 && x.den.abs[0] == 1)
}

// Num returns the numerator of x; it may be <= 0. The result is a reference to x's
// numerator; it may change if a new value is assigned to x, and vice versa.
func (x *Rat) Num() *Int {
	return &x.num
}

// Denom returns the denominator of x; it is always > 0. The result is a reference to x's
// denominator, unless x is an uninitialized (zero value) Rat, in which case the result is
// a new Int of value 1.
func (x *Rat) Denom() *Int {
	if len(x.den.abs) == 0 {
		return &Int{abs: nat{1}}
	}
	return &x.den
}

// Cmp compares x and y and returns -1 if x < y, 0 if x == y, +1 if x > y.
func (x *Rat) Cmp(y *Rat) int {
	var a, b Int
	a.Mul(&x.num, &Int{abs: y.denOrOne()})
	b.Mul(&y.num, &Int{abs: x.denOrOne()})
	return a.Cmp(&b)
}

// Add stores x+y in z; it returns z.
func (z *Rat) Add(x, y *Rat) *Rat {
	var a, b, d Int
	a.Mul(&x.num, &Int{abs: y.denOrOne()})
	b.Mul(&y.num, &Int{abs: x.denOrOne()})
	d.abs = natMul(nil, x.denOrOne(), y.denOrOne())
	z.num.Add(&a, &b)
	z.den.abs = d.abs
	z.den.neg = false
	return z.normalize()
}

// Sub stores x-y in z; it returns z.
func (z *Rat) Sub(x, y *Rat) *Rat {
	var a, b, d Int
	a.Mul(&x.num, &Int{abs: y.denOrOne()})
	b.Mul(&y.num, &Int{abs: x.denOrOne()})
	d.abs = natMul(nil, x.denOrOne(), y.denOrOne())
	z.num.Sub(&a, &b)
	z.den.abs = d.abs
	z.den.neg = false
	return z.normalize()
}

// Mul stores x·y in z; it returns z.
func (z *Rat) Mul(x, y *Rat) *Rat {
	var n Int
	n.Mul(&x.num, &y.num)
	d := natMul(nil, x.denOrOne(), y.denOrOne())
	z.num.abs, z.num.neg = n.abs, n.neg
	z.den.abs = d
	z.den.neg = false
	return z.normalize()
}

// Quo sets z to the quotient x/y and returns z. If y == 0, Quo panics.
func (z *Rat) Quo(x, y *Rat) *Rat {
	if len(y.num.abs) == 0 {
		panic("division by zero")
	}
	var n, d Int
	n.Mul(&x.num, &Int{abs: y.denOrOne()})
	d.Mul(&y.num, &Int{abs: x.denOrOne()})
	z.num.abs = n.abs
	z.num.neg = len(n.abs) > 0 && n.neg != d.neg
	z.den.abs = d.abs
	z.den.neg = false
	return z.normalize()
}

// String is x as "num/den" (the denominator is written even when it is 1).
func (x *Rat) String() string {
	return x.num.String() + "/" + natText(x.denOrOne(), 10)
}

// RatString returns a string representation of x in the form "a/b" if b != 1, and in
// the form "a" if b == 1.
func (x *Rat) RatString() string {
	if x.IsInt() {
		return x.num.String()
	}
	return x.String()
}

// FloatString returns a string representation of x in decimal form with prec digits of
// precision after the radix point. The last digit is rounded to nearest, with halves
// rounded away from zero.
func (x *Rat) FloatString(prec int) string {
	if x.IsInt() {
		s := x.num.String()
		if prec > 0 {
			s += "." + strings.Repeat("0", prec)
		}
		return s
	}
	den := x.denOrOne()
	q, r := natDivMod(nil, nil, x.num.abs, den)
	p := natOf(1)
	if prec > 0 {
		p = natExp(nil, nat{10}, natOf(uint64(prec)), nil)
	}
	r = natMul(nil, r, p)
	r, r2 := natDivMod(nil, nil, r, den)
	// Round half away from zero: 2*r2 >= den.
	if natCmp(natAdd(nil, r2, r2), den) >= 0 {
		r = natAdd(nil, r, nat{1})
		if natCmp(r, p) >= 0 {
			q = natAdd(nil, q, nat{1})
			r = natSub(nil, r, p)
		}
	}
	s := natText(q, 10)
	if x.num.neg {
		s = "-" + s
	}
	if prec > 0 {
		rs := natText(r, 10)
		s += "." + strings.Repeat("0", prec-len(rs)) + rs
	}
	return s
}

// FloatPrec returns the number n of non-integer digits in the decimal representation of
// x, and whether that representation is exact (x's denominator has no prime factors
// other than 2 and 5). If not exact, n is the number of digits of the non-repeating part.
func (x *Rat) FloatPrec() (n int, exact bool) {
	d := x.denOrOne()
	p2 := int(natTrailingZeros(d))
	d = natShr(nil, d, uint(p2))
	p5 := 0
	for {
		q, r := natDivW(nil, d, 5)
		if r != 0 {
			break
		}
		d = q
		p5++
	}
	n = p2
	if p5 > n {
		n = p5
	}
	return n, len(d) == 1 && d[0] == 1
}

// Float64 returns the nearest float64 value for x and a bool indicating whether f
// represents x exactly. If the magnitude of x is too large to be represented by a
// float64, f is an infinity and exact is false. The sign of f always matches the sign of
// x, even if f == 0.
func (x *Rat) Float64() (f float64, exact bool) {
	m, e, exact := quoToFloat(x.num.abs, x.denOrOne(), 53, -1022)
	f = math.Ldexp(float64(m), e)
	if math.IsInf(f, 0) {
		exact = false
	}
	if x.num.neg {
		f = -f
	}
	return f, exact
}

// Float32 returns the nearest float32 value for x and a bool indicating whether f
// represents x exactly. If the magnitude of x is too large to be represented by a
// float32, f is an infinity and exact is false. The sign of f always matches the sign of
// x, even if f == 0.
func (x *Rat) Float32() (f float32, exact bool) {
	m, e, exact := quoToFloat(x.num.abs, x.denOrOne(), 24, -126)
	v := math.Ldexp(float64(m), e) // exact: at most 24 bits
	if v >= math.Ldexp(1, 128) {
		f = float32(math.Inf(1))
		exact = false
	} else {
		f = float32(v)
	}
	if x.num.neg {
		f = -f
	}
	return f, exact
}

// quoToFloat rounds a/b (b > 0) to a mantissa of at most prec bits (fewer below the
// smallest normal exponent emin, for subnormals), ties to even: a/b ≈ m·2^e. exact
// reports that no rounding happened.
func quoToFloat(a, b nat, prec int, emin int) (m uint64, e int, exact bool) {
	if len(a) == 0 {
		return 0, 0, true
	}
	// Scale to a quotient of prec+2..prec+3 bits.
	shift := prec + 2 - (a.bitLen() - b.bitLen())
	var aa, bb nat = a, b
	if shift > 0 {
		aa = natShl(nil, a, uint(shift))
	} else if shift < 0 {
		bb = natShl(nil, b, uint(-shift))
	}
	q, r := natDivMod(nil, nil, aa, bb)
	sticky := len(r) > 0
	qbits := q.bitLen()
	// Value ≈ q·2^-shift, in [2^E, 2^(E+1)) with E = qbits-1-shift.
	E := qbits - 1 - shift
	p := prec
	if E < emin {
		p = prec - (emin - E)
	}
	drop := qbits - p
	var mant nat
	var half, rest bool
	if p <= 0 {
		// Below half the smallest subnormal unless exactly at it.
		mant = nil
		if p == 0 {
			half = true
			rest = sticky || natCmp(q, natShl(nil, nat{1}, uint(qbits-1))) != 0
		} else {
			half = false
			rest = true
		}
		drop = qbits - p
	} else {
		mant = natShr(nil, q, uint(drop))
		half = natBit(q, uint(drop-1)) == 1
		low := natSub(nil, q, natShl(nil, mant, uint(drop)))
		low = natSub(nil, low, maskBit(half, drop-1))
		rest = sticky || len(low) > 0
	}
	exact = !half && !rest
	mv := mant.low64()
	if half && (rest || mv&1 == 1) {
		mv++
	}
	return mv, drop - shift, exact
}

func maskBit(set bool, i int) nat {
	if !set {
		return nil
	}
	return natShl(nil, nat{1}, uint(i))
}

// SetString sets z to the value of s and returns z and a boolean indicating success. s
// can be given as a (possibly signed) fraction "a/b", or as a floating-point number
// optionally followed by an exponent. If a fraction is provided, both the dividend and
// the divisor may be a decimal integer or independently use a prefix of "0b", "0" or
// "0o", or "0x" to select a base 2, 8, or 16 integer, respectively. The divisor may not
// be signed. If a floating-point number is provided, it may be in decimal form or use
// any of the same prefixes as above but for "0" to denote a non-decimal mantissa. A
// leading "0" is considered a decimal leading 0; it does not indicate octal
// representation in this case. An optional base-10 "e" or base-2 "p" (or their
// upper-case variants) exponent may be provided as well, except for hexadecimal floats
// which only accept an (optional) "p" exponent. The entire string, not just a prefix,
// must be valid for success. If the operation failed, the value of z is undefined but
// the returned value is nil.
func (z *Rat) SetString(s string) (*Rat, bool) {
	if len(s) == 0 {
		return nil, false
	}
	if numText, den, isFrac := strings.Cut(s, "/"); isFrac {
		if _, ok := z.num.SetString(numText, 0); !ok {
			return nil, false
		}
		if len(den) > 0 && (den[0] == '+' || den[0] == '-') {
			return nil, false
		}
		var d Int
		if _, ok := d.SetString(den, 0); !ok || len(d.abs) == 0 {
			return nil, false
		}
		z.den.abs = d.abs
		z.den.neg = false
		return z.normalize(), true
	}
	// A floating-point literal.
	i := 0
	neg := false
	if s[i] == '+' || s[i] == '-' {
		neg = s[i] == '-'
		i++
	}
	base := 10
	prefixed := false
	if i+1 < len(s) && s[i] == '0' {
		switch s[i+1] {
		case 'b', 'B':
			base, prefixed = 2, true
		case 'o', 'O':
			base, prefixed = 8, true
		case 'x', 'X':
			base, prefixed = 16, true
		}
		if prefixed {
			i += 2
		}
	}
	var digits []byte
	fracDigits := 0
	seenDot := false
	prev := byte('.')
	if prefixed {
		prev = '0'
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c == '.' && !seenDot {
			seenDot = true
			continue
		}
		if c == '_' {
			if prev != '0' {
				return nil, false
			}
			prev = '_'
			continue
		}
		d := digitValue(c, base)
		if d >= base {
			break
		}
		if base == 10 && (c == 'e' || c == 'E') {
			break
		}
		digits = append(digits, byte(d))
		if seenDot {
			fracDigits++
		}
		prev = '0'
	}
	if len(digits) == 0 || prev == '_' {
		return nil, false
	}
	exp10, exp2 := 0, 0
	if i < len(s) {
		c := s[i]
		isP := c == 'p' || c == 'P'
		isE := (c == 'e' || c == 'E') && base != 16
		if !isP && !isE {
			return nil, false
		}
		i++
		eneg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			eneg = s[i] == '-'
			i++
		}
		if i >= len(s) {
			return nil, false
		}
		ev := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return nil, false
			}
			ev = ev*10 + int(c-'0')
			if ev > 1e7 {
				return nil, false
			}
		}
		if eneg {
			ev = -ev
		}
		if isP {
			exp2 = ev
		} else {
			exp10 = ev
		}
	}
	z.num.abs = natFromDigits(z.num.abs, digits, base)
	z.num.neg = false
	z.den.abs = natSetWord(z.den.abs, 1)
	z.den.neg = false
	// Fraction digits in the mantissa's base.
	if fracDigits > 0 {
		switch base {
		case 2, 8, 16:
			bitsPer := map[int]int{2: 1, 8: 3, 16: 4}[base]
			exp2 -= fracDigits * bitsPer
		default:
			exp10 -= fracDigits
		}
	}
	if exp10 != 0 {
		p := natExp(nil, nat{10}, natOf(uint64(abs(exp10))), nil)
		if exp10 > 0 {
			z.num.abs = natMul(z.num.abs, z.num.abs, p)
		} else {
			z.den.abs = p
		}
	}
	if exp2 > 0 {
		z.num.abs = natShl(z.num.abs, z.num.abs, uint(exp2))
	} else if exp2 < 0 {
		z.den.abs = natShl(z.den.abs, z.den.abs, uint(-exp2))
	}
	z.num.neg = neg && len(z.num.abs) > 0
	return z.normalize(), true
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Scan is a support routine for fmt.Scanner. It accepts the formats 'e', 'E', 'f', 'F',
// 'g', 'G', and 'v'. All formats are equivalent.
func (z *Rat) Scan(s fmt.ScanState, ch rune) error {
	tok, err := s.Token(true, func(r rune) bool { return strings.ContainsRune("+-/0123456789.eE", r) })
	if err != nil {
		return err
	}
	switch {
	case strings.IndexRune("efgEFGv", ch) < 0:
		return gobError("Rat.Scan", "invalid verb")
	case !z.parses(string(tok)):
		return gobError("Rat.Scan", "invalid syntax")
	}
	return nil
}

// parses: SetString accepts s (and has set z).
func (z *Rat) parses(s string) bool {
	_, ok := z.SetString(s)
	return ok
}

// MarshalText implements the encoding.TextMarshaler interface.
func (x *Rat) MarshalText() (text []byte, err error) {
	if x.IsInt() {
		return x.num.MarshalText()
	}
	return []byte(x.String()), nil
}

// UnmarshalText sets z from the text SetString accepts.
func (z *Rat) UnmarshalText(text []byte) error {
	if !z.parses(string(text)) {
		return unmarshalError(text, "Rat")
	}
	return nil
}

const ratGobVersion byte = 1

// GobEncode is x in Go's gob form for Rat: version and sign byte, numerator length, numerator and denominator bytes.
func (x *Rat) GobEncode() ([]byte, error) {
	if x == nil {
		return nil, nil
	}
	num := x.num.Bytes()
	den := (&Int{abs: x.den.abs}).Bytes()
	if len(num) > 1<<32-1 {
		return nil, gobError("Rat.GobEncode", "numerator too large")
	}
	b := ratGobVersion << 1
	if x.num.neg {
		b |= 1
	}
	n := uint32(len(num))
	buf := []byte{b, byte(n >> 24), byte(n >> 16), byte(n >> 8), byte(n)}
	buf = append(buf, num...)
	return append(buf, den...), nil
}

// GobDecode sets z from what GobEncode produced.
func (z *Rat) GobDecode(buf []byte) error {
	if len(buf) == 0 {
		*z = Rat{}
		return nil
	}
	if len(buf) < 5 {
		return gobError("Rat.GobDecode", "buffer too small")
	}
	b := buf[0]
	if b>>1 != ratGobVersion {
		return gobVersionError("Rat", b>>1)
	}
	n := uint64(buf[1])<<24 | uint64(buf[2])<<16 | uint64(buf[3])<<8 | uint64(buf[4])
	if n > uint64(len(buf)-5) {
		// (Go's "invalid length" needs a length beyond MaxInt, impossible in 4 bytes.)
		return gobError("Rat.GobDecode", "buffer too small")
	}
	z.num.SetBytes(buf[5 : 5+n])
	z.num.neg = b&1 != 0 && len(z.num.abs) > 0
	z.den.SetBytes(buf[5+n:])
	if len(z.den.abs) == 0 {
		z.den.abs = nat{1}
	}
	return nil
}
