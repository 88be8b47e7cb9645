// A loop of only a few hundred iterations that each allocate a megabyte (too few
// back-edges to exhaust the preemption budget) still collects: the heap must not grow by
// the total allocated. Also during package initialization.
package main

import (
	"fmt"
	"runtime"
)

var x []byte

func grow(label string, alloc func()) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	sys, gcs := m.Sys, m.NumGC
	for i := 0; i < 500; i++ {
		alloc()
	}
	runtime.ReadMemStats(&m)
	fmt.Println(label, "collected:", m.NumGC > gcs, "grew by less than 250 MB:", m.Sys-sys < 250<<20)
}

func init() {
	s := string(make([]byte, 1<<20))
	grow("init []byte(s):", func() { x = []byte(s) })
}

func main() {
	grow("make:", func() { x = make([]byte, 1<<20) })
	s := string(make([]byte, 1<<20))
	grow("concat:", func() { s2 := s + "x"; x = []byte(s2[:1]) })
	grow("append:", func() { x = append([]byte(nil), s...) })
	grow("new:", func() { x = new([1 << 20]byte)[:] })
}
