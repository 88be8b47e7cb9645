// Package big implements arbitrary-precision integers (Int); the arithmetic on magnitudes
// is done by natives over word vectors (natives.go).
package big

import (
	"errors"
	"math/rand"
	"strconv"
)

// Word is one machine-word digit of a natural number (least significant first in nat).
type Word uint

const (
	_S = 8  // bytes per Word
	_W = 64 // bits per Word
)

// nat is a magnitude: little-endian words, normalized (no high zero words).
type nat []Word

func (x nat) norm() nat {
	i := len(x)
	for i > 0 && x[i-1] == 0 {
		i--
	}
	return x[0:i]
}

func natOf(v uint64) nat {
	if v == 0 {
		return nil
	}
	return nat{Word(v)}
}

func (x nat) low64() uint64 {
	if len(x) == 0 {
		return 0
	}
	return uint64(x[0])
}

func (x nat) bitLen() int {
	if len(x) == 0 {
		return 0
	}
	top := x[len(x)-1]
	n := 0
	for top != 0 {
		top >>= 1
		n++
	}
	return (len(x)-1)*_W + n
}

func natTrailingZeros(x nat) uint {
	for i, w := range x {
		if w != 0 {
			n := uint(0)
			for w&1 == 0 {
				w >>= 1
				n++
			}
			return uint(i)*_W + n
		}
	}
	return 0
}

func natBit(x nat, i uint) uint {
	j := i / _W
	if j >= uint(len(x)) {
		return 0
	}
	return uint(x[j]>>(i%_W)) & 1
}

// An Int represents a signed multi-precision integer. The zero value is 0.
type Int struct {
	neg bool // sign
	abs nat  // absolute value
}

var intOne = &Int{false, nat{1}}

// NewInt allocates and returns a new Int set to x.
func NewInt(x int64) *Int {
	return new(Int).SetInt64(x)
}

// Sign returns -1 if x < 0, 0 if x == 0, +1 if x > 0.
func (x *Int) Sign() int {
	if len(x.abs) == 0 {
		return 0
	}
	if x.neg {
		return -1
	}
	return 1
}

// SetInt64 stores x in z; it returns z.
func (z *Int) SetInt64(x int64) *Int {
	neg := false
	if x < 0 {
		neg = true
		x = -x
	}
	z.abs = z.setWord(uint64(x))
	z.neg = neg
	return z
}

func (z *Int) setWord(v uint64) nat {
	if v == 0 {
		return z.abs[:0]
	}
	if cap(z.abs) >= 1 {
		a := z.abs[:1]
		a[0] = Word(v)
		return a
	}
	return nat{Word(v)}
}

// SetUint64 stores x in z; it returns z.
func (z *Int) SetUint64(x uint64) *Int {
	z.abs = z.setWord(x)
	z.neg = false
	return z
}

// Set copies x's value into z; it returns z.
func (z *Int) Set(x *Int) *Int {
	if z != x {
		z.abs = append(z.abs[:0], x.abs...)
		z.neg = x.neg
	}
	return z
}

// Bits provides raw (unchecked but fast) access to x by returning its absolute value as
// a little-endian Word slice. The result and x share the same underlying array.
func (x *Int) Bits() []Word {
	return x.abs
}

// SetBits provides raw (unchecked but fast) access to z by setting its value to abs,
// interpreted as a little-endian Word slice, and returning z.
func (z *Int) SetBits(abs []Word) *Int {
	z.abs = nat(abs).norm()
	z.neg = false
	return z
}

// Abs stores |x| in z; it returns z.
func (z *Int) Abs(x *Int) *Int {
	z.Set(x)
	z.neg = false
	return z
}

// Neg stores -x in z; it returns z.
func (z *Int) Neg(x *Int) *Int {
	z.Set(x)
	z.neg = len(z.abs) > 0 && !z.neg
	return z
}

// Add stores x+y in z; it returns z.
func (z *Int) Add(x, y *Int) *Int {
	neg := x.neg
	if x.neg == y.neg {
		z.abs = natAdd(z.abs, x.abs, y.abs)
	} else {
		if natCmp(x.abs, y.abs) >= 0 {
			z.abs = natSub(z.abs, x.abs, y.abs)
		} else {
			neg = !neg
			z.abs = natSub(z.abs, y.abs, x.abs)
		}
	}
	z.neg = len(z.abs) > 0 && neg
	return z
}

// Sub stores x-y in z; it returns z.
func (z *Int) Sub(x, y *Int) *Int {
	neg := x.neg
	if x.neg != y.neg {
		z.abs = natAdd(z.abs, x.abs, y.abs)
	} else {
		if natCmp(x.abs, y.abs) >= 0 {
			z.abs = natSub(z.abs, x.abs, y.abs)
		} else {
			neg = !neg
			z.abs = natSub(z.abs, y.abs, x.abs)
		}
	}
	z.neg = len(z.abs) > 0 && neg
	return z
}

// Mul stores x·y in z; it returns z.
func (z *Int) Mul(x, y *Int) *Int {
	neg := x.neg != y.neg
	z.abs = natMul(z.abs, x.abs, y.abs)
	z.neg = len(z.abs) > 0 && neg
	return z
}

// MulRange sets z to the product of all integers in the range [a, b] inclusively and
// returns z. If a > b (empty range), the result is 1.
func (z *Int) MulRange(a, b int64) *Int {
	switch {
	case a > b:
		return z.SetInt64(1)
	case a <= 0 && b >= 0:
		return z.SetInt64(0)
	}
	neg := false
	if a < 0 {
		neg = (b-a)&1 == 0
		a, b = -b, -a
	}
	z.abs = mulRange(uint64(a), uint64(b))
	z.neg = neg
	return z
}

// mulRange multiplies a..b by halving the range so that the factors stay balanced.
func mulRange(a, b uint64) nat {
	switch {
	case a == 0:
		return nil
	case a == b:
		return natOf(a)
	case a+1 == b:
		return natMul(nil, natOf(a), natOf(b))
	}
	if b-a < 16 {
		var r nat = natOf(a)
		for i := a + 1; i <= b; i++ {
			r = natMulAddWW(r, r, Word(i), 0)
		}
		return r
	}
	m := a + (b-a)/2
	return natMul(nil, mulRange(a, m), mulRange(m+1, b))
}

// Binomial stores n choose k in z (0 when k > n); it returns z.
func (z *Int) Binomial(n, k int64) *Int {
	if k > n {
		return z.SetInt64(0)
	}
	if k > n-k {
		k = n - k
	}
	var a, b Int
	a.MulRange(n-k+1, n)
	b.MulRange(1, k)
	return z.Quo(&a, &b)
}

// Quo sets z to the quotient x/y for y != 0 and returns z. If y == 0, a division-by-zero
// run-time panic occurs. Quo implements truncated division (like Go).
func (z *Int) Quo(x, y *Int) *Int {
	checkDivisor(y)
	q, _ := natDivMod(z.abs, nil, x.abs, y.abs)
	z.abs = q
	z.neg = len(q) > 0 && x.neg != y.neg
	return z
}

// Rem sets z to the remainder x%y for y != 0 and returns z. Rem implements truncated
// modulus (like Go); the result has the sign of x.
func (z *Int) Rem(x, y *Int) *Int {
	checkDivisor(y)
	_, r := natDivMod(nil, z.abs, x.abs, y.abs)
	z.abs = r
	z.neg = len(r) > 0 && x.neg
	return z
}

// QuoRem sets z to the quotient x/y and r to the remainder x%y and returns the pair
// (z, r) for y != 0. QuoRem implements T-division and modulus (like Go).
func (z *Int) QuoRem(x, y, r *Int) (*Int, *Int) {
	checkDivisor(y)
	xneg, yneg := x.neg, y.neg
	q, m := natDivMod(z.abs, r.abs, x.abs, y.abs)
	z.abs, r.abs = q, m
	z.neg = len(q) > 0 && xneg != yneg
	r.neg = len(m) > 0 && xneg
	return z, r
}

func checkDivisor(y *Int) {
	if len(y.abs) == 0 {
		panic("division by zero")
	}
}

// Div sets z to the quotient x/y for y != 0 and returns z. Div implements Euclidean
// division (unlike Go).
func (z *Int) Div(x, y *Int) *Int {
	var m Int
	z.DivMod(x, y, &m)
	return z
}

// Mod sets z to the modulus x%y for y != 0 and returns z. Mod implements Euclidean
// modulus (unlike Go): the result is in [0, |y|).
func (z *Int) Mod(x, y *Int) *Int {
	y0 := y
	if z == y {
		y0 = new(Int).Set(y)
	}
	var q Int
	q.QuoRem(x, y0, z)
	if z.neg {
		if y0.neg {
			z.Sub(z, y0)
		} else {
			z.Add(z, y0)
		}
	}
	return z
}

// DivMod sets z to the quotient x div y and m to the modulus x mod y and returns the
// pair (z, m) for y != 0. DivMod implements Euclidean division and modulus (unlike Go).
func (z *Int) DivMod(x, y, m *Int) (*Int, *Int) {
	y0 := y
	if z == y || m == y {
		y0 = new(Int).Set(y)
	}
	z.QuoRem(x, y0, m)
	if m.neg {
		if y0.neg {
			z.Add(z, intOne)
			m.Sub(m, y0)
		} else {
			z.Sub(z, intOne)
			m.Add(m, y0)
		}
	}
	return z, m
}

// Cmp compares x and y and returns -1 if x < y, 0 if x == y, +1 if x > y.
func (x *Int) Cmp(y *Int) (r int) {
	switch {
	case x == y:
	case x.neg == y.neg:
		r = natCmp(x.abs, y.abs)
		if x.neg {
			r = -r
		}
	case x.neg:
		r = -1
	default:
		r = 1
	}
	return
}

// CmpAbs compares the absolute values of x and y and returns -1, 0 or +1.
func (x *Int) CmpAbs(y *Int) int {
	return natCmp(x.abs, y.abs)
}

// Int64 returns the int64 representation of x. If x cannot be represented in an int64,
// the result is undefined.
func (x *Int) Int64() int64 {
	v := int64(x.abs.low64())
	if x.neg {
		v = -v
	}
	return v
}

// Uint64 returns the uint64 representation of x. If x cannot be represented in a
// uint64, the result is undefined.
func (x *Int) Uint64() uint64 {
	return x.abs.low64()
}

// IsInt64: x lies in int64's range.
func (x *Int) IsInt64() bool {
	if len(x.abs) > 1 {
		return false
	}
	// Magnitudes up to 2^63-1, or exactly 2^63 when negative.
	mag := x.abs.low64()
	return mag < 1<<63 || x.neg && mag == 1<<63
}

// IsUint64: x lies in uint64's range.
func (x *Int) IsUint64() bool {
	return !x.neg && len(x.abs) <= 1
}

// Float64 returns the float64 value nearest x, and an indication of any rounding that
// occurred.
func (x *Int) Float64() (float64, Accuracy) {
	f, c := natFloat64(x.abs)
	if x.neg {
		f = -f
		c = -c
	}
	return f, Accuracy(c)
}

// SetBytes interprets buf as the bytes of a big-endian unsigned integer, sets z to that
// value, and returns z.
func (z *Int) SetBytes(buf []byte) *Int {
	n := (len(buf) + _S - 1) / _S
	a := make(nat, n)
	for i := 0; i < len(buf); i++ {
		b := buf[len(buf)-1-i]
		a[i/_S] |= Word(b) << (8 * uint(i%_S))
	}
	z.abs = a.norm()
	z.neg = false
	return z
}

// Bytes is |x| in big-endian bytes, without leading zero bytes.
func (x *Int) Bytes() []byte {
	n := (x.abs.bitLen() + 7) / 8
	buf := make([]byte, n)
	return x.fill(buf)
}

func (x *Int) fill(buf []byte) []byte {
	for i := range buf {
		buf[i] = 0
	}
	for i := 0; i < len(buf); i++ {
		j := i / _S
		if j >= len(x.abs) {
			break
		}
		buf[len(buf)-1-i] = byte(x.abs[j] >> (8 * uint(i%_S)))
	}
	return buf
}

// FillBytes writes |x| big-endian into all of buf, zeros in front, and returns buf; it
// panics when buf is too short.
func (x *Int) FillBytes(buf []byte) []byte {
	if (x.abs.bitLen()+7)/8 > len(buf) {
		panic(msgBufferTooSmall)
	}
	return x.fill(buf)
}

// BitLen returns the length of the absolute value of x in bits. The bit length of 0 is 0.
func (x *Int) BitLen() int {
	return x.abs.bitLen()
}

// TrailingZeroBits returns the number of consecutive least significant zero bits of |x|.
func (x *Int) TrailingZeroBits() uint {
	return natTrailingZeros(x.abs)
}

// Exp sets z = x**y mod |m| (i.e. the sign of m is ignored), and returns z. If m == nil
// or m == 0, z = x**y unless y <= 0 then z = 1. If m != 0, y < 0, and x and m are not
// relatively prime, z is unchanged and nil is returned.
func (z *Int) Exp(x, y, m *Int) *Int {
	return z.exp(x, y, m)
}

func (z *Int) exp(x, y, m *Int) *Int {
	xabs, xneg := x.abs, x.neg
	var mabs nat
	if m != nil {
		mabs = m.abs
	}
	if y.neg {
		if len(mabs) == 0 {
			return z.SetInt64(1)
		}
		inv := new(Int).ModInverse(x, &Int{abs: mabs})
		if inv == nil {
			return nil
		}
		xabs, xneg = inv.abs, inv.neg
	}
	yabs := y.abs
	odd := len(yabs) > 0 && yabs[0]&1 == 1
	r := natExp(z.abs, xabs, yabs, mabs)
	neg := len(r) > 0 && xneg && odd
	if neg && len(mabs) > 0 {
		r = natSub(r, mabs, r)
		neg = false
	}
	z.abs = r
	z.neg = neg
	return z
}

// GCD sets z to the greatest common divisor of a and b and returns z. If x or y are not
// nil, GCD sets their value such that z = a*x + b*y. Regardless of the signs of a and b,
// z is always >= 0. If a == b == 0, z = x = y = 0; if a == 0 and b != 0, z = |b|, x = 0,
// y = sign(b) * 1; if a != 0 and b == 0, z = |a|, x = sign(a) * 1, y = 0.
func (z *Int) GCD(x, y, a, b *Int) *Int {
	if a.Sign() == 0 || b.Sign() == 0 {
		la, lb, aneg, bneg := len(a.abs), len(b.abs), a.neg, b.neg
		if la == 0 {
			z.Set(b)
		} else {
			z.Set(a)
		}
		z.neg = false
		if x != nil {
			if la == 0 {
				x.SetUint64(0)
			} else {
				x.SetUint64(1)
				x.neg = aneg
			}
		}
		if y != nil {
			if lb == 0 {
				y.SetUint64(0)
			} else {
				y.SetUint64(1)
				y.neg = bneg
			}
		}
		return z
	}
	// Extended Euclid on |a|, |b|, tracking the cofactor of |a|.
	A := new(Int).Abs(a)
	B := new(Int).Abs(b)
	aneg, bneg := a.neg, b.neg
	ua := new(Int).SetInt64(1)
	ub := new(Int)
	q, r := new(Int), new(Int)
	t := new(Int)
	for len(B.abs) > 0 {
		q.QuoRem(A, B, r)
		A, B, r = B, r, A
		t.Mul(q, ub)
		t.Sub(ua, t)
		ua, ub, t = ub, t, ua
	}
	if y != nil {
		// y = (g - |a|*ua) / |b|
		ay := new(Int).Abs(a)
		ay.Mul(ay, ua)
		ay.Sub(A, ay)
		by := new(Int).Abs(b)
		y.Quo(ay, by)
		if bneg {
			y.Neg(y)
		}
	}
	if x != nil {
		// Like Go, a zero cofactor of a negative a keeps the sign flag (prints "-0").
		x.Set(ua)
		x.neg = ua.neg != aneg
	}
	z.Set(A)
	return z
}

// Rand stores a pseudo-random value in [0, n) from rnd in z; it returns z.
func (z *Int) Rand(rnd *rand.Rand, n *Int) *Int {
	if n.neg || len(n.abs) == 0 {
		z.neg = false
		z.abs = nil
		return z
	}
	limit := n.abs
	bits := limit.bitLen()
	mask := Word((1 << uint(bits%_W)) - 1)
	if mask == 0 {
		mask = ^Word(0)
	}
	for {
		r := make(nat, len(limit))
		for i := range r {
			r[i] = Word(rnd.Uint32()) | Word(rnd.Uint32())<<32
		}
		r[len(r)-1] &= mask
		if natCmp(r, limit) < 0 {
			z.abs = r.norm()
			z.neg = false
			return z
		}
	}
}

// ModInverse sets z to the multiplicative inverse of g in the ring ℤ/nℤ and returns z.
// If g and n are not relatively prime, g has no multiplicative inverse in the ring ℤ/nℤ.
// In this case, z is unchanged and the return value is nil. If n == 0, a
// division-by-zero run-time panic occurs.
func (z *Int) ModInverse(g, n *Int) *Int {
	var n2 Int
	n2.Abs(n)
	var g2 Int
	g2.Set(g)
	if g.neg {
		g2.Mod(&g2, &n2)
	}
	var d, x Int
	d.GCD(&x, nil, &g2, &n2)
	if d.Cmp(intOne) != 0 {
		return nil
	}
	if x.neg {
		z.Add(&x, &n2)
	} else {
		z.Set(&x)
	}
	return z
}

// Jacobi returns the Jacobi symbol (x/y), either +1, -1, or 0. The y argument must be an
// odd integer.
func Jacobi(x, y *Int) int {
	if y.Bit(0) == 0 { // zero or even
		panic("big: invalid 2nd argument to Int.Jacobi: need odd integer but got " + y.String())
	}
	// (x/y) for negative y: (x/|y|) times -1 when x is negative.
	var a Int
	a.Mod(x, new(Int).Abs(y))
	j := natJacobi(a.abs, y.abs)
	if y.neg && x.neg {
		j = -j
	}
	return j
}

// ModSqrt sets z to a square root of x mod p if such a square root exists, and returns
// z. The modulus p must be an odd prime. If x is not a square mod p, ModSqrt leaves z
// unchanged and returns nil. This function panics if p is not an odd integer, its
// behavior is undefined if p is odd but not prime.
func (z *Int) ModSqrt(x, p *Int) *Int {
	switch Jacobi(x, p) {
	case -1:
		return nil
	case 0:
		return z.SetInt64(0)
	}
	if x.neg || x.Cmp(p) >= 0 {
		x = new(Int).Mod(x, p)
	}
	switch {
	case p.abs[0]%4 == 3:
		// x^((p+1)/4)
		e := new(Int).Add(p, intOne)
		e.Rsh(e, 2)
		return z.Exp(x, e, p)
	case p.abs[0]%8 == 5:
		return z.modSqrt5Mod8(x, p)
	}
	return z.tonelliShanks(x, p)
}

// modSqrt5Mod8 is Atkin's method: t = (2x)^((p-5)/8), a = 2x t², root = x t (a - 1).
func (z *Int) modSqrt5Mod8(x, p *Int) *Int {
	e := new(Int).Rsh(p, 3) // (p-5)/8
	tx := new(Int).Lsh(x, 1)
	t := new(Int).Exp(tx, e, p)
	a := new(Int).Mul(t, t)
	a.Mod(a, p)
	a.Mul(a, tx)
	a.Mod(a, p)
	a.Sub(a, intOne)
	r := new(Int).Mul(x, t)
	r.Mod(r, p)
	r.Mul(r, a)
	return z.Mod(r, p)
}

// tonelliShanks finds a square root for any odd prime p.
func (z *Int) tonelliShanks(x, p *Int) *Int {
	var q Int
	q.Sub(p, intOne)
	s := natTrailingZeros(q.abs)
	q.Rsh(&q, s)
	// A quadratic non-residue c.
	c := NewInt(2)
	for Jacobi(c, p) != -1 {
		c.Add(c, intOne)
	}
	m := s
	c.Exp(c, &q, p)
	t := new(Int).Exp(x, &q, p)
	e := new(Int).Add(&q, intOne)
	e.Rsh(e, 1)
	r := new(Int).Exp(x, e, p)
	b := new(Int)
	tt := new(Int)
	for t.Cmp(intOne) != 0 {
		i := uint(0)
		tt.Set(t)
		for tt.Cmp(intOne) != 0 {
			tt.Mul(tt, tt)
			tt.Mod(tt, p)
			i++
		}
		b.Set(c)
		for k := uint(0); k < m-i-1; k++ {
			b.Mul(b, b)
			b.Mod(b, p)
		}
		m = i
		c.Mul(b, b)
		c.Mod(c, p)
		t.Mul(t, c)
		t.Mod(t, p)
		r.Mul(r, b)
		r.Mod(r, p)
	}
	return z.Set(r)
}

// Lsh stores x·2^n in z; it returns z.
func (z *Int) Lsh(x *Int, n uint) *Int {
	z.abs = natShl(z.abs, x.abs, n)
	z.neg = x.neg && len(z.abs) > 0
	return z
}

// Rsh sets z = x >> n and returns z (an arithmetic shift: rounds towards -∞).
func (z *Int) Rsh(x *Int, n uint) *Int {
	if x.neg {
		// Arithmetic shift of a negative number rounds toward -Inf: -((|x|-1)>>n + 1).
		t := natSub(nil, x.abs, nat{1})
		t = natShr(t, t, n)
		z.abs = natAdd(z.abs, t, nat{1})
		z.neg = true
		return z
	}
	z.abs = natShr(z.abs, x.abs, n)
	z.neg = false
	return z
}

// Bit returns the value of the i'th bit of x (in two's complement for negative x). The
// bit index i must be >= 0.
func (x *Int) Bit(i int) uint {
	if i == 0 {
		if len(x.abs) > 0 {
			return uint(x.abs[0] & 1)
		}
		return 0
	}
	if i < 0 {
		panic("negative bit index")
	}
	if x.neg {
		t := natSub(nil, x.abs, nat{1})
		return natBit(t, uint(i)) ^ 1
	}
	return natBit(x.abs, uint(i))
}

// SetBit sets z to x, with x's i'th bit set to b (0 or 1). If b is 1, SetBit sets
// z = x | (1 << i); if b is 0, SetBit sets z = x &^ (1 << i). If b is not 0 or 1, SetBit
// will panic.
func (z *Int) SetBit(x *Int, i int, b uint) *Int {
	if i < 0 {
		panic("negative bit index")
	}
	if b > 1 {
		panic(msgBitValue)
	}
	one := natShl(nil, nat{1}, uint(i))
	op := 1
	if b == 0 {
		op = 3
	}
	z.neg, z.abs = natBitOp(op, x.neg, x.abs, false, one)
	return z
}

func (z *Int) bitOp(op int, x, y *Int) *Int {
	z.neg, z.abs = natBitOp(op, x.neg, x.abs, y.neg, y.abs)
	return z
}

// And stores the two's-complement x & y in z; it returns z.
func (z *Int) And(x, y *Int) *Int { return z.bitOp(0, x, y) }

// Or stores the two's-complement x | y in z; it returns z.
func (z *Int) Or(x, y *Int) *Int { return z.bitOp(1, x, y) }

// Xor stores the two's-complement x ^ y in z; it returns z.
func (z *Int) Xor(x, y *Int) *Int { return z.bitOp(2, x, y) }

// AndNot stores the two's-complement x &^ y in z; it returns z.
func (z *Int) AndNot(x, y *Int) *Int { return z.bitOp(3, x, y) }

// Not stores ^x (that is, -x-1) in z; it returns z.
func (z *Int) Not(x *Int) *Int {
	if x.neg {
		// ^(-x) == x-1
		z.abs = natSub(z.abs, x.abs, nat{1})
		z.neg = false
		return z
	}
	// ^x == -x-1 == -(x+1)
	z.abs = natAdd(z.abs, x.abs, nat{1})
	z.neg = true
	return z
}

// Sqrt sets z to ⌊√x⌋, the largest integer such that z² ≤ x, and returns z. It panics
// if x is negative.
func (z *Int) Sqrt(x *Int) *Int {
	if x.neg {
		panic(msgNegativeSqrt)
	}
	z.neg = false
	z.abs = natSqrt(z.abs, x.abs)
	return z
}

// ProbablyPrime reports whether x is probably prime, applying the Miller-Rabin test with
// n pseudorandomly chosen bases as well as a Baillie-PSW test. If x is prime,
// ProbablyPrime returns true. ProbablyPrime is not suitable for judging primes that an
// adversary may have crafted to fool the test.
func (x *Int) ProbablyPrime(n int) bool {
	if n < 0 {
		panic(msgNegativeRounds)
	}
	if x.neg || len(x.abs) == 0 {
		return false
	}
	return natProbablyPrime(x.abs, n)
}

// Panic and error texts, as Go's math/big words them.
const (
	msgBufferTooSmall = "math/big: buffer too small to fit value"
	msgBitValue       = "set bit is not 0 or 1"
	msgNegativeSqrt   = "square root of negative number"
	msgNegativeRounds = "negative n for ProbablyPrime"
	msgBadBase        = "invalid base"
)

// gobError is a Gob encoding or decoding error of method (Int.GobDecode ...).
func gobError(method, problem string) error { return errors.New(method + ": " + problem) }

// gobVersionError: the encoding's version byte v is not ours.
func gobVersionError(typ string, v byte) error {
	return gobError(typ+".GobDecode", "encoding version "+itoa(int(v))+" not supported")
}

// unmarshalError: text is not a number of the type (Int, Rat) UnmarshalText wants.
func unmarshalError(text []byte, typ string) error {
	return errors.New("math/big: cannot unmarshal " + strconv.Quote(string(text)) + " into a *big." + typ)
}
