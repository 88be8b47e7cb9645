package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ5 é!\t世Ⅻ_" {
		fmt.Printf("%q L%v U%v Lo%v D%v N%v S%v P%v G%v\n", r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsGraphic(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('a')))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'x'), unicode.In('α', unicode.Greek, unicode.Latin))
	fmt.Println(unicode.IsControl('\n'), unicode.IsPrint('\n'), unicode.IsSymbol('+'), unicode.IsMark('\u0301'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, string(unicode.ReplacementChar))
	fmt.Println(unicode.SimpleFold('A'), unicode.SimpleFold('a'), unicode.SimpleFold('K'))
	count := map[string]int{}
	for _, r := range "Hello World 123!!" {
		switch {
		case unicode.IsUpper(r):
			count["upper"]++
		case unicode.IsLower(r):
			count["lower"]++
		case unicode.IsDigit(r):
			count["digit"]++
		case unicode.IsSpace(r):
			count["space"]++
		default:
			count["other"]++
		}
	}
	fmt.Println(count)
}
