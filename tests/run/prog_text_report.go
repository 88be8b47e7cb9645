package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness.`

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	counts := map[string]int{}
	for _, w := range words {
		counts[w]++
	}
	type wc struct {
		w string
		c int
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].c != list[j].c {
			return list[i].c > list[j].c
		}
		return list[i].w < list[j].w
	})
	fmt.Printf("%d words, %d distinct\n", len(words), len(list))
	fmt.Println(strings.Repeat("-", 24))
	for _, e := range list[:8] {
		bar := strings.Repeat("#", e.c)
		fmt.Printf("%-10s|%3d %s\n", e.w, e.c, bar)
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("%2d: %3d chars, %2d words, starts %q\n", i+1, len(l), len(strings.Fields(l)), l[:6])
	}
	longest := ""
	for _, w := range words {
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println("longest:", longest, strings.Title(longest), strings.ToUpper(longest[:1])+longest[1:])
}
