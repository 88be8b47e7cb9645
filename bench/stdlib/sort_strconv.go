// sort_strconv: sort.Ints, sort.Strings, sort.Slice and sort.Stable on 200k elements,
// then strconv.FormatFloat/ParseFloat/Quote round trips.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

func main() {
	n := 200000
	xs := make([]int, n)
	ss := make([]string, n)
	seed := uint64(42)
	for i := range xs {
		seed = seed*6364136223846793005 + 1442695040888963407
		xs[i] = int(seed >> 40)
		ss[i] = strconv.Itoa(int(seed>>44)) + "k"
	}
	ys := append([]int(nil), xs...)
	sort.Ints(xs)
	sort.Strings(ss)
	sort.Slice(ys, func(i, j int) bool { return ys[i]%1000 < ys[j]%1000 })
	type kv struct{ k, v int }
	kvs := make([]kv, n)
	for i := range kvs {
		kvs[i] = kv{xs[(i*7919)%n] % 100, i}
	}
	sort.SliceStable(kvs, func(i, j int) bool { return kvs[i].k < kvs[j].k })
	fmt.Println(xs[0], xs[n/2], xs[n-1], ss[0], ss[n-1], ys[0]%1000, kvs[0], kvs[n-1], sort.IntsAreSorted(xs))
	total := 0.0
	qlen := 0
	for i := 0; i < 100000; i++ {
		f := float64(xs[i]) / 7.0
		s := strconv.FormatFloat(f, 'g', -1, 64)
		g, _ := strconv.ParseFloat(s, 64)
		total += g - f
		qlen += len(strconv.Quote(s + "\t\u00e9"))
	}
	fmt.Println(total, qlen)
}
