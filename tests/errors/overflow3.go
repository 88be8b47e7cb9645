package main

const x = 1 << 63

func main() {
	var i int = x // ERROR "declared and not used: i" "cannot use x \(untyped int constant 9223372036854775808\) as int value in variable declaration \(overflows\)"
	var a [3]int
	_ = a[x] // ERROR "x \(untyped int constant 9223372036854775808\) overflows int"
	_ = uint8(300) // ERROR "constant 300 overflows uint8"
	s := make([]int, -1) // ERROR "invalid argument: index -1 \(constant of type int\) must not be negative"
	_ = s
	var r int32 = 'a' * 100000000 // ERROR "cannot use 'a' \* 100000000 \(untyped rune constant 9700000000\) as int32 value in variable declaration \(overflows\)"
	_ = r
	_ = 'ab' // ERROR "more than one character in rune literal"
}
