package main

import "fmt"

var table = buildTable()

func buildTable() []int {
	fmt.Println("building table")
	return []int{1, 2, 3}
}

func init() {
	fmt.Println("init runs, len", len(table))
	idx := len(table) + 1
	_ = table[idx]
}

func main() {
	fmt.Println("main never runs")
}
