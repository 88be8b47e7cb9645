package main

import (
	"fmt"
	"strconv"
	"strings"
)

func Map[S ~[]E, E, R any](s S, f func(E) R) []R {
	out := make([]R, 0, len(s))
	for _, v := range s {
		out = append(out, f(v))
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func Reduce[E, A any](s []E, init A, f func(A, E) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

func GroupBy[E any, K comparable](s []E, key func(E) K) map[K][]E {
	m := map[K][]E{}
	for _, v := range s {
		k := key(v)
		m[k] = append(m[k], v)
	}
	return m
}

func Zip[A, B any](as []A, bs []B) []struct {
	A A
	B B
} {
	n := min(len(as), len(bs))
	out := make([]struct {
		A A
		B B
	}, n)
	for i := range n {
		out[i].A, out[i].B = as[i], bs[i]
	}
	return out
}

type Names []string

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	sq := Map(nums, func(n int) int { return n * n })
	ev := Filter(sq, func(n int) bool { return n%2 == 0 })
	sum := Reduce(ev, 0, func(a, n int) int { return a + n })
	fmt.Println(sq, ev, sum)

	strs := Map(nums[:4], strconv.Itoa)
	fmt.Printf("%q\n", strs)
	joined := Reduce(strs, "", func(a string, s string) string { return a + s })
	fmt.Println(joined)

	ns := Names{"ann", "bob", "al", "barbara", "carl"}
	short := Filter(ns, func(s string) bool { return len(s) <= 3 })
	fmt.Printf("%T %v\n", short, short)
	up := Map(ns, strings.ToUpper)
	fmt.Printf("%T %v\n", up, up)

	g := GroupBy(ns, func(s string) byte { return s[0] })
	for _, k := range []byte("abc") {
		fmt.Println(string(k), g[k])
	}

	lens := Reduce(ns, map[int]int{}, func(m map[int]int, s string) map[int]int {
		m[len(s)]++
		return m
	})
	fmt.Println(lens)

	for _, p := range Zip(nums, ns) {
		fmt.Print(p.A, p.B, " ")
	}
	fmt.Println()
	fl := Map([]float64{1.5, 2.25}, func(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) })
	fmt.Println(fl)
	fmt.Println(len(Filter([]int(nil), func(int) bool { return true })) == 0)
}
