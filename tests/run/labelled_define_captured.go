package main

import "fmt"

func main() {
	goto L
L:
	y := 7
	f := func() int { return y }
	fmt.Println(f(), y)

	goto M
M:
	var a, b = 1, "two"
	g := func() string { return fmt.Sprint(a, b) }
	a++
	fmt.Println(g(), a, b)

	n := 0
N:
	c, d := n*10, n*100
	h := func() int { return c + d }
	n++
	if n < 3 {
		fmt.Println(h())
		goto N
	}
	fmt.Println(h(), c, d)

	goto O
O:
	var (
		p = 3
		q = []int{1, 2}
	)
	k := func() int { return p + q[1] }
	p = 10
	fmt.Println(k(), p, q)

	i := 0
P:
	for j := 0; j < 3; j++ {
		fs := func() int { return i*10 + j }
		if j == 1 {
			i++
			continue P
		}
		fmt.Println(fs())
	}

Q:
	switch s := "x"; s {
	case "x":
		ff := func() string { return s + s }
		fmt.Println(ff())
		break Q
	}

	ch := make(chan int, 1)
	ch <- 42
R:
	select {
	case v := <-ch:
		fv := func() int { return v }
		fmt.Println(fv())
		break R
	}

	var x any = 3.5
S:
	switch t := x.(type) {
	case float64:
		ft := func() float64 { return t * 2 }
		fmt.Println(ft())
		break S
	}

T:
	for idx, val := range []string{"a", "b"} {
		fr := func() string { return fmt.Sprint(idx, val) }
		fmt.Println(fr())
		if idx == 0 {
			continue T
		}
	}

	goto U
U:
	if z := 5; z > 0 {
		fz := func() int { return z }
		fmt.Println(fz())
		goto V
	}
V:
	w := [3]int{1, 2, 3}
	fw := func() int { return w[2] }
	w[2] = 9
	fmt.Println(fw(), w)
	goto U2
U2:
	e1, e2 := fmt.Println("e")
	fe := func() int { return e1 }
	fmt.Println(fe(), e2)
}
