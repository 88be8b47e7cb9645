package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 3}, {1, 7}, {-1, 7}, {100, 10}, {-100, 7}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%d / %d = %d, %d %% %d = %d\n", a, b, a/b, a, b, a%b)
	}
	var a8 int8 = -128
	var b8 int8 = -1
	fmt.Println("int8 -128 / -1 =", a8/b8, "rem", a8%b8)
	var a64 int64 = -9223372036854775808
	var b64 int64 = -1
	fmt.Println("int64 min / -1 =", a64/b64, "rem", a64%b64)
	var a32 int32 = -2147483648
	var b32 int32 = -1
	fmt.Println("int32 min / -1 =", a32/b32, "rem", a32%b32)
	var u uint = 17
	fmt.Println("uint 17/5 17%5", u/5, u%5)
	var u8 uint8 = 250
	fmt.Println("uint8 250/7 250%7", u8/7, u8%7)
	// constant division
	const c1 = -7 / 2
	const c2 = -7 % 2
	fmt.Println("const", c1, c2)
	// float division
	fmt.Println(7.0/2.0, -7.0/2)
	x := 7
	x /= 2
	fmt.Println(x)
	x = -9
	x %= 4
	fmt.Println(x)
	// division by powers of two of negatives
	for _, v := range []int{-1, -2, -3, -4, -5, -8, -9} {
		fmt.Print(v/2, " ", v/4, " ", v%4, ";")
	}
	fmt.Println()
	var i16 int16 = -32768
	fmt.Println(i16/2, i16%3, i16>>1)
}
