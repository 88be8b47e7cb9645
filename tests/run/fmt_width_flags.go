package main

import "fmt"

func main() {
	fmt.Printf("[%5d][%-5d][%05d][%+d][% d][%x][%X][%#x][%#o][%o][%b][%O]\n", 42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 5, 8)
	fmt.Printf("[%5d][%-5d][%05d][%+d]\n", -42, -42, -42, -42)
	fmt.Printf("[%8s][%-8s][%.2s][%8.2s][%q][%-6q]\n", "hello", "hello", "hello", "hello", "hi\n", "x")
	fmt.Printf("[%x][% x][%X][%#x][% #x]\n", "hello", "hello", "hi", "hi", "hi")
	fmt.Printf("[%c][%c][%U][%#U][%q][%+q]\n", 'A', '世', '世', '世', 'x', '世')
	fmt.Printf("[%t][%v][%5t]\n", true, false, true)
	fmt.Printf("[%*d][%-*d][%.*f]\n", 6, 1, 6, 2, 2, 3.14159)
	fmt.Printf("[%3c][%-3c]\n", 'z', 'z')
	fmt.Printf("[%08.3f][%-8.2f][%+08d]\n", 3.14159, 2.5, 7)
	fmt.Printf("[%6.3v][%.3v]\n", 3.14159, "abcdef")
	fmt.Printf("%%d literal and %d\n", 1)
	fmt.Printf("[%#q][%#q]\n", "back`tick", "raw")
	fmt.Printf("[%x][%X][%x]\n", -255, uint8(200), int64(-1))
	fmt.Printf("[%08b][%b]\n", 5, -5)
	fmt.Printf("[%10.4e]\n", 123456.789)
	fmt.Printf("[%v][%d]\n", []byte("ab"), []byte("ab"))
	fmt.Printf("[%s][%x][% X]\n", []byte("go"), []byte("go"), []byte{1, 171})
	fmt.Printf("[%5.1f%%]\n", 99.5)
	fmt.Printf("[%v][%v][%v]\n", int8(-8), uint16(65535), uintptr(10))
	fmt.Printf("[%3d|%-3d|%03d]\n", 12345, 12345, 12345)
	fmt.Printf("[%q]\n", 0x1F600)
	fmt.Printf("[%x]\n", 3.5)
	fmt.Printf("[%.0d][%.0d]\n", 0, 5)
	fmt.Printf("[%+.3e][%G]\n", -0.000123, 1e-10)
	fmt.Printf("[%t]\n", 1)
	fmt.Printf("[%2v][%-4v]|\n", []int{1, 2}, map[string]int{"a": 1})
}
