// Package strconv converts basic values to and from their string forms, with Go's
// behaviour and error texts.
//
// Floats: the native floatDigits produces exact decimal digits (shortest, or rounded
// half to even to a precision) and decimalToFloat rounds decimal input correctly; the
// Go code here handles literal syntax, layouts, and the 'b' and 'x' forms bit by bit.
package strconv

// IntSize is the width of int in bits (64 in minigo).
const IntSize = 64
