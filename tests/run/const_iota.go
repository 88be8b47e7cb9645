package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

const (
	c0 = iota * 2
	_
	c2
	c3 = 100
	c4
	c5 = iota + 1
)

const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const Huge = 1 << 200
const Small = Huge >> 198

func main() {
	fmt.Println(Sunday, Monday, Saturday)
	fmt.Printf("%d %v %s\n", Wednesday, Thursday, Friday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagC)
	fmt.Println(c0, c2, c3, c4, c5)
	fmt.Println(Pi)
	fmt.Println(Small)
	var f32 float32 = Pi
	fmt.Println(f32)
	const typed int8 = 100
	fmt.Println(typed + 27)
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
	const s = "hello" + " " + "world"
	fmt.Println(s, len(s))
	const b = 10 > 3
	fmt.Println(b)
	fmt.Printf("%T %T %T %T\n", KB, Pi, r, b)
	const cx = 2i * 2i
	fmt.Println(cx)
}
