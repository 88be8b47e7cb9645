package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type person struct {
	name string
	age  int
}

type IDs []int

func main() {
	s := []int{5, 2, 8, 2, 9, 1, 5, 5}
	fmt.Println(slices.Index(s, 8), slices.Index(s, 7), slices.Contains(s, 9), slices.Contains(s, 4))
	fmt.Println(slices.IndexFunc(s, func(x int) bool { return x > 6 }), slices.ContainsFunc(s, func(x int) bool { return x < 0 }))
	fmt.Println(slices.Min(s), slices.Max(s))
	c := slices.Clone(s)
	slices.Sort(c)
	fmt.Println(c, s, slices.IsSorted(c), slices.IsSorted(s))
	fmt.Println(slices.BinarySearch(c, 5))
	fmt.Println(slices.BinarySearch(c, 6))
	fmt.Println(slices.Compact(c))
	fmt.Println(slices.Equal(s, c), slices.Equal([]int{1}, []int{1}), slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}))
	s = slices.Insert(s, 2, 100, 200)
	fmt.Println(s, len(s))
	s = slices.Delete(s, 1, 3)
	fmt.Println(s)
	s = slices.DeleteFunc(s, func(x int) bool { return x == 5 })
	fmt.Println(s)
	s = slices.Replace(s, 0, 2, 7, 7, 7)
	fmt.Println(s)
	slices.Reverse(s)
	fmt.Println(s)
	fmt.Println(slices.Concat([]int{1}, nil, []int{2, 3}), slices.Repeat([]string{"ab"}, 3))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11, cap(slices.Clip(g)))

	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}}
	slices.SortStableFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(people)
	slices.SortFunc(people, func(a, b person) int {
		return cmp.Or(cmp.Compare(b.age, a.age), strings.Compare(a.name, b.name))
	})
	fmt.Println(people)
	i, found := slices.BinarySearchFunc(people, 30, func(p person, age int) int { return cmp.Compare(age, p.age) })
	fmt.Println(i, found)
	fmt.Println(slices.MinFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) }))
	fmt.Println(slices.MaxFunc(people, func(a, b person) int { return cmp.Compare(a.age, b.age) }))
	fmt.Println(slices.IsSortedFunc(people, func(a, b person) int { return cmp.Compare(b.age, a.age) }))

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	slices.Sort(words)
	fmt.Println(words)
	fl := []float64{3, math.NaN(), -1, math.Inf(1), 0}
	slices.Sort(fl)
	fmt.Println(fl, slices.Min(fl))
	fmt.Println(cmp.Compare(math.NaN(), 1.0), cmp.Compare(1.0, math.NaN()), cmp.Less(math.NaN(), math.Inf(-1)), cmp.Compare("a", "b"), cmp.Or("", "x", "y"), cmp.Or(0, 0))

	ids := IDs{3, 1, 2}
	sorted := slices.Clone(ids)
	slices.Sort(sorted)
	fmt.Printf("%T %v\n", sorted, sorted)

	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Println("all", i, v)
	}
	for i, v := range slices.Backward([]string{"x", "y", "z"}) {
		fmt.Println("backward", i, v)
		if i == 1 {
			break
		}
	}
	fmt.Println(slices.Collect(slices.Values([]int{4, 5, 6})))
	fmt.Println(slices.AppendSeq([]int{1}, slices.Values([]int{2, 3})))
	fmt.Println(slices.Sorted(slices.Values([]int{3, 1, 2})))
	fmt.Println(slices.SortedFunc(slices.Values([]int{3, 1, 2}), func(a, b int) int { return b - a }))
	for ch := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Println("chunk", ch, len(ch), cap(ch))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		slices.Min([]int{})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		slices.Insert([]int{1, 2}, 5, 3)
	}()
}
