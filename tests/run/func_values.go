package main

type BinOp func(int, int) int

func apply(op BinOp, a, b int) int { return op(a, b) }

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func add(a, b int) int { return a + b }

func main() {
	println(apply(add, 2, 3))
	println(apply(func(a, b int) int { return a * b }, 4, 5))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	println(compose(inc, dbl)(5), compose(dbl, inc)(5))
	ys := mapInts([]int{1, 2, 3}, dbl)
	println(ys[0], ys[1], ys[2])
	ops := map[string]BinOp{
		"+": add,
		"-": func(a, b int) int { return a - b },
	}
	println(ops["+"](10, 3), ops["-"](10, 3))
	var f func()
	println(f == nil)
	f = func() { println("f runs") }
	println(f != nil)
	f()
	fs := [3]func() int{}
	for i := range fs {
		fs[i] = func() int { return i * i }
	}
	println(fs[0](), fs[1](), fs[2]())
	// function returning multiple funcs
	get, set := func() (func() int, func(int)) {
		v := 0
		return func() int { return v }, func(n int) { v = n }
	}()
	set(42)
	println(get())
	// method as func value
	type T struct{ n int }
	h := func(t T) int { return t.n }
	println(h(T{9}))
	// recursion through func var in struct
	type Node struct {
		visit func(int) int
	}
	var n Node
	n.visit = func(d int) int {
		if d == 0 {
			return 0
		}
		return 1 + n.visit(d-1)
	}
	println(n.visit(10))
}
