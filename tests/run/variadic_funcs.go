package main

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func join(sep string, parts ...string) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += sep
		}
		s += p
	}
	return s
}

func count(args ...interface{}) int { return len(args) }

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 100
	}
}

func isNil(xs ...int) bool { return xs == nil }

func main() {
	println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	println(sum(s...))
	println(join(",", "a", "b", "c"), join("-"), join("+", []string{"x", "y"}...))
	println(count(1, "a", nil, 2.5), count(), count(nil), count([]interface{}{1, 2}...))
	modify(s...)
	println(s[0])
	a, b := 1, 2
	modify(a, b)
	println(a)
	println(isNil(), isNil([]int{}...), isNil(nil...))
	f := func(prefix string, vals ...float64) float64 {
		m := 0.0
		for _, v := range vals {
			if v > m {
				m = v
			}
		}
		return m
	}
	println(f("x", 1.5, 3.5, 2) == 3.5)
}
