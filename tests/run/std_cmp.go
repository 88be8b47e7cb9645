package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
)

type Order struct {
	Customer string
	Total    float64
	ID       int
}

func main() {
	fmt.Println(cmp.Compare(1, 2), cmp.Compare("b", "a"), cmp.Compare(2.0, 2.0))
	nan := math.NaN()
	fmt.Println(cmp.Compare(nan, 1), cmp.Compare(1, nan), cmp.Compare(nan, nan), cmp.Compare(math.Inf(-1), nan))
	fmt.Println(cmp.Less(nan, math.Inf(-1)), cmp.Less(1, nan), cmp.Less(-0.0, 0.0), cmp.Compare(-0.0, 0.0))
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or("", "x"), cmp.Or[int](), cmp.Or(0.0))
	fs := []float64{3, nan, -1, math.Inf(1), nan, 0}
	slices.SortFunc(fs, cmp.Compare[float64])
	fmt.Println(fs)
	fs2 := []float64{3, nan, -1}
	slices.Sort(fs2)
	fmt.Println(fs2)
	orders := []Order{
		{"bob", 10, 3}, {"al", 10, 2}, {"bob", 5, 1}, {"al", 20, 4},
	}
	slices.SortFunc(orders, func(a, b Order) int {
		return cmp.Or(
			cmp.Compare(a.Customer, b.Customer),
			-cmp.Compare(a.Total, b.Total),
			cmp.Compare(a.ID, b.ID),
		)
	})
	fmt.Println(orders)
	type Name string
	fmt.Println(cmp.Compare[Name]("x", "y"), min(Name("q"), Name("b")))
	fmt.Println(slices.MaxFunc(orders, func(a, b Order) int { return cmp.Compare(a.Total, b.Total) }))
}
