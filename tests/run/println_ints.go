package main

func main() {
	var i8 int8 = -128
	var i16 int16 = -32768
	var i32 int32 = -2147483648
	var i64 int64 = -9223372036854775808
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var up uintptr = 12345
	println(i8, i16, i32, i64)
	println(u8, u16, u32, u64, up)
	println(0, -0, 1, -1)
	var b byte = 'x'
	var r rune = '世'
	println(b, r)
	println(true, false, !true)
	println("string", "with spaces", "")
	println()
	print("print ", "no ", "newline", 1, 2, true, "\n")
	print(1, 2, 3, "\n")
	println(1e3 == 1000, 7/2, -7/2, 7%3, -7%3)
	x := 10
	x += 5
	x -= 3
	x *= 2
	x /= 5
	x %= 3
	x |= 8
	x &= 12
	x ^= 5
	x <<= 2
	x >>= 1
	x &^= 2
	println(x)
	x++
	x--
	x--
	println(x)
}
