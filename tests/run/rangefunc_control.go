package main

import "fmt"

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  iterator stopped at", i)
				return
			}
		}
		fmt.Println("  iterator exhausted")
	}
}

func pairs(yield func(string, int) bool) {
	for i, s := range []string{"a", "b", "c"} {
		if !yield(s, i*10) {
			return
		}
	}
}

func three(yield func() bool) {
	_ = yield() && yield() && yield()
}

func find(n, want int) (int, bool) {
	for x := range count(n) {
		if x == want {
			return x * 100, true
		}
	}
	return -1, false
}

func named(n int) (res int, err error) {
	defer func() { res++ }()
	for x := range count(n) {
		res += x
		if x == 3 {
			return
		}
	}
	return res, fmt.Errorf("short")
}

func multi() (int, string) { return 7, "seven" }

func tupleReturn() (int, string) {
	for range count(5) {
		return multi()
	}
	return 0, ""
}

func main() {
	fmt.Println("break/continue:")
	for x := range count(10) {
		if x%2 == 0 {
			continue
		}
		if x > 6 {
			break
		}
		fmt.Println(x)
	}
	fmt.Println("seq2:")
	for k, v := range pairs {
		fmt.Println(k, v)
	}
	for k := range pairs {
		fmt.Println("key only", k)
	}
	n := 0
	for range three {
		n++
	}
	fmt.Println("seq0 iterations:", n)
	fmt.Println("return:")
	fmt.Println(find(5, 3))
	fmt.Println(find(2, 3))
	fmt.Println(named(10))
	fmt.Println(named(2))
	fmt.Println(tupleReturn())
	fmt.Println("labels:")
outer:
	for i := 0; i < 3; i++ {
		for x := range count(5) {
			if x == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("i", i, "x", x)
		}
	}
	fmt.Println("nested:")
L:
	for a := range count(3) {
		for b := range count(3) {
			if b > a {
				continue L
			}
			if a == 2 && b == 1 {
				break L
			}
			fmt.Println(a, b)
		}
	}
	fmt.Println("goto:")
	i := 0
again:
	i++
	for x := range count(4) {
		if x == i {
			goto again
		}
		if i == 3 {
			goto done
		}
	}
done:
	fmt.Println("i =", i)
	fmt.Println("assign form:")
	var k string
	var v int
	for k, v = range pairs {
	}
	fmt.Println(k, v)
	fmt.Println("closures capture per-iteration variables:")
	var fs []func() int
	for x := range count(3) {
		fs = append(fs, func() int { return x * x })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	sum := 0
	for x := range count(5) {
		sum += x
	}
	fmt.Println("sum", sum)
	fmt.Println("switch and select inside:")
	for x := range count(4) {
		switch {
		case x == 1:
			continue
		case x == 3:
			break
		default:
			fmt.Println("default", x)
		}
		ch := make(chan int, 1)
		ch <- x
		select {
		case y := <-ch:
			if y == 2 {
				break
			}
			fmt.Println("got", y)
		}
	}
}
