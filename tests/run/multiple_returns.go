package main

func divmod(a, b int) (int, int) { return a / b, a % b }

func named(x int) (double, triple int) {
	double = x * 2
	triple = x * 3
	return
}

func swap(a, b string) (string, string) { return b, a }

func pass() (int, int) { return divmod(17, 5) }

func takes(a, b int) int { return a*10 + b }

func minmax(xs []int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return
}

func earlyNamed(n int) (res string) {
	res = "default"
	if n < 0 {
		return "negative"
	}
	if n == 0 {
		return
	}
	res = "positive"
	return res
}

func main() {
	q, r := divmod(17, 5)
	println(q, r)
	d, t := named(7)
	println(d, t)
	a, b := swap("x", "y")
	println(a, b)
	println(takes(pass()))
	lo, hi := minmax([]int{5, -2, 9, 3})
	println(lo, hi)
	println(earlyNamed(-1), earlyNamed(0), earlyNamed(1))
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	println(x, y, z)
	arr := []int{1, 2, 3}
	i := 0
	i, arr[i] = 1, 9 // index evaluated before assignment
	println(i, arr[0], arr[1])
	m := map[string]int{}
	m["a"], m["b"] = 1, 2
	println(m["a"], m["b"])
	_, second := divmod(9, 4)
	println(second)
}
