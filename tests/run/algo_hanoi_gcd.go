package main

var moves int

func hanoi(n int, from, to, via string, print bool) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, print)
	moves++
	if print {
		println("move", n, from, "->", to)
	}
	hanoi(n-1, via, to, from, print)
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	hanoi(3, "A", "C", "B", true)
	moves = 0
	hanoi(20, "A", "C", "B", false)
	println("moves for 20:", moves)
	println(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462))
	best, bestN := 0, 0
	for i := 1; i < 10000; i++ {
		if s := collatz(i); s > best {
			best, bestN = s, i
		}
	}
	println("longest collatz under 10000:", bestN, best)
	// factorial with uint64 overflow
	var f uint64 = 1
	for i := uint64(1); i <= 25; i++ {
		f *= i
	}
	println("25! mod 2^64 =", f)
}
