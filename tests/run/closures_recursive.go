package main

import "fmt"

func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	for i := 0; i < 15; i++ {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	memo := map[int]int{}
	var mfib func(int) int
	mfib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		r := mfib(n-1) + mfib(n-2)
		memo[n] = r
		return r
	}
	fmt.Println(mfib(90))
	var walk func(n, depth int) []string
	walk = func(n, depth int) []string {
		if depth == 0 {
			return []string{fmt.Sprint(n)}
		}
		return append(walk(n*2, depth-1), walk(n*2+1, depth-1)...)
	}
	fmt.Println(walk(1, 3))
	// mutual recursion through closures
	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	// permutations
	var perm func([]int, int, *[][]int)
	perm = func(a []int, k int, out *[][]int) {
		if k == len(a) {
			*out = append(*out, append([]int(nil), a...))
			return
		}
		for i := k; i < len(a); i++ {
			a[k], a[i] = a[i], a[k]
			perm(a, k+1, out)
			a[k], a[i] = a[i], a[k]
		}
	}
	var out [][]int
	perm([]int{1, 2, 3}, 0, &out)
	fmt.Println(out)
	// deep recursion
	var depth func(int) int
	depth = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + depth(n-1)
	}
	fmt.Println(depth(100000))
}
