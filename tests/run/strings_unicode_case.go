package main

import (
	"fmt"
	"strings"
)

func main() {
	words := []string{"hello", "WORLD", "Ünïcödé", "straße", "ΑΒΓ", "İstanbul", ""}
	for _, w := range words {
		fmt.Printf("%q %q %q %d %d\n", w, strings.ToUpper(w), strings.ToLower(w), len(w), len([]rune(w)))
	}
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σ", "σ"))
	s := "a-b_c d"
	fmt.Println(strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r == ' ' {
			return '.'
		}
		return r
	}, s))
	fmt.Println(strings.IndexRune("chicken", 'e'), strings.IndexRune("日本語", '語'))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("日本日本", "日本"))
	fmt.Println(strings.Repeat("=", 20))
	fmt.Println(strings.ToValidUTF8("a\xffb", "?"))
}
