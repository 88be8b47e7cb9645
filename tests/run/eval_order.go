package main

var trace []string

func t(s string, v int) int {
	trace = append(trace, s)
	return v
}

func flush() {
	for i, s := range trace {
		if i > 0 {
			print(",")
		}
		print(s)
	}
	println()
	trace = trace[:0]
}

func pair() (int, int) { return t("p1", 1), t("p2", 2) }

func main() {
	_ = t("a", 1) + t("b", 2)*t("c", 3)
	flush()
	arr := []int{0, 0, 0}
	arr[t("idx", 1)] = t("val", 5)
	flush()
	m := map[int]int{}
	m[t("k", 1)], m[t("k2", 2)] = t("v", 3), t("v2", 4)
	flush()
	f := func(a, b, c int) int { return a + b + c }
	f(t("x", 1), t("y", 2), t("z", 3))
	flush()
	_ = []int{t("e0", 0), t("e1", 1)}
	flush()
	_ = map[string]int{"a": t("m1", 1), "b": t("m2", 2)}
	flush()
	if t("c1", 0) == 1 && t("c2", 0) == 0 {
	}
	flush()
	if t("o1", 1) == 1 || t("o2", 0) == 0 {
	}
	flush()
	x, y := pair()
	println(x, y)
	flush()
	i := 0
	i, arr[i] = 2, 7
	println(i, arr[0], arr[2])
	a, b := 1, 2
	a, b = b, a
	println(a, b)
	s := []int{1, 2, 3}
	s[0], s[1], s[2] = s[2], s[0], s[1]
	println(s[0], s[1], s[2])
	defer flush()
	defer t("deferred-call", 0)
	defer func(v int) { trace = append(trace, "closure") }(t("defer-arg", 0))
	flush()
}
