// Package subtle implements functions that are often useful in cryptographic code but
// require careful thought to use correctly: their running time does not depend on
// the secret values they compare or select.
package subtle

// ConstantTimeCompare returns 1 if the two slices, x and y, have equal contents and 0
// otherwise. The time taken is a function of the length of the slices and is
// independent of the contents. If the lengths of x and y do not match it returns 0
// immediately.
func ConstantTimeCompare(x, y []byte) int {
	if len(x) != len(y) {
		return 0
	}
	var diff byte
	for i := range x {
		diff |= x[i] ^ y[i]
	}
	return ConstantTimeByteEq(diff, 0)
}

// ConstantTimeSelect returns x if v == 1 and y if v == 0. Its behavior is undefined if
// v takes any other value.
func ConstantTimeSelect(v, x, y int) int {
	mask := -v // all ones for 1, zero for 0
	return x&mask | y&^mask
}

// ConstantTimeByteEq returns 1 if x == y and 0 otherwise.
func ConstantTimeByteEq(x, y uint8) int {
	d := uint32(x ^ y) // 0 iff equal
	return int((d - 1) >> 31)
}

// ConstantTimeEq returns 1 if x == y and 0 otherwise.
func ConstantTimeEq(x, y int32) int {
	d := uint64(uint32(x ^ y)) // 0 iff equal
	return int((d - 1) >> 63)
}

// ConstantTimeCopy copies the contents of y into x (a slice of equal length) if v ==
// 1. If v == 0, x is left unchanged. Its behavior is undefined if v takes any other
// value.
func ConstantTimeCopy(v int, x, y []byte) {
	if len(x) != len(y) {
		panic("subtle: slices have different lengths")
	}
	keepY := byte(-v)
	for i := range x {
		x[i] = x[i]&^keepY | y[i]&keepY
	}
}

// ConstantTimeLessOrEq returns 1 if x <= y and 0 otherwise. Its behavior is undefined
// if x or y are negative or > 2**31 - 1.
func ConstantTimeLessOrEq(x, y int) int {
	d := int64(y) - int64(x) // non-negative iff x <= y
	return int(^uint64(d) >> 63)
}

// XORBytes sets dst[i] = x[i] ^ y[i] for all i < n = min(len(x), len(y)), returning n,
// the number of bytes written to dst. If dst does not have length at least n,
// XORBytes panics without writing anything to dst.
func XORBytes(dst, x, y []byte) int {
	n := min(len(x), len(y))
	if n > len(dst) {
		panic("subtle.XORBytes: dst too short")
	}
	for i := 0; i < n; i++ {
		dst[i] = x[i] ^ y[i]
	}
	return n
}
