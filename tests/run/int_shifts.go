package main

import "fmt"

func main() {
	var x int = 1
	for _, s := range []uint{0, 1, 31, 32, 62, 63, 64, 65, 100, 1000} {
		fmt.Println("1 <<", s, "=", x<<s)
	}
	var neg int = -16
	for _, s := range []uint{0, 1, 2, 4, 5, 63, 64, 200} {
		fmt.Println("-16 >>", s, "=", neg>>s)
	}
	var u uint64 = 1 << 63
	for _, s := range []uint{1, 63, 64, 65} {
		fmt.Println("u >>", s, "=", u>>s)
	}
	var i8 int8 = 1
	fmt.Println("int8 1<<7 =", i8<<7, "1<<8 =", i8<<8)
	var u8 uint8 = 0xff
	fmt.Println("uint8 ff<<4 =", u8<<4, "ff>>4 =", u8>>4)
	var i32 int32 = -1
	fmt.Println("int32 -1>>31 =", i32>>31, "-1<<31 =", i32<<31)
	var u32 uint32 = 0x80000000
	fmt.Println(u32>>31, u32<<1)
	// signed shift count (Go 1.13+)
	var sc int = 3
	fmt.Println(5<<sc, 40>>sc)
	var sc8 int8 = 2
	fmt.Println(int64(1)<<sc8)
	// shift in constants
	const big = 1 << 100
	fmt.Println(big >> 98)
	const k = 1 << 10
	fmt.Println(k)
	// shift assign
	y := 3
	y <<= 4
	fmt.Println(y)
	y >>= 2
	fmt.Println(y)
	var z uint16 = 0xabcd
	z <<= 8
	fmt.Printf("%#x\n", z)
	// bit ops
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var ub uint8 = 0b10101010
	fmt.Println(^ub, ub&^0x0f)
}
