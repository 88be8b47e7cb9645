package main

import "fmt"

func Clone[S ~[]E, E any](s S) S { return s }
func Map[S ~[]E, E, R any](s S, f func(E) R) []R { return nil }
func Two[A, B any](a A, b B) {}

func main() {
	c := Clone[[]int]
	fmt.Println(c([]int{1}))
	var f func([]int, func(int) string) []string = Map[[]int]
	fmt.Println(f == nil)
	var g func(int, string) = Two
	var h func(int, string) = Two[int]
	fmt.Println(g == nil, h == nil)
}
