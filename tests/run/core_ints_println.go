package main

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int16 = -32768
	c--
	var d uint32 = 1 << 31
	d *= 2
	var e int64 = 1 << 62
	e *= 2
	println(a, b, c, d, e)
	x, y := -7, 2
	println(x/y, x%y, -x/y, x%-y)
	var s uint = 70
	var one32 int32 = 1
	println(1<<s, -1>>s, one32<<31, uint8(1)<<7)
	var m int8 = -128
	var n int8 = -1
	println(m/n, m%n)
	println(^0, ^uint16(0), 5&^3, 6|9, 6^3)
	var big uint64 = 0xFFFFFFFFFFFFFFFF
	println(big, int64(big), uint32(big), int8(big))
	f := 3.99
	g := -3.99
	println(int(f), int(g), uint8(int(f)))
	println(int64(float32(16777217)))
	h := 0
	for i := 0; i < 100; i++ {
		h = h*31 + i
	}
	println(h)
	var hash uint32 = 2166136261
	for _, ch := range []byte("hello world") {
		hash ^= uint32(ch)
		hash *= 16777619
	}
	println(hash)
}
