// A package-level array of millions of elements initialized by a composite literal (a
// data table) and indexed in place: once "too large for minigo".
package main

import "fmt"

var table = [100 << 20]byte{42, 7: 1, 100<<20 - 1: 9}

var words = [1 << 20]int{3, 1<<20 - 2: -1}

type pair struct{ a, b int }

var pairs = [5000]pair{{1, 2}, 4999: {3, 4}}

func main() {
	fmt.Println(table[0], table[7], table[100<<20-1], len(table))
	i := 100<<20 - 2
	table[i] = 5
	fmt.Println(table[i], table[i+1])
	sum := 0
	for _, w := range words[:10] {
		sum += w
	}
	fmt.Println(sum, words[1<<20-2], words[1<<20-1])
	fmt.Println(pairs[0], pairs[4999], pairs[2500])
	pairs = [5000]pair{7: {5, 6}}
	fmt.Println(pairs[0], pairs[7])
}
