package main

import "fmt"

type Shape interface {
	Area() float64
}

type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

func Total[S Shape](xs ...S) float64 { return 0 }

type Ord interface {
	~int | ~string
}

func Max[T Ord](a, b T) T { return a }

type Weird interface {
	int
	string
}

func Never[T Weird]() {}

func main() {
	Total(Sq{1}) // ERROR "in call to Total, S \(type Sq\) does not satisfy Shape \(method Area has pointer receiver\)"
	fmt.Println(Max(1.5, 2)) // ERROR "float64 does not satisfy Ord \(float64 missing in ~int \| ~string\)"
	Never[int]() // ERROR "cannot satisfy Weird \(empty type set\)"
	_ = Max[float64] // ERROR "float64 does not satisfy Ord \(float64 missing in ~int \| ~string\)"
}
