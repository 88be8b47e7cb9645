package main

import (
	"fmt"
	"sort"
)

type Stats struct {
	Count int
	Sum   float64
	Names []string
}

func main() {
	data := []struct {
		group string
		val   float64
		name  string
	}{{"a", 1, "x"}, {"b", 2, "y"}, {"a", 3, "z"}, {"c", 4, "w"}, {"b", 5, "v"}}
	m := map[string]Stats{}
	for _, d := range data {
		s := m[d.group]
		s.Count++
		s.Sum += d.val
		s.Names = append(s.Names, d.name)
		m[d.group] = s
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %+v avg=%.2f\n", k, m[k], m[k].Sum/float64(m[k].Count))
	}
	pm := map[string]*Stats{}
	for _, d := range data {
		if pm[d.group] == nil {
			pm[d.group] = &Stats{}
		}
		pm[d.group].Count++
	}
	fmt.Println(pm["a"].Count, pm["b"].Count, pm["c"].Count)
	// map with array values
	am := map[string][3]int{}
	v := am["k"]
	v[1] = 5
	am["k"] = v
	fmt.Println(am)
	// map of slices shares backing arrays
	sm := map[string][]int{"a": make([]int, 2, 10)}
	s := sm["a"]
	s[0] = 9
	fmt.Println(sm["a"])
	// map values in interface
	var im interface{} = m
	if mm, ok := im.(map[string]Stats); ok {
		fmt.Println(len(mm))
	}
}
