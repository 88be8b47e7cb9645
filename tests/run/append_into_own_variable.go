// `s = append(s, ...)` and `s = s[i:j]` are computed straight into the variable they
// read: every operand (including reads of s itself) is taken before the result is written.
package main

import "fmt"

func main() {
	s := make([]int, 0, 2)
	for i := 0; i < 6; i++ {
		s = append(s, len(s)*10, cap(s))
	}
	fmt.Println(s, len(s))
	s = append(s, s[len(s)-1], s[0])
	fmt.Println(s)
	s = append(s[:2], s[3:]...)
	fmt.Println(s, len(s), cap(s))
	s = s[1:len(s)-1]
	fmt.Println(s, len(s), cap(s))
	s = s[s[0]/10 : len(s)-s[0]/10]
	fmt.Println(s, len(s), cap(s))

	a, b := []int{1, 2, 3}, []int{4, 5}
	for k := 0; k < 4 && len(a) > 0 && len(b) > 0; k++ {
		a, b = append(b[:len(b)-1], a[0]), a[1:]
		fmt.Println(a, b)
	}

	str := "hello, world"
	str = str[1:]
	str = str[:len(str)-1]
	fmt.Println(str)
	bs := []byte("ab")
	bs = append(bs, bs...)
	bs = append(bs, "cd"...)
	bs = append(bs[:1], bs[2:]...)
	fmt.Println(string(bs), len(bs))

	type pair struct{ x, y int }
	ps := []pair{{1, 2}}
	ps = append(ps, pair{ps[0].y, ps[0].x}, ps[0])
	fmt.Println(ps)

	var out []string
	words := []string{"x", "y", "z"}
	for _, w := range words {
		out, words = append(out, w+w), words[:len(words)-1]
	}
	fmt.Println(out, words)

	defer func() {
		fmt.Println("recovered:", recover(), s)
	}()
	s = s[:cap(s)+1]
}
