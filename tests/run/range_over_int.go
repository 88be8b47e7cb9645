package main

import "fmt"

func main() {
	for i := range 5 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 3
	for i := range n {
		n = 10 // does not affect iteration count
		fmt.Print(i, " ")
	}
	fmt.Println(n)
	for range 3 {
		fmt.Print("x")
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i := range -5 {
		fmt.Println("never", i)
	}
	var u8 uint8 = 4
	for i := range u8 {
		fmt.Printf("%T:%d ", i, i)
	}
	fmt.Println()
	type Count int
	for c := range Count(2) {
		fmt.Printf("%T %d\n", c, c)
	}
	sum := 0
	for i := range 101 {
		sum += i
	}
	fmt.Println(sum)
	var i int
	for i = range 3 {
	}
	fmt.Println("after loop i =", i)
	for i := range 10 {
		if i == 2 {
			continue
		}
		if i == 5 {
			break
		}
		fmt.Print(i)
	}
	fmt.Println()
	const k = 3
	for i := range k {
		fmt.Printf("%T ", i)
	}
	fmt.Println()
	var i64 int64 = 2
	for j := range i64 {
		fmt.Printf("%T %v\n", j, j)
	}
}
