// Test shim: math/bits natives backed by real Go's math/bits.
package bits

import gobits "math/bits"

func Mul64(x, y uint64) (hi, lo uint64) { return gobits.Mul64(x, y) }

func div128(hi, lo, y uint64) (quo, rem uint64) { return gobits.Div64(hi, lo, y) }
func Mul(x, y uint) (hi, lo uint) { h, l := gobits.Mul64(uint64(x), uint64(y)); return uint(h), uint(l) }
