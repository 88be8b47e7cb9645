package big

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Float is a binary floating-point number of arbitrary precision: zero, an infinity,
// or (-1)^neg · mant · 2^exp with mant a natural number of at most prec bits. Each
// operation rounds its exact result to the destination's precision in its rounding mode
// and records in acc on which side of the exact value the result lies. The zero value
// is +0 with precision 0 (an operation then picks a precision, as Go documents).
type Float struct {
	prec uint32
	mode RoundingMode
	acc  Accuracy
	kind floatKind
	neg  bool
	mant nat  // finite values only: no trailing zero bits
	exp  int64 // finite values: value = mant · 2^exp
}

type floatKind byte

const (
	zeroKind floatKind = iota
	finiteKind
	infKind
)

// The limits of the exponent of MantExp (0.5 ≤ mantissa < 1) and of the precision.
const (
	MaxExp  = math.MaxInt32
	MinExp  = math.MinInt32
	MaxPrec = math.MaxUint32
)

// NewFloat is a Float holding x exactly, with precision 53 and ToNearestEven; a NaN x
// panics with ErrNaN.
func NewFloat(x float64) *Float {
	if math.IsNaN(x) {
		nanPanic("NewFloat(NaN)")
	}
	return (&Float{}).SetFloat64(x)
}

// nanPanic raises the ErrNaN of an operation whose IEEE result would be NaN.
func nanPanic(what string) { panic(ErrNaN{what}) }

// ParseFloat is new(Float).SetPrec(prec).SetMode(mode).Parse(s, base).
func ParseFloat(s string, base int, prec uint, mode RoundingMode) (f *Float, b int, err error) {
	f = new(Float)
	f.SetPrec(prec)
	f.SetMode(mode)
	return f.Parse(s, base)
}

func (x *Float) Prec() uint          { return uint(x.prec) }
func (x *Float) Mode() RoundingMode  { return x.mode }
func (x *Float) Acc() Accuracy       { return x.acc }
func (x *Float) IsInf() bool         { return x.kind == infKind }
func (x *Float) Signbit() bool       { return x.neg }
func (z *Float) SetMode(mode RoundingMode) *Float { z.mode, z.acc = mode, Exact; return z }

// MinPrec is the fewest bits that hold x's mantissa exactly (0 for zero and infinities).
func (x *Float) MinPrec() uint {
	if x.kind != finiteKind {
		return 0
	}
	return uint(x.mant.bitLen())
}

// Sign is -1, 0 or +1 as x is negative, zero or positive.
func (x *Float) Sign() int {
	switch {
	case x.kind == zeroKind:
		return 0
	case x.neg:
		return -1
	}
	return 1
}

// IsInt: x is finite and whole.
func (x *Float) IsInt() bool {
	return x.kind == zeroKind || x.kind == finiteKind && x.exp >= 0
}

// SetPrec changes z's precision, rounding its value (precision 0 makes z ±0, and an
// infinity stays as it is); it returns z.
func (z *Float) SetPrec(prec uint) *Float {
	z.acc = Exact
	if prec == 0 {
		z.prec = 0
		if z.kind == finiteKind {
			z.acc = z.dirOf(false)
			z.kind, z.mant = zeroKind, nil
		}
		return z
	}
	if prec > MaxPrec {
		prec = MaxPrec
	}
	old := z.prec
	z.prec = uint32(prec)
	if z.prec < old {
		z.round(false)
	}
	return z
}

// dirOf is the accuracy of replacing z's value by one of smaller (up false) or larger
// magnitude.
func (z *Float) dirOf(up bool) Accuracy {
	if up != z.neg {
		return Above
	}
	return Below
}

// round brings z's finite mantissa to z.prec bits in z.mode, sticky telling that nonzero
// bits below mant were already dropped; it sets z.acc, handles exponent overflow and
// underflow, and strips trailing zero bits.
func (z *Float) round(sticky bool) {
	z.acc = Exact
	if z.kind != finiteKind {
		return
	}
	n := z.mant.bitLen()
	if n == 0 {
		z.kind, z.mant = zeroKind, nil
		return
	}
	drop := n - int(z.prec)
	if drop < 0 {
		drop = 0
	}
	half := drop > 0 && natBit(z.mant, uint(drop-1)) == 1
	rest := sticky || drop > 1 && natTrailingZeros(z.mant) < uint(drop-1)
	if drop > 0 {
		z.mant = natShr(z.mant, z.mant, uint(drop))
		z.exp += int64(drop)
	}
	if half || rest {
		up := false
		switch z.mode {
		case ToNearestEven:
			up = half && (rest || natBit(z.mant, 0) == 1)
		case ToNearestAway:
			up = half
		case AwayFromZero:
			up = true
		case ToNegativeInf:
			up = z.neg
		case ToPositiveInf:
			up = !z.neg
		}
		if up {
			z.mant = natAdd(z.mant, z.mant, nat{1})
		}
		z.acc = z.dirOf(up)
	}
	if tz := natTrailingZeros(z.mant); tz > 0 {
		z.mant = natShr(z.mant, z.mant, tz)
		z.exp += int64(tz)
	}
	top := z.exp + int64(z.mant.bitLen())
	switch {
	case top > MaxExp:
		z.kind, z.mant = infKind, nil
		z.acc = z.dirOf(true)
	case top < MinExp:
		z.kind, z.mant = zeroKind, nil
		z.acc = z.dirOf(false)
	}
}

// setExact stores ±m·2^e in z and rounds it (defaultPrec when z has no precision).
func (z *Float) setExact(neg bool, m nat, e int64, defaultPrec uint32, sticky bool) *Float {
	if z.prec == 0 {
		z.prec = defaultPrec
	}
	z.neg = neg
	if len(m) == 0 && !sticky {
		z.kind, z.mant, z.acc = zeroKind, nil, Exact
		return z
	}
	z.kind, z.mant, z.exp = finiteKind, m, e
	z.round(sticky)
	return z
}

func (z *Float) SetUint64(x uint64) *Float { return z.setExact(false, natOf(x), 0, 64, false) }

func (z *Float) SetInt64(x int64) *Float {
	mag := uint64(x)
	if x < 0 {
		mag = -mag
	}
	return z.setExact(x < 0, natOf(mag), 0, 64, false)
}

// SetFloat64 stores x exactly when z's precision allows (53 bits when z has none); a
// NaN panics with ErrNaN.
func (z *Float) SetFloat64(x float64) *Float {
	if math.IsNaN(x) {
		nanPanic("Float.SetFloat64(NaN)")
	}
	neg := math.Signbit(x)
	if math.IsInf(x, 0) {
		return z.setInf(neg, 53)
	}
	frac, e := math.Frexp(math.Abs(x)) // frac in [0.5, 1)
	m := uint64(frac * (1 << 53))
	return z.setExact(neg, natOf(m), int64(e-53), 53, false)
}

func (z *Float) setInf(neg bool, defaultPrec uint32) *Float {
	if z.prec == 0 {
		z.prec = defaultPrec
	}
	z.kind, z.neg, z.mant, z.acc = infKind, neg, nil, Exact
	return z
}

// SetInf makes z +Inf (signbit false) or -Inf; it returns z.
func (z *Float) SetInf(signbit bool) *Float { return z.setInf(signbit, 0) }

// SetInt stores x (precision max(64, bits of x) when z has none).
func (z *Float) SetInt(x *Int) *Float {
	bits := uint32(x.abs.bitLen())
	if bits < 64 {
		bits = 64
	}
	return z.setExact(x.neg, nat(nil).setNat(x.abs), 0, bits, false)
}

// SetRat stores the rounded quotient of x (precision max(64, bits of num and den)).
func (z *Float) SetRat(x *Rat) *Float {
	if x.IsInt() {
		return z.SetInt(x.Num())
	}
	var a, b Float
	a.SetInt(x.Num())
	b.SetInt(x.Denom())
	if z.prec == 0 {
		z.prec = max(a.prec, b.prec)
	}
	return z.Quo(&a, &b)
}

func (z nat) setNat(x nat) nat { return append(z[:0], x...) }

// Set copies x's value into z, rounded to z's precision (x's when z has none).
func (z *Float) Set(x *Float) *Float {
	if z == x {
		return z
	}
	if z.prec == 0 {
		z.prec = x.prec
	}
	z.kind, z.neg, z.exp = x.kind, x.neg, x.exp
	z.mant = nat(nil).setNat(x.mant)
	z.acc = Exact
	if z.kind == finiteKind {
		z.round(false)
	}
	return z
}

// Copy makes z an exact copy of x, precision, mode and accuracy included.
func (z *Float) Copy(x *Float) *Float {
	if z != x {
		*z = *x
		z.mant = nat(nil).setNat(x.mant)
	}
	return z
}

// Neg stores -x in z and Abs |x|, rounded; as in Go, the accuracy is that of rounding
// x itself (its direction is not flipped with the sign).
func (z *Float) Neg(x *Float) *Float {
	z.Set(x)
	z.neg = !z.neg
	return z
}

func (z *Float) Abs(x *Float) *Float {
	z.Set(x)
	z.neg = false
	return z
}

// MantExp splits x into a mantissa in [0.5, 1) (written to mant when it is not nil)
// and the exponent returned, x = mant · 2^exp; zero and infinities give exponent 0.
func (x *Float) MantExp(mant *Float) (exp int) {
	if x.kind == finiteKind {
		exp = int(x.exp + int64(x.mant.bitLen()))
	}
	if mant != nil {
		mant.Set(x)
		if mant.kind == finiteKind {
			mant.exp = -int64(mant.mant.bitLen())
		}
	}
	return exp
}

// SetMantExp stores mant · 2^exp in z, rounded; it returns z.
func (z *Float) SetMantExp(mant *Float, exp int) *Float {
	z.Set(mant)
	if z.kind == finiteKind {
		z.exp += int64(exp)
		z.round(false)
	}
	return z
}

// operands gives z its precision for a binary operation: x's or y's, the larger.
func (z *Float) operands(x, y *Float) {
	if z.prec == 0 {
		z.prec = max(x.prec, y.prec)
	}
}

// Add stores x+y in z, rounded; adding infinities of opposite signs panics with ErrNaN.
func (z *Float) Add(x, y *Float) *Float { return z.sum(x, y, false) }

// Sub stores x-y in z, rounded; subtracting infinities of equal signs panics.
func (z *Float) Sub(x, y *Float) *Float { return z.sum(x, y, true) }

func (z *Float) sum(x, y *Float, negY bool) *Float {
	z.operands(x, y)
	yneg := y.neg != negY
	switch {
	case x.kind == infKind && y.kind == infKind && x.neg != yneg:
		if negY {
			nanPanic("subtraction of infinities with equal signs")
		}
		nanPanic("addition of infinities with opposite signs")
	case x.kind == infKind:
		return z.setInf(x.neg, 0)
	case y.kind == infKind:
		return z.setInf(yneg, 0)
	case x.kind == zeroKind && y.kind == zeroKind:
		// -0 only when both are -0 (Go ignores the rounding mode here).
		z.kind, z.neg, z.mant, z.acc = zeroKind, x.neg && yneg, nil, Exact
		return z
	case y.kind == zeroKind:
		return z.setExact(x.neg, nat(nil).setNat(x.mant), x.exp, 0, false)
	case x.kind == zeroKind:
		// Go rounds y as it is and then flips the sign for 0-y, accuracy unchanged.
		z.setExact(y.neg, nat(nil).setNat(y.mant), y.exp, 0, false)
		z.neg = yneg
		return z
	}
	am, ae, bm, be := x.mant, x.exp, y.mant, y.exp
	aneg, bneg := x.neg, yneg
	// Keep the operand with the higher top bit in a.
	if ae+int64(am.bitLen()) < be+int64(bm.bitLen()) {
		am, ae, bm, be, aneg, bneg = bm, be, am, ae, bneg, aneg
	}
	// An operand entirely below both a's last bit and the rounding point (with two
	// bits to spare) only matters as a sticky bit: any value there rounds the same.
	floor := min(ae, ae+int64(am.bitLen())-int64(z.prec)-4) - 2
	if be+int64(bm.bitLen()) <= floor {
		bm, be = nat{1}, floor-1
	}
	e := min(ae, be)
	a := natShl(nil, am, uint(ae-e))
	b := natShl(nil, bm, uint(be-e))
	neg := aneg
	var m nat
	switch {
	case aneg == bneg:
		m = natAdd(nil, a, b)
	case natCmp(a, b) >= 0:
		m = natSub(nil, a, b)
	default:
		m = natSub(nil, b, a)
		neg = bneg
	}
	if len(m) == 0 {
		// An exact zero difference is +0 (-0 when rounding toward -Inf).
		z.kind, z.neg, z.mant, z.acc = zeroKind, z.mode == ToNegativeInf, nil, Exact
		return z
	}
	return z.setExact(neg, m, e, 0, false)
}

// Mul stores x·y in z, rounded; zero times infinity panics with ErrNaN.
func (z *Float) Mul(x, y *Float) *Float {
	z.operands(x, y)
	neg := x.neg != y.neg
	switch {
	case x.kind == infKind && y.kind == zeroKind || x.kind == zeroKind && y.kind == infKind:
		nanPanic("multiplication of zero with infinity")
	case x.kind == infKind || y.kind == infKind:
		return z.setInf(neg, 0)
	case x.kind == zeroKind || y.kind == zeroKind:
		z.kind, z.neg, z.mant, z.acc = zeroKind, neg, nil, Exact
		return z
	}
	return z.setExact(neg, natMul(nil, x.mant, y.mant), x.exp+y.exp, 0, false)
}

// Quo stores x/y in z, rounded; 0/0 and Inf/Inf panic with ErrNaN.
func (z *Float) Quo(x, y *Float) *Float {
	z.operands(x, y)
	neg := x.neg != y.neg
	switch {
	case x.kind == y.kind && x.kind != finiteKind:
		nanPanic("division of zero by zero or infinity by infinity")
	case x.kind == infKind || y.kind == zeroKind:
		return z.setInf(neg, 0)
	case x.kind == zeroKind || y.kind == infKind:
		z.kind, z.neg, z.mant, z.acc = zeroKind, neg, nil, Exact
		return z
	}
	// Enough quotient bits for prec plus a rounding bit; the remainder is sticky.
	shift := int(z.prec) + 2 + y.mant.bitLen() - x.mant.bitLen()
	if shift < 0 {
		shift = 0
	}
	q, r := natDivMod(nil, nil, natShl(nil, x.mant, uint(shift)), y.mant)
	return z.setExact(neg, q, x.exp-y.exp-int64(shift), 0, len(r) > 0)
}

// Sqrt stores the square root of x in z, rounded to nearest even at z's precision
// (x's when z has none); a negative x panics with ErrNaN. As in Go, z's rounding mode
// is ToNearestEven afterwards and its accuracy is not meaningful.
func (z *Float) Sqrt(x *Float) *Float {
	if z.prec == 0 {
		z.prec = x.prec
	}
	z.mode = ToNearestEven
	switch {
	case x.Sign() < 0:
		nanPanic("square root of negative operand")
	case x.kind != finiteKind:
		z.kind, z.neg, z.mant, z.acc = x.kind, x.neg, nil, Exact
		return z
	}
	// m·2^e with e even and m long enough for prec+2 root bits.
	shift := 2*(int(z.prec)+2) - x.mant.bitLen()
	if shift < 0 {
		shift = 0
	}
	if (x.exp-int64(shift))%2 != 0 {
		shift++
	}
	m := natShl(nil, x.mant, uint(shift))
	root := natSqrt(nil, m)
	exact := natCmp(natMul(nil, root, root), m) == 0
	return z.setExact(false, root, (x.exp-int64(shift))/2, 0, !exact)
}

// Cmp is -1, 0 or +1 as x <, ==, > y (+0 and -0 are equal).
func (x *Float) Cmp(y *Float) int {
	xs, ys := x.ord(), y.ord()
	switch {
	case xs != ys:
		if xs < ys {
			return -1
		}
		return 1
	case xs == 0 || xs == -2 || xs == 2:
		return 0
	}
	c := x.cmpMag(y)
	if xs < 0 {
		c = -c
	}
	return c
}

// ord orders the kinds of values: -2 for -Inf, -1 negative, 0 zero, 1, 2 for +Inf.
func (x *Float) ord() int {
	o := 1
	switch x.kind {
	case zeroKind:
		return 0
	case infKind:
		o = 2
	}
	if x.neg {
		o = -o
	}
	return o
}

// cmpMag compares |x| and |y| for finite nonzero x and y.
func (x *Float) cmpMag(y *Float) int {
	xt, yt := x.exp+int64(x.mant.bitLen()), y.exp+int64(y.mant.bitLen())
	if xt != yt {
		if xt < yt {
			return -1
		}
		return 1
	}
	e := min(x.exp, y.exp)
	return natCmp(natShl(nil, x.mant, uint(x.exp-e)), natShl(nil, y.mant, uint(y.exp-e)))
}

// truncated is |x| rounded toward zero to an integer, and whether that dropped anything.
func (x *Float) truncated() (nat, bool) {
	if x.exp >= 0 {
		return natShl(nil, x.mant, uint(x.exp)), false
	}
	if -x.exp >= int64(x.mant.bitLen()) {
		return nil, true
	}
	return natShr(nil, x.mant, uint(-x.exp)), true
}

// Int stores x truncated toward zero in z (a new Int when z is nil); an infinite x
// gives nil. The accuracy is that of the truncation.
func (x *Float) Int(z *Int) (*Int, Accuracy) {
	if z == nil && x.kind != infKind {
		z = new(Int)
	}
	switch x.kind {
	case zeroKind:
		return z.SetInt64(0), Exact
	case infKind:
		return nil, x.dirOf(true)
	}
	m, lost := x.truncated()
	z.abs, z.neg = m, x.neg && len(m) > 0
	if lost {
		return z, x.dirOf(false)
	}
	return z, Exact
}

// Int64 is x truncated toward zero, clamped to int64's range.
func (x *Float) Int64() (int64, Accuracy) {
	i, acc := x.Int(nil)
	switch {
	case i == nil && x.neg, i != nil && i.Cmp(minInt64) < 0:
		return math.MinInt64, Above
	case i == nil, i.Cmp(maxInt64) > 0:
		return math.MaxInt64, Below
	}
	return i.Int64(), acc
}

// Uint64 is x truncated toward zero, clamped to uint64's range.
func (x *Float) Uint64() (uint64, Accuracy) {
	i, acc := x.Int(nil)
	switch {
	case x.neg && x.kind != zeroKind:
		return 0, Above
	case i == nil, i.Cmp(maxUint64) > 0:
		return math.MaxUint64, Below
	}
	return i.Uint64(), acc
}

var (
	minInt64  = NewInt(math.MinInt64)
	maxInt64  = NewInt(math.MaxInt64)
	maxUint64 = new(Int).SetUint64(math.MaxUint64)
)

// Float64 is x rounded to the nearest float64 (ties to even), and the accuracy.
func (x *Float) Float64() (float64, Accuracy) {
	f, acc := x.toIEEE(53, -1074, 1024)
	return f, acc
}

// Float32 is x rounded to the nearest float32 (ties to even), and the accuracy.
func (x *Float) Float32() (float32, Accuracy) {
	f, acc := x.toIEEE(24, -149, 128)
	return float32(f), acc
}

// toIEEE rounds x (nearest, ties to even) to a binary format with the given mantissa
// bits, exponent of its smallest subnormal's bit (lowest) and exponent limit, and
// returns it as a float64.
func (x *Float) toIEEE(bits int, lowest, limit int64) (float64, Accuracy) {
	sign := 1.0
	if x.neg {
		sign = -1
	}
	switch x.kind {
	case zeroKind:
		return math.Copysign(0, sign), Exact
	case infKind:
		return math.Inf(int(sign)), Exact
	}
	m, e := x.mant, x.exp
	// Drop the bits beyond the precision, or below the smallest subnormal.
	drop := int64(m.bitLen()) - int64(bits)
	if lowest-e > drop {
		drop = lowest - e
	}
	acc := Exact
	if drop > 0 {
		half := drop <= int64(m.bitLen()) && natBit(m, uint(drop-1)) == 1
		rest := int64(natTrailingZeros(m)) < drop-1
		q := natShr(nil, m, uint(min(drop, int64(m.bitLen()))))
		up := half && (rest || natBit(q, 0) == 1)
		if up {
			q = natAdd(nil, q, nat{1})
		}
		if half || rest {
			acc = x.dirOf(up)
		}
		m, e = q, e+drop
	}
	if len(m) == 0 {
		return math.Copysign(0, sign), acc
	}
	if e+int64(m.bitLen()) > limit {
		return math.Inf(int(sign)), x.dirOf(true)
	}
	return sign * math.Ldexp(float64(m.low64()), int(e)), acc
}

// Rat stores x exactly in z (a new Rat when z is nil); an infinite x gives nil.
func (x *Float) Rat(z *Rat) (*Rat, Accuracy) {
	if x.kind == infKind {
		return nil, x.dirOf(true)
	}
	if z == nil {
		z = new(Rat)
	}
	if x.kind == zeroKind {
		return z.SetInt64(0), Exact
	}
	num := new(Int).SetBits(nil)
	num.abs = nat(nil).setNat(x.mant)
	num.neg = x.neg
	if x.exp >= 0 {
		num.Lsh(num, uint(x.exp))
		return z.SetInt(num), Exact
	}
	den := new(Int).Lsh(NewInt(1), uint(-x.exp))
	return z.SetFrac(num, den), Exact
}

// ---------------------------------------------------------------- text

// String is x.Text('g', 10).
func (x *Float) String() string { return x.Text('g', 10) }

// Text formats x as strconv.FormatFloat does, in format 'e', 'E', 'f', 'g', 'G' (a
// negative prec: the fewest decimal digits that read back as x at its precision), 'b'
// (mantissa of prec bits, "p", binary exponent), 'p' (hex mantissa in [0.5, 1)) or
// 'x', 'X' (hex mantissa in [1, 2) with prec hex digits).
func (x *Float) Text(format byte, prec int) string {
	return string(x.Append(nil, format, prec))
}

// Append is buf followed by x.Text(format, prec).
func (x *Float) Append(buf []byte, format byte, prec int) []byte {
	if x.neg {
		buf = append(buf, '-')
	}
	if x.kind == infKind {
		if !x.neg {
			buf = append(buf, '+')
		}
		return append(buf, "Inf"...)
	}
	switch format {
	case 'b':
		return x.appendBinary(buf)
	case 'p':
		return x.appendHexFraction(buf)
	case 'x', 'X':
		return x.appendHex(buf, format, prec)
	case 'e', 'E', 'f', 'g', 'G':
		return x.appendDecimal(buf, format, prec)
	}
	return append(buf, '%', format)
}

// appendBinary writes the mantissa scaled to exactly prec bits, 'p', and the exponent.
func (x *Float) appendBinary(buf []byte) []byte {
	if x.kind == zeroKind {
		return append(buf, '0')
	}
	m, e := x.mant, x.exp
	if pad := int(x.prec) - m.bitLen(); pad > 0 {
		m, e = natShl(nil, m, uint(pad)), e-int64(pad)
	}
	buf = append(buf, natText(m, 10)...)
	buf = append(buf, 'p')
	if e >= 0 {
		buf = append(buf, '+')
	}
	return append(buf, itoaSigned(int(e))...)
}

// appendHexFraction writes "0x." and the hex digits of the mantissa in [0.5, 1), then
// "p" and the exponent.
func (x *Float) appendHexFraction(buf []byte) []byte {
	if x.kind == zeroKind {
		return append(buf, '0')
	}
	n := x.mant.bitLen()
	m := x.mant
	if pad := (4 - n%4) % 4; pad > 0 {
		m = natShl(nil, m, uint(pad))
	}
	digits := strings.TrimRight(natText(m, 16), "0")
	buf = append(buf, "0x."...)
	buf = append(buf, digits...)
	buf = append(buf, 'p')
	e := x.exp + int64(n)
	if e >= 0 {
		buf = append(buf, '+')
	}
	return append(buf, itoaSigned(int(e))...)
}

// appendHex writes "0x1." and prec hex digits (all needed when prec < 0), "p", and the
// exponent with at least two digits.
func (x *Float) appendHex(buf []byte, format byte, prec int) []byte {
	var m nat
	var e int64
	if x.kind == finiteKind {
		// Round the mantissa to 1+4·prec bits in x's mode.
		var r Float
		r.mode = x.mode
		r.prec = uint32(x.mant.bitLen())
		if prec >= 0 {
			r.prec = uint32(1 + 4*prec)
		}
		r.Set(x)
		n := r.mant.bitLen()
		e = r.exp + int64(n) - 1
		frac := n - 1
		if prec < 0 {
			prec = (frac + 3) / 4
		}
		m = natShl(nil, r.mant, uint(4*prec-frac))
	} else if prec < 0 {
		prec = 0
	}
	digits := "1"
	if x.kind == zeroKind {
		digits = "0"
	}
	if prec > 0 {
		all := natText(m, 16)
		if x.kind == zeroKind {
			all = "0" + strings.Repeat("0", prec)
		}
		digits += "." + all[1:]
	}
	if format == 'X' {
		digits = strings.ToUpper(digits)
	}
	buf = append(buf, '0', format)
	buf = append(buf, digits...)
	p := byte('p')
	if format == 'X' {
		p = 'P'
	}
	buf = append(buf, p)
	if e >= 0 {
		buf = append(buf, '+')
	} else {
		buf = append(buf, '-')
		e = -e
	}
	if e < 10 {
		buf = append(buf, '0')
	}
	return append(buf, itoa(int(e))...)
}

// decimal is 0.digits · 10^point; digits has no leading zeros (empty for zero).
type decimal struct {
	digits []byte
	point  int
}

// decimalOf is the exact decimal expansion of m·2^e.
func decimalOf(m nat, e int64) decimal {
	var s string
	point := 0
	if e >= 0 {
		s = natText(natShl(nil, m, uint(e)), 10)
		point = len(s)
	} else {
		k := uint64(-e)
		five := natExp(nil, nat{5}, natOf(k), nil)
		s = natText(natMul(nil, m, five), 10)
		point = len(s) - int(k)
	}
	s = strings.TrimRight(s, "0")
	return decimal{[]byte(s), point}
}

// roundTo keeps n significant digits (n may be 0 or negative), rounding half to even
// on exact ties and half up otherwise.
func (d *decimal) roundTo(n int) {
	if n < 0 || n >= len(d.digits) {
		if n < 0 {
			d.digits = d.digits[:0]
		}
		return
	}
	up := d.digits[n] > '5' || d.digits[n] == '5' && (n+1 < len(d.digits) || n > 0 && (d.digits[n-1]-'0')%2 == 1)
	d.truncate(n, up)
}

// truncate keeps n digits, adding one in the last kept place when up.
func (d *decimal) truncate(n int, up bool) {
	d.digits = d.digits[:n]
	if up {
		i := n - 1
		for i >= 0 && d.digits[i] == '9' {
			i--
		}
		if i < 0 {
			d.digits = append(d.digits[:0], '1')
			d.point++
		} else {
			d.digits[i]++
			d.digits = d.digits[:i+1]
		}
	}
	for len(d.digits) > 0 && d.digits[len(d.digits)-1] == '0' {
		d.digits = d.digits[:len(d.digits)-1]
	}
	if len(d.digits) == 0 {
		d.point = 0
	}
}

// shortest trims d (the expansion of x) to the fewest digits that still lie strictly
// inside (or, for an even mantissa, on) the interval of values that round to x at its
// precision: x ± half a unit in the last place.
func (d *decimal) shortest(x *Float) {
	// m·2^e with one more bit than the precision, so that ±1 is half an ulp.
	m, e := x.mant, x.exp
	shift := int(x.prec) + 1 - m.bitLen()
	if shift > 0 {
		m, e = natShl(nil, m, uint(shift)), e-int64(shift)
	} else if shift < 0 {
		m, e = natShr(nil, m, uint(-shift)), e-int64(shift)
	}
	lower := decimalOf(natSub(nil, m, nat{1}), e)
	upper := decimalOf(natAdd(nil, m, nat{1}), e)
	inclusive := natBit(m, 1) == 0
	digitAt := func(z decimal, i int) byte {
		// The digit of z in d's i-th decimal place.
		j := i + z.point - d.point
		if j < 0 || j >= len(z.digits) {
			return '0'
		}
		return z.digits[j]
	}
	for i, c := range d.digits {
		lo, hi := digitAt(lower, i), digitAt(upper, i)
		lastLower := i+1+d.point-lower.point == len(lower.digits)
		canDown := lo != c || inclusive && lastLower
		lastUpper := i+1+d.point-upper.point >= len(upper.digits)
		canUp := c != hi && (inclusive || c+1 < hi || !lastUpper)
		switch {
		case canDown && canUp:
			d.roundTo(i + 1)
			return
		case canDown:
			d.truncate(i+1, false)
			return
		case canUp:
			d.truncate(i+1, true)
			return
		}
	}
}

// appendDecimal writes x in %e, %f or %g form.
func (x *Float) appendDecimal(buf []byte, format byte, prec int) []byte {
	var d decimal
	if x.kind == finiteKind {
		d = decimalOf(x.mant, x.exp)
	}
	shortest := prec < 0
	if shortest {
		if x.kind == finiteKind {
			d.shortest(x)
		}
		switch format {
		case 'e', 'E':
			prec = max(len(d.digits)-1, 0)
		case 'f':
			prec = max(len(d.digits)-d.point, 0)
		default:
			prec = len(d.digits)
		}
	} else {
		switch format {
		case 'e', 'E':
			d.roundTo(prec + 1)
		case 'f':
			d.roundTo(d.point + prec)
		default:
			if prec == 0 {
				prec = 1
			}
			d.roundTo(prec)
		}
	}
	switch format {
	case 'e', 'E':
		return appendE(buf, d, prec, format)
	case 'f':
		return appendF(buf, d, prec)
	}
	// %g: exponent form for exponents below -4 or from the precision on (precision 6
	// when shortest; a precision beyond the digits of a whole number counts as its
	// digit count).
	eprec := prec
	if eprec > len(d.digits) && len(d.digits) >= d.point {
		eprec = len(d.digits)
	}
	if shortest {
		eprec = 6
	}
	if exp := d.point - 1; exp < -4 || exp >= eprec {
		if prec > len(d.digits) {
			prec = len(d.digits)
		}
		return appendE(buf, d, max(prec-1, 0), format+'e'-'g')
	}
	if prec > d.point {
		prec = len(d.digits)
	}
	return appendF(buf, d, max(prec-d.point, 0))
}

func (d decimal) at(i int) byte {
	if i >= 0 && i < len(d.digits) {
		return d.digits[i]
	}
	return '0'
}

// appendE writes d.ddddde±dd with prec digits after the point.
func appendE(buf []byte, d decimal, prec int, e byte) []byte {
	buf = append(buf, d.at(0))
	if prec > 0 {
		buf = append(buf, '.')
		for i := 1; i <= prec; i++ {
			buf = append(buf, d.at(i))
		}
	}
	buf = append(buf, e)
	exp := d.point - 1
	if len(d.digits) == 0 {
		exp = 0
	}
	if exp < 0 {
		buf = append(buf, '-')
		exp = -exp
	} else {
		buf = append(buf, '+')
	}
	if exp < 10 {
		buf = append(buf, '0')
	}
	return append(buf, itoa(exp)...)
}

// appendF writes ddd.ddd with prec digits after the point.
func appendF(buf []byte, d decimal, prec int) []byte {
	if d.point > 0 {
		for i := 0; i < d.point; i++ {
			buf = append(buf, d.at(i))
		}
	} else {
		buf = append(buf, '0')
	}
	if prec > 0 {
		buf = append(buf, '.')
		for i := 0; i < prec; i++ {
			buf = append(buf, d.at(d.point+i))
		}
	}
	return buf
}

// Format implements fmt.Formatter: verbs e, E, f, F, g, G, v (as g), b, p, x, X with
// precision, width and the '+', ' ', '-' and '0' flags.
func (x *Float) Format(s fmt.State, verb rune) {
	digits, given := s.Precision()
	if !given {
		digits = 6
	}
	switch verb {
	case 'e', 'E', 'f', 'b', 'p', 'x', 'X':
	case 'F':
		verb = 'f'
	case 'v', 'g', 'G':
		if verb == 'v' {
			verb = 'g'
		}
		if !given {
			digits = -1
		}
	default:
		io.WriteString(s, "%!"+string(verb)+"(*big.Float="+x.String()+")")
		return
	}
	var body []byte
	if x == nil {
		body = []byte("<nil>")
	} else {
		body = x.Append(nil, byte(verb), digits)
	}
	sign := ""
	switch {
	case len(body) > 0 && (body[0] == '-' || body[0] == '+'):
		sign, body = string(body[:1]), body[1:]
	case s.Flag('+'):
		sign = "+"
	case s.Flag(' '):
		sign = " "
	}
	width, hasWidth := s.Width()
	pad := 0
	if hasWidth {
		pad = width - len(sign) - len(body)
	}
	switch {
	case pad <= 0:
		io.WriteString(s, sign+string(body))
	case s.Flag('-'):
		io.WriteString(s, sign+string(body)+strings.Repeat(" ", pad))
	case s.Flag('0') && x != nil && x.kind != infKind:
		io.WriteString(s, sign+strings.Repeat("0", pad)+string(body))
	default:
		io.WriteString(s, strings.Repeat(" ", pad)+sign+string(body))
	}
}

// ---------------------------------------------------------------- parsing

// SetString is z.Parse(s, 0) without the base; false when s is not a number.
func (z *Float) SetString(s string) (*Float, bool) {
	_, _, err := z.Parse(s, 0)
	if err != nil {
		return nil, false
	}
	return z, true
}

// Parse reads a number: an optional sign, then "Inf"/"inf", or a mantissa in base 2, 8,
// 10 or 16 (base 0: chosen by a 0b, 0o, 0x prefix, with '_' separators allowed) and an
// optional exponent, decimal ('e', base 10 only) or binary ('p'). The value is rounded
// to z's precision (64 when z has none) in z's mode. b is the base used.
func (z *Float) Parse(s string, base int) (f *Float, b int, err error) {
	if z.prec == 0 {
		z.prec = 64
	}
	body := s
	neg := false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	if body == "Inf" || body == "inf" {
		return z.setInf(neg, 64), 0, nil
	}
	mant, exp2, exp10, b, err := splitFloat(body, base)
	if err != nil {
		return nil, b, err
	}
	num := mant
	if exp10 > 0 {
		num = natMul(nil, num, natExp(nil, nat{10}, natOf(uint64(exp10)), nil))
	}
	if exp10 >= 0 {
		z.setExact(neg, num, exp2, 64, false)
		return z, b, nil
	}
	den := natExp(nil, nat{10}, natOf(uint64(-exp10)), nil)
	shift := int(z.prec) + 2 + den.bitLen() - num.bitLen()
	if shift < 0 {
		shift = 0
	}
	q, rem := natDivMod(nil, nil, natShl(nil, num, uint(shift)), den)
	z.setExact(neg, q, exp2-int64(shift), 64, len(rem) > 0)
	if len(q) == 0 && len(rem) == 0 {
		z.neg = neg
	}
	return z, b, nil
}

// splitFloat reads an unsigned number: its mantissa digits as an integer, the power of
// two and the power of ten it is scaled by, and the base.
func splitFloat(s string, base int) (mant nat, exp2, exp10 int64, b int, err error) {
	b = base
	prefixed := false
	if base == 0 {
		b = 10
		if len(s) > 2 && s[0] == '0' {
			switch s[1] | 0x20 {
			case 'x':
				b = 16
			case 'b':
				b = 2
			case 'o':
				b = 8
			}
			if b != 10 {
				s = s[2:]
				prefixed = true
			}
		}
	}
	bad := fmt.Errorf("expected end of string, found %q", "")
	var digits []byte
	fracDigits := 0
	seenPoint, seenDigit := false, false
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c == '.' && !seenPoint {
			seenPoint = true
			continue
		}
		if c == '_' && base == 0 {
			continue
		}
		v := digitValue(c, b)
		if v >= b {
			break
		}
		seenDigit = true
		digits = append(digits, byte(v))
		if seenPoint {
			fracDigits++
		}
	}
	if !seenDigit {
		return nil, 0, 0, b, fmt.Errorf("number has no digits")
	}
	mant = natFromDigits(nil, digits, b)
	switch b {
	case 10:
		exp10 = -int64(fracDigits)
	case 16:
		exp2 = -4 * int64(fracDigits)
	case 8:
		exp2 = -3 * int64(fracDigits)
	case 2:
		exp2 = -int64(fracDigits)
	}
	_ = prefixed
	if i < len(s) {
		c := s[i] | 0x20
		if c != 'e' && c != 'p' || c == 'e' && b != 10 {
			return nil, 0, 0, b, fmt.Errorf("expected end of string, found %q", s[i])
		}
		e, ok := parseExponent(s[i+1:])
		if !ok {
			return nil, 0, 0, b, bad
		}
		if c == 'p' {
			exp2 += e
		} else {
			exp10 += e
		}
	}
	return mant, exp2, exp10, b, nil
}


func parseExponent(s string) (int64, bool) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return 0, false
	}
	var e int64
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || e > 1e15 {
			return 0, false
		}
		e = e*10 + int64(s[i]-'0')
	}
	if neg {
		e = -e
	}
	return e, true
}

// MarshalText is x.Text('g', -1) ("<nil>" for a nil x).
func (x *Float) MarshalText() ([]byte, error) {
	if x == nil {
		return []byte("<nil>"), nil
	}
	return x.Append(nil, 'g', -1), nil
}

// UnmarshalText sets z from what Parse accepts in base 0.
func (z *Float) UnmarshalText(text []byte) error {
	if _, _, err := z.Parse(string(text), 0); err != nil {
		return errors.New("math/big: cannot unmarshal " + strconv.Quote(string(text)) + " into a *big.Float (" + err.Error() + ")")
	}
	return nil
}

// Scan reads a number for fmt's scanning functions (verbs e, E, f, F, g, G, v).
func (z *Float) Scan(s fmt.ScanState, ch rune) error {
	s.SkipSpace()
	tok, err := s.Token(true, func(r rune) bool { return strings.ContainsRune("+-_.0123456789abcdefABCDEFxXoOpPinInfN", r) })
	if err != nil {
		return err
	}
	_, _, err = z.Parse(string(tok), 0)
	return err
}
