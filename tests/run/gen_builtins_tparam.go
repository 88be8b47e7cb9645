package main

import "fmt"

func Clamp[T int | int32 | float64 | string](v, lo, hi T) T {
	return min(max(v, lo), hi)
}

func MinMax[T ~int | ~float64](xs ...T) (T, T) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs[1:] {
		lo = min(lo, x)
		hi = max(hi, x)
	}
	return lo, hi
}

func Reset[S ~[]E, E any](s S) S {
	clear(s)
	return s
}

func Drain[M ~map[K]V, K comparable, V any](m M) int {
	n := len(m)
	clear(m)
	return n
}

func MakeN[S ~[]E, E any](n int, fill E) S {
	s := make(S, n, n*2)
	for i := range s {
		s[i] = fill
	}
	return s
}

func MakeMap[M ~map[K]V, K comparable, V any](hint int) M { return make(M, hint) }

func MakeChan[C ~chan E, E any](n int) C { return make(C, n) }

func Lens[T ~string | ~[]byte](v T) (int, byte) { return len(v), v[0] }

func CapOf[S ~[]E, E any](s S) int { return cap(s) }

func Copy2[S ~[]E, E any](dst, src S) int { return copy(dst, src) }

type Grid []float64
type Dict map[string]int
type Pipe chan string

func Last[T ~[3]int | ~[5]int](a T) int { return a[len(a)-1] }

func main() {
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp("m", "a", "k"), Clamp[int32](5, 0, 10))
	fmt.Println(MinMax(3, 1, 4, 1, 5, 9, 2, 6))
	fmt.Println(MinMax(2.5, -0.5, 1e3))
	g := Grid{1, 2, 3}
	r := Reset(g)
	fmt.Printf("%T %v %v\n", r, r, g)
	d := Dict{"a": 1, "b": 2}
	fmt.Println(Drain(d), len(d), d)
	s := MakeN[[]string](3, "x")
	fmt.Println(s, len(s), cap(s))
	gs := MakeN[Grid](2, 0.5)
	fmt.Printf("%T %v\n", gs, gs)
	m := MakeMap[Dict](4)
	m["k"] = 9
	fmt.Printf("%T %v\n", m, m)
	c := MakeChan[Pipe](1)
	c <- "hello"
	fmt.Printf("%T %v %d\n", c, <-c, cap(c))
	fmt.Println(Lens("abc"))
	fmt.Println(Lens([]byte{7, 8}))
	fmt.Println(CapOf(make([]int, 2, 10)))
	dst := make([]int, 2)
	fmt.Println(Copy2(dst, []int{5, 6, 7}), dst)
	fmt.Println(Last([3]int{1, 2, 3}), Last([5]int{4: 9}))
	fmt.Println(min(1, 2.5), max("b", "a", "c"))
}
