// Package subtle holds comparisons and selections whose running time does not depend
// on the (secret) values involved, only on their lengths.
package subtle

// Panic texts, as Go words them.
const (
	errCopyLengths = "subtle: slices have different lengths"
	errXORShort    = "subtle.XORBytes: dst too short"
)

// ConstantTimeCompare is 1 when x and y hold the same bytes, else 0. Slices of
// different lengths answer 0 at once; otherwise the time depends on the length only.
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

// ConstantTimeSelect is x when v is 1 and y when v is 0 (v must be one of them).
func ConstantTimeSelect(v, x, y int) int {
	mask := -v // all ones for 1, zero for 0
	return x&mask | y&^mask
}

// ConstantTimeByteEq is 1 when the bytes are equal, else 0.
func ConstantTimeByteEq(x, y uint8) int {
	d := uint32(x ^ y) // 0 iff equal
	return int((d - 1) >> 31)
}

// ConstantTimeEq is 1 when the numbers are equal, else 0.
func ConstantTimeEq(x, y int32) int {
	d := uint64(uint32(x ^ y)) // 0 iff equal
	return int((d - 1) >> 63)
}

// ConstantTimeCopy overwrites x with y when v is 1 and leaves it when v is 0; the
// slices must have the same length.
func ConstantTimeCopy(v int, x, y []byte) {
	if len(x) != len(y) {
		panic(errCopyLengths)
	}
	keepY := byte(-v)
	for i := range x {
		x[i] = x[i]&^keepY | y[i]&keepY
	}
}

// ConstantTimeLessOrEq is 1 when x <= y, else 0, for x and y in [0, 2**31-1].
func ConstantTimeLessOrEq(x, y int) int {
	d := int64(y) - int64(x) // non-negative iff x <= y
	return int(^uint64(d) >> 63)
}

// XORBytes stores x[i] ^ y[i] in dst[i] for every index the shorter of x and y has,
// and returns how many that is. A dst too short for them panics before any write.
func XORBytes(dst, x, y []byte) int {
	n := min(len(x), len(y))
	if n > len(dst) {
		panic(errXORShort)
	}
	for i := 0; i < n; i++ {
		dst[i] = x[i] ^ y[i]
	}
	return n
}
