package main

func gen() func() int {
	i := 0
	return func() int {
		i++
		return i
	}
}

func main() {
	g := gen()
	println(g(), g(), g())
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	println(*ps[0], *ps[1], *ps[2])
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	println(x)
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(20))
	adders := map[string]func(int) int{}
	for _, k := range []int{1, 5, 10} {
		adders[string(rune('a'+k))] = func(v int) int { return v + k }
	}
	println(adders["b"](1), adders["f"](1), adders["k"](1))
	acc := 0
	for i := range 5 {
		func() { acc += i }()
	}
	println(acc)
}
