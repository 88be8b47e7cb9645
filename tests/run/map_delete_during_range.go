package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]bool{}
	for i := 0; i < 100; i++ {
		m[i] = true
	}
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
		}
	}
	fmt.Println(len(m))
	// delete everything while ranging
	seen := 0
	for k := range m {
		delete(m, k)
		seen++
	}
	fmt.Println(len(m), seen)
	// deleting other keys during iteration: deleted keys not yet reached are not produced
	m2 := map[int]int{}
	for i := 0; i < 50; i++ {
		m2[i] = i
	}
	visited := map[int]bool{}
	for k := range m2 {
		visited[k] = true
		for j := 0; j < 50; j++ {
			if j != k && !visited[j] {
				delete(m2, j)
			}
		}
	}
	fmt.Println(len(m2), len(visited))
	// modifying values during range
	m3 := map[string]int{"a": 1, "b": 2, "c": 3}
	for k, v := range m3 {
		m3[k] = v * 10
	}
	keys := []string{}
	for k := range m3 {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", m3[k], " ")
	}
	fmt.Println()
	// clear inside range stops further items
	m4 := map[int]int{1: 1, 2: 2, 3: 3, 4: 4}
	cnt := 0
	for range m4 {
		cnt++
		clear(m4)
	}
	fmt.Println(cnt, len(m4))
}
