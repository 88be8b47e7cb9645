package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["three"]
	fmt.Println(v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok)
	m["four"] = 4
	delete(m, "one")
	delete(m, "nonexistent")
	fmt.Println(m)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	// nil map reads
	var nm map[string]int
	fmt.Println(nm == nil, len(nm), nm["x"])
	_, ok = nm["x"]
	fmt.Println(ok)
	for range nm {
		fmt.Println("never")
	}
	delete(nm, "x")
	// maps are references
	m2 := m
	m2["five"] = 5
	fmt.Println(len(m), m["five"])
	// map of slices
	groups := map[int][]string{}
	for _, w := range []string{"a", "bb", "cc", "ddd", "e"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)
	// map of maps
	mm := map[string]map[string]int{}
	if mm["x"] == nil {
		mm["x"] = map[string]int{}
	}
	mm["x"]["y"]++
	mm["x"]["y"]++
	fmt.Println(mm)
	// map of structs needs reassignment
	type P struct{ N int }
	ps := map[string]P{"a": {1}}
	p := ps["a"]
	p.N++
	ps["a"] = p
	fmt.Println(ps)
	pp := map[string]*P{"a": {1}}
	pp["a"].N += 10
	fmt.Println(pp["a"].N)
	// clear
	clear(m)
	fmt.Println(len(m), m)
	// make with hint
	big := make(map[int]int, 100)
	for i := 0; i < 1000; i++ {
		big[i%37] += i
	}
	fmt.Println(len(big), big[0], big[36])
}
