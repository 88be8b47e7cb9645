package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	xs := []string{"d", "a", "c", "b"}
	for i, v := range slices.All(xs) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i, v := range slices.Backward(xs) {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for v := range slices.Values(xs) {
		if v == "c" {
			break
		}
		fmt.Print(v)
	}
	fmt.Println()
	fmt.Println(slices.Sorted(slices.Values(xs)), xs)
	fmt.Println(slices.SortedFunc(slices.Values(xs), func(a, b string) int { return strings.Compare(b, a) }))
	fmt.Println(slices.Collect(slices.Values([]int{})) == nil)
	app := slices.AppendSeq([]string{"start"}, slices.Values(xs))
	fmt.Println(app)
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Print(c, len(c), cap(c), " ")
	}
	fmt.Println()
	for c := range slices.Chunk([]int{}, 2) {
		fmt.Println("never", c)
	}
	m := map[string]int{"z": 26, "a": 1, "m": 13}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	vals := slices.Collect(maps.Values(m))
	slices.Sort(vals)
	fmt.Println(vals)
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for _, k := range slices.Backward(keys) {
		kvs = append(kvs, kv{k, m[k]})
	}
	fmt.Println(kvs)
	st := slices.SortedStableFunc(slices.Values([]kv{{"b", 1}, {"a", 1}, {"c", 0}}), func(x, y kv) int { return x.v - y.v })
	fmt.Println(st)
	defer func() { fmt.Println("recovered:", recover()) }()
	for range slices.Chunk([]int{1}, 0) {
	}
}
