package main

func main() {
	var a int8 = 128 // ERROR "cannot use 128 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var b uint8 = 256 // ERROR "cannot use 256 \(untyped int constant\) as uint8 value in variable declaration \(overflows\)"
	var c uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	var d int32 = 1 << 31 // ERROR "cannot use 1 << 31 \(untyped int constant 2147483648\) as int32 value in variable declaration \(overflows\)"
	const big = 1 << 100
	var e int64 = big // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int64 value in variable declaration \(overflows\)"
	var f uint8 = 'a' + 200 // ERROR "cannot use 'a' \+ 200 \(untyped rune constant 297\) as uint8 value in variable declaration \(overflows\)"
	_, _, _, _, _, _ = a, b, c, d, e, f
}
