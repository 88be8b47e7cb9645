package big

// Natives: the word-vector kernels, implemented by the VM (stdlib/src/natives/big.rs,
// documented in stdlib/NATIVES.md). Every nat result is normalized (no high zero words)
// and reuses the backing array of the first nat argument (the destination) when it is
// large enough; operands may alias the destination.

// natAdd returns x + y.
func natAdd(z, x, y nat) nat

// natSub returns x - y; x >= y is required.
func natSub(z, x, y nat) nat

// natMul returns x * y (Karatsuba's method for long operands).
func natMul(z, x, y nat) nat

// natMulAddWW returns x*y + r.
func natMulAddWW(z, x nat, y, r Word) nat

// natDivMod returns u / v and u % v (truncated); v must not be zero.
func natDivMod(q, r, u, v nat) (nat, nat)

// natDivW returns x / y and x % y for a nonzero single word y.
func natDivW(z, x nat, y Word) (nat, Word)

// natCmp returns -1, 0 or +1 as x <, ==, > y.
func natCmp(x, y nat) int

// natShl returns x << s.
func natShl(z, x nat, s uint) nat

// natShr returns x >> s.
func natShr(z, x nat, s uint) nat

// natText returns the digits of x in base 2..62 ("0" for zero), lower-case letters first.
func natText(x nat, base int) string

// natFromDigits returns the number whose digit values (most significant first) are given.
func natFromDigits(z nat, digits []byte, base int) nat

// natSqrt returns floor(sqrt(x)).
func natSqrt(z, x nat) nat

// natExp returns x**y mod m, or x**y when m is empty.
func natExp(z, x, y, m nat) nat

// natBitOp applies op (0 and, 1 or, 2 xor, 3 and-not) to the two's complement forms of
// the signed integers (xneg, x) and (yneg, y); returns the result's sign and magnitude.
func natBitOp(op int, xneg bool, x nat, yneg bool, y nat) (bool, nat)

// natFloat64 returns x rounded to the nearest float64 (ties to even) and -1, 0 or +1 as
// that result is below, equal to or above x.
func natFloat64(x nat) (float64, int)

// natProbablyPrime reports whether x passes Baillie-PSW and n extra Miller-Rabin rounds.
func natProbablyPrime(x nat, n int) bool

// natJacobi returns the Jacobi symbol (x/y) for odd positive y.
func natJacobi(x, y nat) int
