package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2, 3, 4, 5}
	s = slices.Insert(s, 2, 10, 11)
	fmt.Println(s)
	s = slices.Delete(s, 1, 3)
	fmt.Println(s)
	s = slices.DeleteFunc(s, func(x int) bool { return x%2 == 0 })
	fmt.Println(s)
	s = slices.Replace(s, 0, 1, 7, 7, 7)
	fmt.Println(s)
	s = slices.Compact(s)
	fmt.Println(s, len(s))
	words := []string{"a", "A", "b", "B", "b", "c"}
	words = slices.CompactFunc(words, func(a, b string) bool { return a == b || a[0]^32 == b[0] })
	fmt.Println(words)
	c := slices.Clone(s)
	c[0] = 99
	fmt.Println(s, c)
	fmt.Println(slices.Clone([]int(nil)) == nil)
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	cl := slices.Clip(make([]int, 2, 10))
	fmt.Println(len(cl), cap(cl))
	r := []string{"x", "y", "z"}
	slices.Reverse(r)
	fmt.Println(r)
	fmt.Println(slices.Index(r, "y"), slices.Index(r, "q"), slices.Contains(r, "z"))
	fmt.Println(slices.IndexFunc(s, func(x int) bool { return x > 4 }), slices.ContainsFunc(s, func(x int) bool { return x < 0 }))
	fmt.Println(slices.Equal(s, c), slices.Equal([]int{}, nil))
	fmt.Println(slices.EqualFunc([]int{1, 2}, []string{"1", "2"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}), slices.Compare([]int(nil), []int{}))
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}))
	fmt.Println(slices.Repeat([]string{"ab"}, 3))
	in := slices.Insert([]int(nil), 0)
	fmt.Println(in, in == nil)
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Insert([]int{1}, 5, 2)
}
