package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }

func main() {
	fruits := []string{"peach", "banana", "kiwi", "fig", "apple", "cherry"}
	lenCmp := func(a, b string) int { return cmp.Compare(len(a), len(b)) }
	slices.SortFunc(fruits, lenCmp)
	fmt.Println(fruits)
	sort.Sort(byLen(fruits))
	fmt.Println(fruits)
	sort.Stable(sort.Reverse(byLen(fruits)))
	fmt.Println(fruits)
	people := []Person{{"Jax", 37}, {"TJ", 25}, {"Alex", 72}, {"Bo", 25}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name < people[j].Name })
	fmt.Printf("%+v\n", people)
	idx, found := slices.BinarySearchFunc(people, "Bo", func(p Person, n string) int { return strings.Compare(p.Name, n) })
	fmt.Println(idx, found)
	ints := []int{7, 2, 4, 9, 1}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 4))
	fmt.Println(slices.Max(ints), slices.Min(ints), slices.Index(ints, 9), slices.Contains(ints, 3))
	fmt.Println(slices.Compact([]int{1, 1, 2, 2, 2, 3, 1}))
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	slices.Sort(words)
	fmt.Println(slices.Compact(words), len(words))
	fmt.Println(slices.Equal(ints, []int{1, 2, 4, 7, 9}))
	fmt.Println(sort.SearchStrings([]string{"a", "c", "e"}, "d"))
	fs := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fs)
	fmt.Println(fs)
}
