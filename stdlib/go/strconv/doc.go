// Package strconv implements conversions to and from string representations of basic
// data types, with the behaviour and error texts of Go's strconv.
//
// Floating-point conversions are exact: formatting generates decimal digits from the
// exact binary value with a multiprecision decimal (decimal.go), taking the shortest
// digit string that reads back to the same value when the precision is -1; parsing
// reads exactly representable cases with one float operation and falls back to the
// same multiprecision decimal otherwise, so results are correctly rounded.
package strconv

// IntSize is the width of int in bits (64 in minigo).
const IntSize = 64

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

// lower returns the lower-case form of an ASCII letter (and garbage for other bytes,
// which callers never compare against letters).
func lower(c byte) byte { return c | ('x' - 'X') }
