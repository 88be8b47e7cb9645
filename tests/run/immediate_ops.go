package main

import "fmt"

func main() {
	var a int8 = 100
	var b uint8 = 200
	var c int32 = -5
	var d uint16 = 0xFFF0
	fmt.Println(a*3, b*3, a<<2, b<<3, c>>1, c<<30, d|7, d^-1&0xF, a^-1, b|1)
	x := uint64(12345)
	fmt.Println(x<<63, x>>3, x&255, int64(-1)>>63, int64(-9)>>2)
	var e int16 = -300
	fmt.Println(e*2, e<<8, e>>4, e|-2, e^-2, e&-2)
}
