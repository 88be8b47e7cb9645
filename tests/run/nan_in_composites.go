package main

import (
	"fmt"
	"math"
)

type P struct {
	X float64
	N string
}

func main() {
	nan := math.NaN()
	a := P{nan, "a"}
	b := a
	fmt.Println(a == b, a != b)
	arr1 := [2]float64{1, nan}
	arr2 := arr1
	fmt.Println(arr1 == arr2)
	var i1, i2 interface{} = nan, nan
	fmt.Println(i1 == i2)
	m := map[P]int{}
	m[a] = 1
	m[b] = 2
	fmt.Println(len(m), m[a])
	ma := map[[2]float64]bool{arr1: true}
	_, ok := ma[arr1]
	fmt.Println(ok, len(ma))
	negz := math.Copysign(0, -1)
	fmt.Println(P{0, "z"} == P{negz, "z"})
	mz := map[float64]string{0: "zero"}
	fmt.Println(mz[negz])
	mi := map[interface{}]int{nan: 1}
	mi[nan] = 2
	fmt.Println(len(mi))
	delete(mi, nan)
	fmt.Println(len(mi))
	clear(mi)
	fmt.Println(len(mi))
	fmt.Println(min(nan, 1.0), max(2.0, nan), math.Min(nan, 1))
}
