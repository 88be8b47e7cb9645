package main

import (
	"fmt"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] []T

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

type Wrapper[T any] struct{ inner T }

type Named struct{ N int }

type Num[T ~int | ~float64] struct{ v T }

func (w Wrapper[T]) String() string { return fmt.Sprintf("W<%v>", w.inner) }

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%v|%+v|%T\n", p, p, p)
	fmt.Printf("%#v\n", p)
	pp := Pair[Named, []Pair[int, bool]]{Named{1}, []Pair[int, bool]{{2, true}}}
	fmt.Printf("%v|%+v\n%T\n", pp, pp, pp)
	fmt.Printf("%T %T %T\n", List[int]{}, List[List[string]]{}, &Tree[float64]{})
	fmt.Printf("%v %v\n", List[string]{"x", "y"}, Tree[int]{Val: 3})
	fmt.Printf("%T\n", map[Pair[int, int]]List[byte]{})
	w := Wrapper[Wrapper[int]]{Wrapper[int]{5}}
	fmt.Println(w, fmt.Sprint(w), fmt.Sprintf("%T", w))
	var s fmt.Stringer = Wrapper[string]{"s"}
	fmt.Printf("%v %s %T\n", s, s, s)
	fmt.Printf("%T %v\n", Num[int]{3}, Num[float64]{2.5})
	var b strings.Builder
	fmt.Fprintf(&b, "%T", func(Pair[int, string]) List[error] { return nil })
	fmt.Println(b.String())
	fmt.Printf("%T %T\n", struct{ P Pair[int, int] }{}, [2]Wrapper[bool]{})
	var ch chan Pair[string, rune]
	fmt.Printf("%T\n", ch)
}
