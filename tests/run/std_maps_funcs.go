package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Inventory map[string]int

func main() {
	a := map[string]int{"x": 1, "y": 2}
	b := maps.Clone(a)
	b["z"] = 3
	fmt.Println(len(a), len(b), maps.Equal(a, b))
	delete(b, "z")
	fmt.Println(maps.Equal(a, b))
	fmt.Println(maps.EqualFunc(a, map[string]string{"x": "1", "y": "2"}, func(v int, s string) bool { return fmt.Sprint(v) == s }))
	maps.Copy(b, map[string]int{"y": 20, "w": 0})
	fmt.Println(b)
	maps.DeleteFunc(b, func(k string, v int) bool { return v == 0 || k == "x" })
	fmt.Println(b)
	inv := Inventory{"apple": 3}
	inv2 := maps.Clone(inv)
	fmt.Printf("%T %v\n", inv2, inv2)
	var nilmap map[int]int
	fmt.Println(maps.Clone(nilmap) == nil)
	for k, v := range maps.All(map[int]string{7: "seven"}) {
		fmt.Println(k, v)
	}
	counts := map[string]int{}
	maps.Insert(counts, maps.All(map[string]int{"a": 1, "b": 2}))
	fmt.Println(counts)
	words := strings.Fields("one two three two one one")
	idx := maps.Collect(func(yield func(string, int) bool) {
		for i, w := range words {
			if !yield(w, i) {
				return
			}
		}
	})
	fmt.Println(idx)
	keys := slices.Sorted(maps.Keys(idx))
	fmt.Println(keys)
	n := 0
	for range maps.Keys(idx) {
		n++
		break
	}
	fmt.Println(n)
	byLen := map[int][]string{}
	for _, w := range slices.Sorted(maps.Keys(idx)) {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	fmt.Println(byLen)
}
