package main

func main() {
	var f32 float32 = 0.1
	var c64 complex64 = complex(1, 0.5)
	var up uintptr = 0xff
	var r rune = 'x'
	type MyBool bool
	type MyStr string
	type MyInt int16
	println(f32, c64, up, r)
	println(MyBool(true), MyStr("named"), MyInt(-5))
	huge := -1e300
	println(float32(1)/3, 1e-7, huge*1e10)
	var i8 int8 = -1
	println(uint8(i8), i8)
	println("multi", "args", 1, 2.5, true, 'a')
	print("no spaces", 1, 2, "\n")
	print()
	println()
	const big = 1 << 40
	println(big, -big)
	println(len("héllo"), cap([]int{1, 2}), len([3]int{}))
}
