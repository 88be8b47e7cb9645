package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1 =", i8)
	i8 = -128
	i8--
	fmt.Println("int8 -128-1 =", i8)
	var u8 uint8 = 255
	u8++
	fmt.Println("uint8 255+1 =", u8)
	u8 = 0
	u8--
	fmt.Println("uint8 0-1 =", u8)
	var i16 int16 = 32767
	i16 += 10
	fmt.Println("int16 =", i16)
	var u16 uint16 = 65535
	u16 *= 2
	fmt.Println("uint16 =", u16)
	var i32 int32 = 2147483647
	i32++
	fmt.Println("int32 =", i32)
	var u32 uint32 = 4294967295
	u32 += 2
	fmt.Println("uint32 =", u32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64 =", i64)
	var u64 uint64 = 18446744073709551615
	u64++
	fmt.Println("uint64 =", u64)
	var x int = 1 << 62
	x *= 4
	fmt.Println("int 1<<62 * 4 =", x)
	// multiplication overflow
	var m8 int8 = 100
	m8 *= 3
	fmt.Println("int8 100*3 =", m8)
	var mu8 uint8 = 200
	mu8 *= 200
	fmt.Println("uint8 200*200 =", mu8)
	var m32 int32 = 65536
	m32 *= 65536
	fmt.Println("int32 65536*65536 =", m32)
	var m64 int64 = 3037000500
	m64 *= 3037000500
	fmt.Println("int64 big square =", m64)
	// negation of min
	var n8 int8 = -128
	n8 = -n8
	fmt.Println("-int8(-128) =", n8)
	var n64 int64 = -9223372036854775808
	n64 = -n64
	fmt.Println("-minint64 =", n64)
	var u uint = 0
	u = ^u
	fmt.Println("^uint(0) =", u)
	var nu uint32 = 5
	nu = -nu
	fmt.Println("-uint32(5) =", nu)
	// loops that wrap
	var c uint8
	cnt := 0
	for c = 250; c != 4; c++ {
		cnt++
	}
	fmt.Println("wrap loop count", cnt)
	var ui uintptr = 0
	ui--
	fmt.Println(ui == ^uintptr(0))
}
