package main

import "fmt"

func main() {
	matrix := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
search:
	for i, row := range matrix {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	count := 0
outer:
	for i := 0; i < 10; i++ {
		switch {
		case i%2 == 0:
			continue outer
		case i > 7:
			break outer
		}
		for j := 0; j < i; j++ {
			if j == 3 {
				continue outer
			}
			count++
		}
	}
	fmt.Println("count", count)
	// nested labels with same inner loop names
a:
	for x := 0; x < 3; x++ {
	b:
		for y := 0; y < 3; y++ {
			for z := 0; z < 3; z++ {
				if z == 1 {
					continue b
				}
				if y == 2 {
					continue a
				}
				fmt.Print(x, y, z, " ")
			}
		}
	}
	fmt.Println()
	// for with no condition and break
	n := 0
	for {
		n++
		if n*n > 50 {
			break
		}
	}
	fmt.Println(n)
	// while-style loop
	k := 1
	for k < 1000 {
		k *= 3
	}
	fmt.Println(k)
}
