package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println("hello", 42, fib(20))
	s := []int{1, 2, 3}
	s = append(s, 4)
	t := 0
	for _, v := range s {
		t += v
	}
	println(t, len(s))
}
