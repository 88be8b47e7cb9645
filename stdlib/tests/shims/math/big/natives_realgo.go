// Test shim: math/big natives backed by real Go's math/big (nat <-> big.Int through Bits).
package big

import gobig "math/big"

func toInt(x nat) *gobig.Int {
	w := make([]gobig.Word, len(x))
	for i, v := range x {
		w[i] = gobig.Word(v)
	}
	return new(gobig.Int).SetBits(w)
}

func fromInt(x *gobig.Int) nat {
	b := x.Bits()
	z := make(nat, len(b))
	for i, v := range b {
		z[i] = Word(v)
	}
	return z.norm()
}

func natAdd(z, x, y nat) nat { return fromInt(new(gobig.Int).Add(toInt(x), toInt(y))) }
func natSub(z, x, y nat) nat { return fromInt(new(gobig.Int).Sub(toInt(x), toInt(y))) }
func natMul(z, x, y nat) nat { return fromInt(new(gobig.Int).Mul(toInt(x), toInt(y))) }
func natMulAddWW(z, x nat, y, r Word) nat {
	p := new(gobig.Int).Mul(toInt(x), new(gobig.Int).SetUint64(uint64(y)))
	return fromInt(p.Add(p, new(gobig.Int).SetUint64(uint64(r))))
}
func natDivMod(q, r, u, v nat) (nat, nat) {
	a, b := new(gobig.Int).QuoRem(toInt(u), toInt(v), new(gobig.Int))
	return fromInt(a), fromInt(b)
}
func natDivW(z, x nat, y Word) (nat, Word) {
	a, b := new(gobig.Int).QuoRem(toInt(x), new(gobig.Int).SetUint64(uint64(y)), new(gobig.Int))
	return fromInt(a), Word(b.Uint64())
}
func natCmp(x, y nat) int              { return toInt(x).Cmp(toInt(y)) }
func natShl(z, x nat, s uint) nat      { return fromInt(new(gobig.Int).Lsh(toInt(x), s)) }
func natShr(z, x nat, s uint) nat      { return fromInt(new(gobig.Int).Rsh(toInt(x), s)) }
func natText(x nat, base int) string   { return toInt(x).Text(base) }
func natSqrt(z, x nat) nat             { return fromInt(new(gobig.Int).Sqrt(toInt(x))) }
func natJacobi(x, y nat) int           { return gobig.Jacobi(toInt(x), toInt(y)) }
func natProbablyPrime(x nat, n int) bool { return toInt(x).ProbablyPrime(n) }
func natFromDigits(z nat, digits []byte, base int) nat {
	r := new(gobig.Int)
	for _, d := range digits {
		r.Mul(r, gobig.NewInt(int64(base)))
		r.Add(r, gobig.NewInt(int64(d)))
	}
	return fromInt(r)
}
func natExp(z, x, y, m nat) nat {
	if len(m) == 0 {
		return fromInt(new(gobig.Int).Exp(toInt(x), toInt(y), nil))
	}
	return fromInt(new(gobig.Int).Exp(toInt(x), toInt(y), toInt(m)))
}
func natBitOp(op int, xneg bool, x nat, yneg bool, y nat) (bool, nat) {
	a, b := toInt(x), toInt(y)
	if xneg {
		a.Neg(a)
	}
	if yneg {
		b.Neg(b)
	}
	r := new(gobig.Int)
	switch op {
	case 0:
		r.And(a, b)
	case 1:
		r.Or(a, b)
	case 2:
		r.Xor(a, b)
	default:
		r.AndNot(a, b)
	}
	return r.Sign() < 0, fromInt(new(gobig.Int).Abs(r))
}
func natFloat64(x nat) (float64, int) {
	f, acc := toInt(x).Float64()
	return f, int(acc)
}
