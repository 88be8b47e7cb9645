package main

import "fmt"

func main() {
	vals := []interface{}{0, 1, -1, 127, -128, 255, 65535, int8(-5), uint8(250), int16(-300), uint32(4000000000), int64(-1 << 40), uint64(1<<64 - 1)}
	for _, v := range vals {
		fmt.Printf("%v|%d|%x|%X|%o|%b|%T\n", v, v, v, v, v, v, v)
	}
	fmt.Printf("%c|%c|%c\n", 65, 0x4E16, 0x1F600)
	fmt.Printf("%q|%q|%q\n", 65, '\n', 0x7f)
	fmt.Printf("%U|%#U\n", 0x41, 0x1F600)
	fmt.Printf("%#b|%#o|%#x|%#X\n", 5, 8, 255, 255)
	fmt.Printf("%+d|%+d|% d|% d\n", 5, -5, 5, -5)
	fmt.Printf("%6x|%-6x|%06x\n", 255, 255, 255)
	fmt.Printf("%.3d|%6.3d|%-6.3d\n", 7, 7, 7)
	fmt.Printf("%x|%X\n", "Hello", []byte("Hi"))
	fmt.Printf("%d|%v\n", []uint8{1, 2}, [3]uint8{1, 2, 3})
	fmt.Printf("%v %d\n", 'a', 'a')
	type E int
	fmt.Printf("%v %d %x\n", E(10), E(10), E(10))
}
