package main

import "fmt"

type MyInt int
type IntAlias = int
type Celsius float64
type StrMap = map[string]int
type Pair struct{ A, B int }
type PairAlias = Pair
type PairDef Pair

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }
func (p Pair) Sum() int      { return p.A + p.B }

func main() {
	var a MyInt = 5
	var b IntAlias = 6
	var c int = b
	fmt.Printf("%T %T %T\n", a, b, c)
	fmt.Println(int(a)+c, a+MyInt(b))
	fmt.Println(Celsius(100).F())
	m := StrMap{"x": 1}
	fmt.Printf("%T %v\n", m, m)
	pa := PairAlias{1, 2}
	fmt.Printf("%T %d\n", pa, pa.Sum())
	pd := PairDef{3, 4}
	fmt.Printf("%T %v\n", pd, Pair(pd).Sum())
	var i interface{} = a
	_, isInt := i.(int)
	_, isMy := i.(MyInt)
	fmt.Println(isInt, isMy)
	var j interface{} = b
	_, isInt = j.(int)
	fmt.Println(isInt)
	type Local struct{ V int }
	fmt.Printf("%T %+v\n", Local{1}, Local{1})
	type Fn func() string
	var f Fn = func() string { return "fn" }
	fmt.Printf("%T %s\n", f, f())
	type Byte = byte
	var bb Byte = 'a'
	fmt.Printf("%T %v\n", bb, bb)
	var r rune = 'a'
	fmt.Printf("%T %T\n", r, 'x')
}
