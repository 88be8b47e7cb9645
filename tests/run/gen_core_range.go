package main

import (
	"fmt"
	"iter"
	"slices"
)

func SumRange[T ~int](n T) T {
	var s T
	for i := range n {
		s += i
	}
	return s
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func Runes[S ~string](s S) []rune {
	var rs []rune
	for _, r := range s {
		rs = append(rs, r)
	}
	return rs
}

func Bytes[S ~string | ~[]byte](s S) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n += int(s[i])
	}
	return n
}

func Drain[C ~chan E | ~<-chan E, E any](c C) []E {
	var out []E
	for v := range c {
		out = append(out, v)
	}
	return out
}

func RangeSeq[F ~func(func(E) bool), E any](f F) []E {
	var out []E
	for v := range f {
		out = append(out, v)
	}
	return out
}

func Indexes[A ~[4]E, E any](a A) (n int) {
	for i := range a {
		n += i
	}
	return
}

func PtrArray[P ~*[3]int](p P) int {
	s := 0
	for _, v := range p {
		s += v
	}
	return s
}

type Word string
type Nums iter.Seq[int]
type Quad [4]float32
type Bits int

func main() {
	fmt.Println(SumRange(10), SumRange(Bits(20)), SumRange(0))
	ks := Keys(map[Word]int{"b": 1, "a": 2})
	slices.Sort(ks)
	fmt.Printf("%v %T\n", ks, ks)
	fmt.Println(Runes(Word("héllo")), len(Runes("")))
	fmt.Println(Bytes("AB"), Bytes([]byte{1, 2, 3}))
	ch := make(chan string, 3)
	ch <- "x"
	ch <- "y"
	close(ch)
	fmt.Println(Drain(ch))
	ro := make(chan int, 1)
	ro <- 5
	close(ro)
	var recvOnly <-chan int = ro
	fmt.Println(Drain(recvOnly))
	var ns Nums = func(yield func(int) bool) {
		for i := 3; i > 0 && yield(i); i-- {
		}
	}
	fmt.Println(RangeSeq(ns), RangeSeq(slices.Values([]string{"p"})))
	fmt.Println(Indexes(Quad{}), Indexes([4]string{}))
	fmt.Println(PtrArray(&[3]int{1, 2, 3}))
}
