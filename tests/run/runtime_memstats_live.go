// runtime.ReadMemStats reflects live allocation at any time, before the first
// collection too: the counters start above zero, a 10 MB slice adds about 10 MB to
// Alloc and TotalAlloc, 10,000 small objects add to Mallocs and Alloc, and a
// collection frees them (Frees, NumGC, LastGC, a smaller Alloc).
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	v    [4]int
}

var keep []byte
var list *node

func main() {
	var m0, m1, m2, m3 runtime.MemStats
	runtime.ReadMemStats(&m0)
	fmt.Println("start: Alloc>0", m0.Alloc > 0, "TotalAlloc>0", m0.TotalAlloc > 0, "HeapAlloc>0", m0.HeapAlloc > 0,
		"Mallocs>0", m0.Mallocs > 0, "HeapObjects>0", m0.HeapObjects > 0, "Sys>0", m0.Sys > 0, "HeapSys>0", m0.HeapSys > 0,
		"Alloc==HeapAlloc", m0.Alloc == m0.HeapAlloc, "Frees<=Mallocs", m0.Frees <= m0.Mallocs, "NumGC", m0.NumGC)
	keep = make([]byte, 10<<20)
	runtime.ReadMemStats(&m1)
	fmt.Println("big slice: Alloc grew >= 10MB", m1.Alloc-m0.Alloc >= 10<<20, "< 11MB", m1.Alloc-m0.Alloc < 11<<20,
		"TotalAlloc grew >= 10MB", m1.TotalAlloc-m0.TotalAlloc >= 10<<20, "Mallocs grew", m1.Mallocs > m0.Mallocs,
		"HeapInuse >= 10MB", m1.HeapInuse >= 10<<20, "Sys >= HeapAlloc", m1.Sys >= m1.HeapAlloc)
	for i := 0; i < 10000; i++ {
		list = &node{next: list}
	}
	runtime.ReadMemStats(&m2)
	// (a collection may run in the loop; minigo's other processors report their
	// allocations every 64 KiB, so the figures are approximate)
	fmt.Println("10000 nodes: Mallocs grew >= 9000", m2.Mallocs-m1.Mallocs >= 9000, "HeapObjects = Mallocs-Frees", m2.HeapObjects == m2.Mallocs-m2.Frees,
		"Alloc grew >= 400KB", m2.Alloc-m1.Alloc >= 400000, "TotalAlloc monotone", m2.TotalAlloc >= m1.TotalAlloc)
	keep = nil
	list = nil
	runtime.GC()
	runtime.ReadMemStats(&m3)
	fmt.Println("after GC: NumGC grew", m3.NumGC > m2.NumGC, "Alloc dropped >= 10MB", m2.Alloc-m3.Alloc >= 10<<20,
		"Frees grew >= 10000", m3.Frees-m2.Frees >= 10000, "HeapObjects = Mallocs-Frees", m3.HeapObjects == m3.Mallocs-m3.Frees,
		"TotalAlloc monotone", m3.TotalAlloc >= m2.TotalAlloc, "Alloc < 2MB", m3.Alloc < 2<<20, "NextGC>0", m3.NextGC > 0, "PauseTotalNs>0", m3.PauseTotalNs > 0, "LastGC>0", m3.LastGC > 0)
}
