package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	ok := true
	for i := 0; i < 1000; i++ {
		n := rand.Intn(10)
		if n < 0 || n >= 10 {
			ok = false
		}
		f := rand.Float64()
		if f < 0 || f >= 1 {
			ok = false
		}
		if v := rand.Int63n(5); v < 0 || v >= 5 {
			ok = false
		}
	}
	fmt.Println("ranges ok:", ok)
	p := rand.Perm(8)
	sort.Ints(p)
	fmt.Println(p)
	s := []string{"a", "b", "c", "d"}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	sort.Strings(s)
	fmt.Println(s)
	r := rand.New(rand.NewSource(42))
	r2 := rand.New(rand.NewSource(42))
	same := true
	for i := 0; i < 100; i++ {
		if r.Int() != r2.Int() {
			same = false
		}
	}
	fmt.Println("same seed same sequence:", same)
	seen := map[int]bool{}
	for i := 0; i < 2000; i++ {
		seen[rand.Intn(6)] = true
	}
	fmt.Println("all faces seen:", len(seen) == 6)
}
