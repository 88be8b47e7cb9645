package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Emp struct {
	Name string
	Dept string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, 2, 9, 1}
	slices.Sort(xs)
	fmt.Println(xs, slices.IsSorted(xs))
	i, found := slices.BinarySearch(xs, 8)
	fmt.Println(i, found)
	i, found = slices.BinarySearch(xs, 3)
	fmt.Println(i, found)

	emps := []Emp{
		{"Alice", "eng", 30}, {"Bob", "ops", 25}, {"Carol", "eng", 25},
		{"Dan", "ops", 30}, {"Eve", "eng", 35}, {"Fay", "hr", 25},
	}
	slices.SortStableFunc(emps, func(a, b Emp) int { return cmp.Compare(a.Age, b.Age) })
	for _, e := range emps {
		fmt.Print(e.Name, " ")
	}
	fmt.Println()
	slices.SortFunc(emps, func(a, b Emp) int {
		return cmp.Or(
			strings.Compare(a.Dept, b.Dept),
			cmp.Compare(b.Age, a.Age),
			strings.Compare(a.Name, b.Name),
		)
	})
	for _, e := range emps {
		fmt.Print(e.Dept, "/", e.Name, " ")
	}
	fmt.Println()
	j, ok := slices.BinarySearchFunc(emps, "ops", func(e Emp, d string) int { return strings.Compare(e.Dept, d) })
	fmt.Println(j, ok, emps[j].Name)
	fmt.Println(slices.IsSortedFunc(emps, func(a, b Emp) int { return strings.Compare(a.Dept, b.Dept) }))

	strs := []string{"banana", "Apple", "cherry", "apple"}
	slices.SortFunc(strs, func(a, b string) int { return cmp.Compare(strings.ToLower(a), strings.ToLower(b)) })
	fmt.Println(strs)
	fs := []float64{3, -1, 2.5, 0}
	slices.Sort(fs)
	fmt.Println(fs, slices.Min(fs), slices.Max(fs))
	fmt.Println(slices.MinFunc(emps, func(a, b Emp) int { return cmp.Compare(a.Name, b.Name) }).Name,
		slices.MaxFunc(emps, func(a, b Emp) int { return cmp.Compare(a.Age, b.Age) }).Name)
	big := make([]int, 1000)
	for k := range big {
		big[k] = (k * 7919) % 1000
	}
	slices.Sort(big)
	fmt.Println(big[0], big[500], big[999], slices.IsSorted(big))
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.Max([]int{})
}
