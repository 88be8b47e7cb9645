// A value received by `for x := range c` (or taken by a map range) is no longer kept
// alive by the loop once the variable lets go of it (conformance fixedbugs/issue15281).
package main

import (
	"fmt"
	"runtime"
)

func inuse() int64 {
	runtime.GC()
	var st runtime.MemStats
	runtime.ReadMemStats(&st)
	return int64(st.Alloc)
}

func fromChan() {
	start := inuse()
	c := make(chan []byte, 1)
	c <- make([]byte, 16<<20)
	close(c)
	for x := range c {
		held := inuse()-start >= 15<<20
		fmt.Println("held:", held, len(x), x[len(x)-1])
		x = nil
		fmt.Println("released:", inuse()-start < 1<<20)
	}
}

func fromMap() {
	start := inuse()
	m := map[int][]byte{1: make([]byte, 16<<20)}
	for k, v := range m {
		delete(m, k)
		held := inuse()-start >= 15<<20
		fmt.Println("held:", held, len(v), v[len(v)-1])
		v = nil
		fmt.Println("released:", inuse()-start < 1<<20)
	}
}

func main() {
	fromChan()
	fromMap()
}
