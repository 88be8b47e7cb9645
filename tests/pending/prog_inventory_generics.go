package main

import (
	"fmt"
	"sort"
	"strings"
)

type Product struct {
	SKU   string
	Name  string
	Price float64
	Qty   int
}

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	m := make(map[K][]T)
	for _, x := range xs {
		k := key(x)
		m[k] = append(m[k], x)
	}
	return m
}

func SumBy[T any](xs []T, f func(T) float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += f(x)
	}
	return s
}

func SortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	inv := []Product{
		{"A1", "apple", 0.5, 100},
		{"B2", "banana", 0.25, 150},
		{"A3", "apricot", 1.2, 20},
		{"C1", "cherry", 3.0, 0},
		{"B9", "blueberry", 4.5, 12},
	}
	groups := GroupBy(inv, func(p Product) string { return strings.ToUpper(p.Name[:1]) })
	for _, k := range SortedKeys(groups) {
		ps := groups[k]
		value := SumBy(ps, func(p Product) float64 { return p.Price * float64(p.Qty) })
		names := make([]string, len(ps))
		for i, p := range ps {
			names[i] = p.Name
		}
		fmt.Printf("%s: %-20s value=%8.2f\n", k, strings.Join(names, ","), value)
	}
	out := GroupBy(inv, func(p Product) bool { return p.Qty == 0 })
	fmt.Println("out of stock:", len(out[true]), "in stock:", len(out[false]))
	total := SumBy(inv, func(p Product) float64 { return p.Price * float64(p.Qty) })
	fmt.Printf("total %.2f\n", total)
}
