package main

import "fmt"

func main() {
	var i int = -1
	fmt.Println(uint8(i), uint16(i), uint32(i), uint64(i), int8(i))
	var big int64 = 0x1234567890
	fmt.Println(int8(big), int16(big), int32(big), uint8(big), uint16(big), uint32(big))
	var u8 uint8 = 200
	fmt.Println(int8(u8), int16(u8), int(u8))
	var i8 int8 = -56
	fmt.Println(uint8(i8), uint16(i8), uint64(i8), int64(i8))
	// float to int truncation
	for _, f := range []float64{3.9, -3.9, 0.5, -0.5, 1e9, 255.99} {
		fmt.Println(f, int(f), int64(f), int32(f))
	}
	fv := 255.7
	fmt.Println(uint8(int(fv)))
	// int to float
	var n int64 = 9007199254740993
	fmt.Println(float64(n), float32(n))
	var f32 float32 = 16777217
	fmt.Println(f32)
	fmt.Println(float32(0.1), float64(float32(0.1)))
	var d float64 = 1.0 / 3.0
	fmt.Println(float32(d), d)
	// rune/byte conversions
	var r rune = 'é'
	fmt.Println(r, byte(r), string(r))
	var b byte = 'A'
	fmt.Println(b, rune(b), string(rune(b)))
	// uint64 max to float
	var um uint64 = 1<<64 - 1
	fmt.Println(float64(um))
	fmt.Println(uint64(float64(1 << 63)))
	// conversions between named types
	type Celsius float64
	type Fahrenheit float64
	c := Celsius(100)
	f := Fahrenheit(c*9/5 + 32)
	fmt.Println(c, f)
	type MyInt int
	mi := MyInt(42)
	fmt.Printf("%T %v %T\n", mi, int(mi)+1, int(mi))
	// constant conversions
	const k = 1000
	fmt.Println(int8(k % 128), uint8(k&0xff))
	x := 1e3
	fmt.Println(int(x))
	fmt.Println(int(-0.0), float64(-0.0))
}
