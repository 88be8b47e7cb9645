// math/rand and math/rand/v2 draw NormFloat64, ExpFloat64 and Zipf through one shared implementation (internal/randdist): long seeded runs of each must stay equal to Go's.
package main

import (
	"fmt"
	r1 "math/rand"
	r2 "math/rand/v2"
)

func main() {
	a := r1.New(r1.NewSource(7))
	b := r2.New(r2.NewPCG(1, 2))
	s1, s2 := 0.0, 0.0
	for i := 0; i < 200000; i++ {
		s1 += a.NormFloat64() + a.ExpFloat64()
		s2 += b.NormFloat64() + b.ExpFloat64()
	}
	fmt.Println(s1, s2, a.NormFloat64(), b.ExpFloat64())
	z1 := r1.NewZipf(a, 1.5, 2, 1000)
	z2 := r2.NewZipf(b, 1.1, 1, 1<<40)
	var t1, t2 uint64
	for i := 0; i < 100000; i++ {
		t1 += z1.Uint64()
		t2 += z2.Uint64()
	}
	fmt.Println(t1, t2, r1.NewZipf(a, 1, 1, 5) == nil, r2.NewZipf(b, 2, 0.5, 5) == nil)
	defer func() { fmt.Println(recover()) }()
	var z *r2.Zipf
	z.Uint64()
}
