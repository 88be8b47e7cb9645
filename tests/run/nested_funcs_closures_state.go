package main

type Account struct {
	balance int
	log     []string
}

func makeOps(a *Account) (deposit func(int), withdraw func(int) bool, report func() int) {
	deposit = func(n int) {
		a.balance += n
		a.log = append(a.log, "d")
	}
	withdraw = func(n int) bool {
		if n > a.balance {
			a.log = append(a.log, "x")
			return false
		}
		a.balance -= n
		a.log = append(a.log, "w")
		return true
	}
	report = func() int { return len(a.log) }
	return
}

func memoize(f func(int) int) (func(int) int, *int) {
	cache := map[int]int{}
	misses := 0
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		misses++
		v := f(n)
		cache[n] = v
		return v
	}, &misses
}

func main() {
	acc := &Account{}
	dep, wd, rep := makeOps(acc)
	dep(100)
	println(wd(30), wd(100), wd(70))
	println(acc.balance, rep())
	for _, l := range acc.log {
		print(l)
	}
	println()
	sq, misses := memoize(func(n int) int { return n * n })
	for _, n := range []int{2, 3, 2, 2, 4, 3} {
		print(sq(n), " ")
	}
	println("misses:", *misses)
	counter := func() func() int {
		c := 0
		return func() int {
			c++
			return c
		}
	}
	c1, c2 := counter(), counter()
	c1()
	c1()
	println(c1(), c2())
	// closures sharing a variable
	x := 0
	incs := []func(){func() { x++ }, func() { x += 10 }, func() { x *= 2 }}
	for _, f := range incs {
		f()
	}
	println(x)
}
