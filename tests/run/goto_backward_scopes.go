package main

import "fmt"

func collatzLen(n int) int {
	steps := 0
top:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
		goto top
	}
	n = 3*n + 1
	goto top
}

func find(grid [][]int, target int) (int, int) {
	i := 0
row:
	if i >= len(grid) {
		return -1, -1
	}
	for j, v := range grid[i] {
		if v == target {
			return i, j
		}
	}
	i++
	goto row
}

func main() {
	fmt.Println(collatzLen(27), collatzLen(1), collatzLen(6))
	g := [][]int{{1, 2}, {3, 4}, {5, 6}}
	fmt.Println(find(g, 4))
	fmt.Println(find(g, 7))
	// goto out of nested blocks
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if i*j == 2 {
				fmt.Println("jump at", i, j)
				goto done
			}
		}
	}
done:
	fmt.Println("done")
	// each pass through a block re-declares its variables
	count := 0
	var ptrs []*int
again:
	{
		v := count * 10
		ptrs = append(ptrs, &v)
	}
	count++
	if count < 3 {
		goto again
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
