package main

import (
	"fmt"
	"iter"
	"slices"
)

func Grid(w, h int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for y := range h {
			for x := range w {
				if !yield(x, y) {
					return
				}
			}
		}
	}
}

func find(target int) (int, int, bool) {
	for x, y := range Grid(4, 4) {
		if x*y == target {
			return x, y, true
		}
	}
	return -1, -1, false
}

func labelled() []string {
	var out []string
rows:
	for _, row := range slices.All([]string{"ab", "cd", "ef"}) {
		for i, c := range slices.All([]byte(row)) {
			if c == 'c' {
				continue rows
			}
			if c == 'f' {
				break rows
			}
			out = append(out, fmt.Sprint(i, string(c)))
		}
	}
	return out
}

func gotoOut() string {
	for x, y := range Grid(3, 3) {
		if x == 2 && y == 1 {
			goto found
		}
	}
	return "not found"
found:
	return "found via goto"
}

func nestedSwitchSelect() int {
	n := 0
	ch := make(chan int, 10)
	for x := range slices.Values([]int{1, 2, 3, 4, 5, 6}) {
		switch {
		case x == 2:
			continue
		case x == 5:
			break // breaks the switch only
		}
		select {
		case ch <- x:
		default:
		}
		if x == 6 {
			break
		}
		n += x
	}
	close(ch)
	for v := range ch {
		n += v * 100
	}
	return n
}

func main() {
	fmt.Println(find(6))
	fmt.Println(find(100))
	fmt.Println(labelled())
	fmt.Println(gotoOut())
	fmt.Println(nestedSwitchSelect())
	sum := 0
	for x, y := range Grid(5, 5) {
		if (x+y)%2 == 0 {
			continue
		}
		sum += x*10 + y
	}
	fmt.Println(sum)
	var funcs []func() int
	for x := range slices.Values([]int{1, 2, 3}) {
		funcs = append(funcs, func() int { return x * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
