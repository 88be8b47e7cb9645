package main

func main() {
	_ = 0x // ERROR "hexadecimal literal has no digits"
	_ = 09 // ERROR "invalid digit '9' in octal literal"
	_ = 1e // ERROR "exponent has no digits"
	_ = 0b102 // ERROR "invalid digit '2' in binary literal"
	_ = 1__0 // ERROR "'_' must separate successive digits"
	_ = 0o8 // ERROR "invalid digit '8' in octal literal"
	_ = 1_ // ERROR "'_' must separate successive digits"
	_ = 0x1p // ERROR "exponent has no digits"
}
