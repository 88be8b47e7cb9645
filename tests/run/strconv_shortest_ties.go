// Shortest float formatting where two digit strings are equally near the value (its
// exact decimal ends in a 5 just past them): Go takes the even one. Float32 values
// widened to float64 hit this often (961.62799072265625 prints as 961.6279907226562).
// Checked over many seeded values, for bit sizes 64 and 32 and the 'g', 'e', 'f'
// formats, through strconv and fmt; the outputs are summed up in an FNV hash.
package main

import (
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"strconv"
)

func main() {
	fmt.Println(961.62799072265625, 1.29108428955078125, float64(float32(0.1)), float64(float32(1.1)))
	fmt.Println(strconv.FormatFloat(961.62799072265625, 'e', -1, 64), strconv.FormatFloat(909.10699462890625, 'f', -1, 64))
	r := rand.New(rand.NewPCG(7, 11))
	h := fnv.New64a()
	n := 0
	for i := 0; i < 100000; i++ {
		f32 := math.Float32frombits(r.Uint32())
		f := float64(f32)
		if math.IsNaN(f) || math.IsInf(f, 0) {
			continue
		}
		g := strconv.FormatFloat(f, 'g', -1, 64)
		for _, s := range []string{g, strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'f', -1, 64),
			strconv.FormatFloat(float64(f32), 'g', -1, 32), fmt.Sprint(f), fmt.Sprint(f32)} {
			h.Write([]byte(s))
			h.Write([]byte{0})
		}
		n++
		d := math.Float64frombits(r.Uint64())
		if !math.IsNaN(d) {
			h.Write([]byte(strconv.FormatFloat(d, 'g', -1, 64)))
		}
	}
	fmt.Printf("%d values, hash %x\n", n, h.Sum64())
}
