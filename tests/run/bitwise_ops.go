package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseBits(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func main() {
	fmt.Println(popcount(0), popcount(255), popcount(1<<63|1), popcount(^uint64(0)))
	fmt.Printf("%032b\n", reverseBits(1))
	fmt.Printf("%08x\n", reverseBits(0x12345678))
	var a uint8 = 0b11001010
	fmt.Printf("%08b %08b %08b %08b\n", a&0x0f, a|0x0f, a^0xff, a&^0xf0)
	var s int8 = -1
	fmt.Printf("%d %d %d\n", s>>1, s>>7, uint8(s)>>7)
	// rotate
	rotl := func(x uint32, k uint) uint32 { return x<<k | x>>(32-k) }
	fmt.Printf("%08x %08x\n", rotl(0x80000001, 1), rotl(0x12345678, 8))
	// isolate lowest set bit
	x := 0b10110000
	fmt.Printf("%b %b\n", x&-x, x&(x-1))
	// power of two checks
	for _, v := range []int{0, 1, 2, 3, 64, 96} {
		fmt.Print(v != 0 && v&(v-1) == 0, " ")
	}
	fmt.Println()
	// sign extension when converting
	var b byte = 0xF0
	fmt.Println(int8(b), int32(int8(b)), uint32(b))
	var big uint64 = 0xDEADBEEFCAFEBABE
	fmt.Printf("%x %x %x\n", uint32(big), uint16(big>>16), big>>60)
	fmt.Println(^0, ^-1, -^5)
}
