package main

import "fmt"

type Board [9][9]int

func (b *Board) ok(r, c, v int) bool {
	for i := 0; i < 9; i++ {
		if b[r][i] == v || b[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if b[i][j] == v {
				return false
			}
		}
	}
	return true
}

var steps int

func (b *Board) solve() bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if b[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if b.ok(r, c, v) {
					b[r][c] = v
					steps++
					if b.solve() {
						return true
					}
					b[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func main() {
	puzzle := []string{
		"53..7....",
		"6..195...",
		".98....6.",
		"8...6...3",
		"4..8.3..1",
		"7...2...6",
		".6....28.",
		"...419..5",
		"....8..79",
	}
	var b Board
	for r, line := range puzzle {
		for c, ch := range line {
			if ch != '.' {
				b[r][c] = int(ch - '0')
			}
		}
	}
	fmt.Println(b.solve(), steps > 0)
	for _, row := range b {
		fmt.Println(row)
	}
}
