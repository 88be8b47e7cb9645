package main

import (
	"sort"
	"strings"
)

type entry struct {
	word  string
	count int
}

func countWords(s string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.Fields(s) {
		counts[w]++
	}
	return counts
}

func top(counts map[string]int, n int) []entry {
	var es []entry
	for w, c := range counts {
		es = append(es, entry{w, c})
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].count != es[j].count {
			return es[i].count > es[j].count
		}
		return es[i].word < es[j].word
	})
	if len(es) > n {
		es = es[:n]
	}
	return es
}
