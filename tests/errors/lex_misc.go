package main

func main() {
	_ = 0x1.0 // ERROR "hexadecimal mantissa requires a 'p' exponent"
	_ = 0b1.0 // ERROR "invalid radix point in binary literal"
	_ = 0o17e2 // ERROR "'e' exponent requires decimal mantissa"
	_ = 0x_ // ERROR "hexadecimal literal has no digits"
	_ = 1_000_ // ERROR "'_' must separate successive digits"
	_ = 0b // ERROR "binary literal has no digits"
	_ = '\x4' // ERROR "invalid character '\\'' in hexadecimal escape"
	_ = "\u12" // ERROR "invalid character '\"' in hexadecimal escape"
}
