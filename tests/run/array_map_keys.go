package main

import (
	"fmt"
	"sort"
)

type Point [2]int

func main() {
	m := map[[2]int]string{}
	m[[2]int{1, 2}] = "a"
	m[[2]int{2, 1}] = "b"
	m[[2]int{1, 2}] = "c"
	fmt.Println(len(m), m[[2]int{1, 2}], m[[2]int{2, 1}])
	visited := map[Point]bool{}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if (i+j)%2 == 0 {
				visited[Point{i, j}] = true
			}
		}
	}
	keys := make([]Point, 0)
	for k := range visited {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		if keys[a][0] != keys[b][0] {
			return keys[a][0] < keys[b][0]
		}
		return keys[a][1] < keys[b][1]
	})
	fmt.Println(keys)
	ms := map[[3]string]int{{"a", "b", "c"}: 1}
	ms[[3]string{"a", "b", "c"}]++
	fmt.Println(ms)
	fmt.Println(visited)
}
