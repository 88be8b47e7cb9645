package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type byLength []string

func (s byLength) Len() int           { return len(s) }
func (s byLength) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLength) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

func main() {
	strs := []string{"c", "a", "b"}
	slices.Sort(strs)
	fmt.Println("Strings:", strs)
	ints := []int{7, 2, 4}
	slices.Sort(ints)
	fmt.Println("Ints:   ", ints)
	fmt.Println("Sorted: ", slices.IsSorted(ints))
	fruits := []string{"peach", "banana", "kiwi"}
	lenCmp := func(a, b string) int { return cmp.Compare(len(a), len(b)) }
	slices.SortFunc(fruits, lenCmp)
	fmt.Println(fruits)
	people := []Person{{"Jax", 37}, {"TJ", 25}, {"Alex", 72}, {"Bo", 25}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	f2 := []string{"peach", "banana", "kiwi"}
	sort.Sort(byLength(f2))
	fmt.Println(f2)
	sort.Slice(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Println(people)
	fl := []float64{2.5, -1, 3}
	sort.Float64s(fl)
	fmt.Println(fl, sort.SearchInts([]int{1, 3, 5, 7}, 5))
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	idx, found := slices.BinarySearch([]int{1, 3, 5}, 4)
	fmt.Println(idx, found)
	fmt.Println(slices.Index(strs, "b"), slices.Contains(strs, "z"), slices.Max(ints), slices.Min(ints))
	fmt.Println(slices.Equal(ints, []int{7, 4, 2}))
	s2 := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	fmt.Println(s2, slices.Delete(slices.Clone(s2), 1, 3), slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
	for i, v := range slices.All([]string{"x", "y"}) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	fmt.Println(slices.IndexFunc(ints, func(x int) bool { return x < 5 }), slices.Repeat([]int{1, 2}, 3))
	ch := slices.Chunk([]int{1, 2, 3, 4, 5}, 2)
	for c := range ch {
		fmt.Print(c)
	}
	fmt.Println()
	m2 := maps.Clone(m)
	delete(m2, "z")
	fmt.Println(len(m), len(m2), maps.Equal(m, m2), m2)
	up := strings.ToUpper
	fmt.Println(slices.SortedFunc(maps.Keys(m), func(a, b string) int { return strings.Compare(up(b), up(a)) }))
	fmt.Println(cmp.Less(1, 2), min(3, 1, 2), max(2.5, 1), cmp.Or("", "def"))
}
