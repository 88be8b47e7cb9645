package main

import "fmt"

func main() {
	for c := 'a'; c <= 'e'; c++ {
		fmt.Print(string(c), c-'a', " ")
	}
	fmt.Println()
	r := 'Z'
	r += 2
	fmt.Println(r, string(r))
	var b byte = 'z'
	b++
	fmt.Println(b, string(rune(b)))
	digits := "40213"
	n := 0
	for _, d := range digits {
		n = n*10 + int(d-'0')
	}
	fmt.Println(n)
	fmt.Println('a' < 'b', 'é' > 'z', '世'-'一')
	s := []rune("hello")
	for i := range s {
		s[i] = s[i] - 'a' + 'A'
	}
	fmt.Println(string(s))
	fmt.Printf("%c %c %c\n", 'a'+1, 0x263A, 'A'^0x20)
	hex := "0123456789abcdef"
	v := 0xBEEF
	out := []byte{}
	for v > 0 {
		out = append([]byte{hex[v%16]}, out...)
		v /= 16
	}
	fmt.Println(string(out))
}
