package main

import "fmt"

func main() {
	grid := make([][]int, 4)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	// Pascal's triangle
	tri := [][]int{}
	for i := 0; i < 7; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	for _, r := range tri {
		fmt.Println(r)
	}
	// shared backing array in 2D
	flat := make([]int, 9)
	m := make([][]int, 3)
	for i := range m {
		m[i] = flat[i*3 : (i+1)*3]
	}
	m[1][1] = 5
	fmt.Println(flat)
	// jagged with strings
	words := [][]string{{"a"}, {"b", "c"}, {}}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	fmt.Println(total, words)
	// transposing
	mat := [][]int{{1, 2, 3}, {4, 5, 6}}
	tr := make([][]int, 3)
	for i := range tr {
		tr[i] = make([]int, 2)
		for j := range tr[i] {
			tr[i][j] = mat[j][i]
		}
	}
	fmt.Println(tr)
	// 3D
	cube := [2][2][2]int{}
	cube[1][0][1] = 7
	fmt.Println(cube)
}
