package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	// labeled break out of nested loops
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			if a*b == 2 {
				fmt.Println("break at", a, b)
				break outer
			}
			fmt.Print(a, b, ";")
		}
	}
	fmt.Println()
	// labeled continue
rows:
	for r := 0; r < 4; r++ {
		for c := 0; c < 4; c++ {
			if c > r {
				continue rows
			}
			fmt.Print(r*10+c, " ")
		}
	}
	fmt.Println()
	// break out of switch inside loop with label
	n := 0
L:
	for {
		switch {
		case n > 3:
			break L
		default:
			n++
		}
	}
	fmt.Println("n =", n)
	// break out of select in loop
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
recv:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break recv
			}
			fmt.Print("got ", v, " ")
		}
	}
	fmt.Println()
	// goto forward skipping
	x := 1
	if x == 1 {
		goto skip
	}
	fmt.Println("not printed")
skip:
	fmt.Println("skipped")
	// goto-based retry
	attempts := 0
retry:
	attempts++
	if attempts < 3 {
		goto retry
	}
	fmt.Println("attempts", attempts)
	// labeled continue over range
	words := []string{"apple", "bob", "cat", "anna"}
found:
	for _, w := range words {
		for j := 0; j < len(w)/2; j++ {
			if w[j] != w[len(w)-1-j] {
				continue found
			}
		}
		fmt.Println("palindrome:", w)
	}
}
