// Package bits counts, finds, rotates and reverses the bits of unsigned integers, and
// does arithmetic with carries and double-width results.
package bits

// UintSize is the width of uint and uintptr in minigo: 64.
const UintSize = 64

// LeadingZeros<N> counts the zero bits above the highest set bit (the full width for
// 0).
func LeadingZeros(x uint) int     { return UintSize - Len(x) }
func LeadingZeros8(x uint8) int   { return 8 - Len8(x) }
func LeadingZeros16(x uint16) int { return 16 - Len16(x) }
func LeadingZeros32(x uint32) int { return 32 - Len32(x) }
func LeadingZeros64(x uint64) int { return 64 - Len64(x) }

// TrailingZeros<N> counts the zero bits below the lowest set bit (the full width for
// 0).
func TrailingZeros(x uint) int   { return TrailingZeros64(uint64(x)) }
func TrailingZeros8(x uint8) int { return int(ntz8tab[x]) }

// A bit set just above the width stops the count there for zero.
func TrailingZeros16(x uint16) int { return TrailingZeros64(uint64(x) | 1<<16) }

func TrailingZeros32(x uint32) int { return TrailingZeros64(uint64(x) | 1<<32) }

func TrailingZeros64(x uint64) int {
	if x == 0 {
		return 64
	}
	n := 0
	for x&0xff == 0 {
		x >>= 8
		n += 8
	}
	return n + int(ntz8tab[x&0xff])
}

// OnesCount<N> counts the set bits.
func OnesCount(x uint) int     { return OnesCount64(uint64(x)) }
func OnesCount8(x uint8) int   { return int(pop8tab[x]) }
func OnesCount16(x uint16) int { return int(pop8tab[x>>8]) + int(pop8tab[x&0xff]) }
func OnesCount32(x uint32) int { return OnesCount64(uint64(x)) }

func OnesCount64(x uint64) int {
	// Sum bits in parallel: pairs, nibbles, bytes, then fold the bytes.
	const m0 = 0x5555555555555555
	const m1 = 0x3333333333333333
	const m2 = 0x0f0f0f0f0f0f0f0f
	x = x>>1&m0 + x&m0
	x = x>>2&m1 + x&m1
	x = (x>>4 + x) & m2
	x += x >> 8
	x += x >> 16
	x += x >> 32
	return int(x) & (1<<7 - 1)
}

// RotateLeft<N> rotates x left by k bits modulo the width; a negative k rotates right.
func RotateLeft(x uint, k int) uint { return uint(RotateLeft64(uint64(x), k)) }

func RotateLeft8(x uint8, k int) uint8 {
	const n = 8
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

func RotateLeft16(x uint16, k int) uint16 {
	const n = 16
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

func RotateLeft32(x uint32, k int) uint32 {
	const n = 32
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

func RotateLeft64(x uint64, k int) uint64 {
	const n = 64
	s := uint(k) & (n - 1)
	return x<<s | x>>(n-s)
}

// Reverse<N> mirrors the bit order: the lowest bit becomes the highest.
func Reverse(x uint) uint    { return uint(Reverse64(uint64(x))) }
func Reverse8(x uint8) uint8 { return rev8tab[x] }

// Reverse16 mirrors each byte, then swaps the two.
func Reverse16(x uint16) uint16 {
	return ReverseBytes16(uint16(rev8tab[x&0xff]) | uint16(rev8tab[x>>8])<<8)
}

func Reverse32(x uint32) uint32 {
	return uint32(Reverse16(uint16(x>>16))) | uint32(Reverse16(uint16(x)))<<16
}

func Reverse64(x uint64) uint64 {
	return uint64(Reverse32(uint32(x>>32))) | uint64(Reverse32(uint32(x)))<<32
}

// ReverseBytes<N> mirrors the byte order (a byte swap).
func ReverseBytes(x uint) uint       { return uint(ReverseBytes64(uint64(x))) }
func ReverseBytes16(x uint16) uint16 { return x>>8 | x<<8 }

func ReverseBytes32(x uint32) uint32 {
	return x>>24 | x>>8&0xff00 | x<<8&0xff0000 | x<<24
}

func ReverseBytes64(x uint64) uint64 {
	return uint64(ReverseBytes32(uint32(x>>32))) | uint64(ReverseBytes32(uint32(x)))<<32
}

// Len<N> is the number of bits needed to write x: one more than the index of its
// highest set bit, 0 for 0.
func Len(x uint) int   { return Len64(uint64(x)) }
func Len8(x uint8) int { return int(len8tab[x]) }

func Len16(x uint16) int {
	if x >= 1<<8 {
		return 8 + int(len8tab[x>>8])
	}
	return int(len8tab[x])
}

func Len32(x uint32) int { return Len64(uint64(x)) }

func Len64(x uint64) (n int) {
	if x >= 1<<32 {
		x >>= 32
		n = 32
	}
	if x >= 1<<16 {
		x >>= 16
		n += 16
	}
	if x >= 1<<8 {
		x >>= 8
		n += 8
	}
	return n + int(len8tab[x])
}

// Add<N> adds x, y and carry (0 or 1) and returns the wrapped sum and the carry out (0
// or 1); its time does not depend on the inputs.
func Add(x, y, carry uint) (sum, carryOut uint) {
	s, c := Add64(uint64(x), uint64(y), uint64(carry))
	return uint(s), uint(c)
}

func Add32(x, y, carry uint32) (sum, carryOut uint32) {
	wide, _ := Add64(uint64(x), uint64(y), uint64(carry))
	return uint32(wide), uint32(wide >> 32) // bit 32 is the carry
}

func Add64(x, y, carry uint64) (sum, carryOut uint64) {
	partial := x + y
	sum = partial + carry
	// At most one of the two additions wraps around.
	return sum, wrapped(partial < x) | wrapped(sum < partial)
}

// wrapped is 1 for true, 0 for false.
func wrapped(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// Sub<N> subtracts y and borrow (0 or 1) from x and returns the wrapped difference and
// the borrow out (0 or 1).
func Sub(x, y, borrow uint) (diff, borrowOut uint) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint(d), uint(b)
}

func Sub32(x, y, borrow uint32) (diff, borrowOut uint32) {
	d, b := Sub64(uint64(x), uint64(y), uint64(borrow))
	return uint32(d), uint32(b) // the 64-bit difference wraps exactly when the 32-bit one does
}

func Sub64(x, y, borrow uint64) (diff, borrowOut uint64) {
	partial := x - y
	diff = partial - borrow
	// At most one of the two subtractions wraps around.
	return diff, wrapped(x < y) | wrapped(partial < borrow)
}

// Mul<N> returns the double-width product of x and y as its high and low halves.
// Mul is native, as Mul64.
func Mul(x, y uint) (hi, lo uint)

func Mul32(x, y uint32) (hi, lo uint32) {
	product := uint64(x) * uint64(y)
	return uint32(product >> 32), uint32(product)
}

// Mul64 is native (a 128-bit product).
func Mul64(x, y uint64) (hi, lo uint64)

// Div<N> divides the double-width number hi:lo by y and returns quotient and remainder;
// it panics on y == 0 (divide error) and when y <= hi (the quotient would overflow).
func Div(hi, lo, y uint) (quo, rem uint) {
	checkDivisor(uint64(hi), uint64(y))
	q64, r64 := div128(uint64(hi), uint64(lo), uint64(y))
	return uint(q64), uint(r64)
}

// checkDivisor panics as Div64 must for a zero divisor or an overflowing quotient.
func checkDivisor(hi, y uint64) {
	if y == 0 {
		panic(divideError)
	}
	if y <= hi {
		panic(overflowError)
	}
}

func Div32(hi, lo, y uint32) (quo, rem uint32) {
	if y != 0 && y <= hi {
		panic(overflowError)
	}
	n := uint64(hi)<<32 + uint64(lo)
	q := n / uint64(y)
	return uint32(q), uint32(n - q*uint64(y))
}

func Div64(hi, lo, y uint64) (quo, rem uint64) {
	checkDivisor(hi, y)
	return div128(hi, lo, y)
}

// div128 divides hi:lo by y, for y > hi (native: 128-bit division).
func div128(hi, lo, y uint64) (quo, rem uint64)

// Rem<N> is the remainder of hi:lo divided by y, which must not be 0; unlike Div it
// accepts any hi.
func Rem(hi, lo, y uint) uint { return uint(Rem64(uint64(hi), uint64(lo), uint64(y))) }

func Rem32(hi, lo, y uint32) uint32 {
	_, r := Div32(hi%y, lo, y) // the same remainder, and no overflow
	return r
}

func Rem64(hi, lo, y uint64) uint64 {
	// (hi mod y, lo) divided by y has the same remainder and cannot overflow.
	_, rem := Div64(hi%y, lo, y)
	return rem
}
