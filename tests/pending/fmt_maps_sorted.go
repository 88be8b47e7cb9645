package main

import (
	"fmt"
	"math"
)

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b", -1: "neg"})
	fmt.Println(map[string]int{"banana": 2, "apple": 1, "Cherry": 3, "": 0})
	fmt.Println(map[float64]int{2.5: 1, math.Inf(-1): 2, math.NaN(): 3, -1: 4, math.Inf(1): 5})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true})
	fmt.Println(map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, true: 6})
	fmt.Println(map[rune]bool{'b': true, 'a': false})
	fmt.Printf("%v\n%+v\n%#v\n", map[string]K{"x": {1, "y"}}, map[string]K{"x": {1, "y"}}, map[string]K{"x": {1, "y"}})
	var nilMap map[string]int
	fmt.Println(nilMap, len(nilMap))
	fmt.Printf("%#v\n", nilMap)
	fmt.Println(map[string][]int{"b": {2}, "a": {1, 1}})
	fmt.Println(map[int8]int{-3: 1, 5: 2, -100: 3})
	fmt.Println(map[uint]int{10: 1, 2: 2})
}
