// Seeded math/rand sequences must equal Go's: every Rand method, Read's carried-over
// bytes, Shuffle, Perm, the ziggurat samplers and Zipf, and the seeded top-level
// functions.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{0, 1, -1, 42, 1 << 40, -1 << 63, 2147483647, 2147483646} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int(), r.Int63n(1000000007), r.Int63n(1<<40),
			r.Int31n(7), r.Int31n(1<<20), r.Intn(100), r.Intn(1<<40), r.Float64(), r.Float32(), r.Perm(9))
		b := make([]byte, 5)
		r.Read(b)
		c := make([]byte, 11)
		r.Read(c)
		fmt.Println(b, c)
		s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		fmt.Println(s)
		for k := 0; k < 5; k++ {
			fmt.Printf("%.17g %.17g ", r.NormFloat64(), r.ExpFloat64())
		}
		fmt.Println()
		z := rand.NewZipf(r, 1.5, 2, 1000)
		for k := 0; k < 8; k++ {
			fmt.Print(z.Uint64(), " ")
		}
		fmt.Println()
		r.Seed(seed + 1)
		fmt.Println(r.Int63(), r.Intn(10))
	}
	fmt.Println(rand.NewZipf(rand.New(rand.NewSource(1)), 1, 1, 10) == nil)
	rand.Seed(7)
	fmt.Println(rand.Int63(), rand.Intn(50), rand.Float64(), rand.Perm(5))
}
