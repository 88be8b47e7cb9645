package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	// delete index 2 preserving order
	s = append(s[:2], s[3:]...)
	fmt.Println(s)
	// insert at 1
	s = append(s[:1], append([]int{100}, s[1:]...)...)
	fmt.Println(s)
	// filter in place
	out := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			out = append(out, v)
		}
	}
	fmt.Println(out)
	// reverse
	r := []string{"a", "b", "c", "d"}
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(r)
	// pop / push / shift
	stack := []int{1, 2, 3}
	top := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	fmt.Println(top, stack)
	q := []int{1, 2, 3}
	head := q[0]
	q = q[1:]
	fmt.Println(head, q)
	// dedupe sorted
	d := []int{1, 1, 2, 3, 3, 3, 4}
	j := 0
	for i := 1; i < len(d); i++ {
		if d[i] != d[j] {
			j++
			d[j] = d[i]
		}
	}
	fmt.Println(d[:j+1])
	// chunk
	items := []int{1, 2, 3, 4, 5, 6, 7}
	var chunks [][]int
	for size := 3; len(items) > 0; {
		n := min(size, len(items))
		chunks = append(chunks, items[:n:n])
		items = items[n:]
	}
	fmt.Println(chunks)
	// clone vs alias
	orig := []int{1, 2, 3}
	alias := orig
	clone := append([]int(nil), orig...)
	orig[0] = 99
	fmt.Println(alias[0], clone[0])
	// slice of arrays
	pts := [][2]int{{1, 2}, {3, 4}}
	for _, p := range pts {
		p[0] = 0
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i][0] = 0
	}
	fmt.Println(pts)
	// range evaluates slice once
	x := []int{1, 2, 3}
	for i := range x {
		if i == 0 {
			x = append(x, 4)
		}
	}
	fmt.Println(len(x))
}
