package main

type Color int

const (
	Red Color = iota
	Green
	Blue
)

const (
	a = 1 << iota
	b
	c
	_
	e
)

const (
	x, y = iota + 1, iota * 2
	z, w
)

const big = 1 << 100
const f = 2.5
const s = "const" + "ant"

func main() {
	println(Red, Green, Blue)
	println(a, b, c, e)
	println(x, y, z, w)
	println(big>>97, f*2, s, len(s))
	const local = 'a' + 2
	println(local, string(rune(local)))
	var i8 int8 = 1 << 6
	println(i8)
	const typed uint16 = 65535
	println(typed, typed+0)
	println(7/2, 7/2.0, 7.0/2)
	const h = 0x1F
	println(h, 0o17, 0b101, 1_000)
	var fl float32 = 1 / 3.0
	println(fl)
	const maxU = ^uint64(0)
	println(maxU)
}
