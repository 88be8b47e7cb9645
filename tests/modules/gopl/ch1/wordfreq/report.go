package main

import "fmt"

var width = 8

func format(e entry) string {
	return fmt.Sprintf("%-*s %3d %s", width, e.word, e.count, bar(e.count))
}

func bar(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = '#'
	}
	return string(b)
}

func summary(counts map[string]int) string {
	total := 0
	for _, c := range counts {
		total += c
	}
	return fmt.Sprintf("%d words, %d distinct", total, len(counts))
}
