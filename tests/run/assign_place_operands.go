// Place operands of an assignment are evaluated before any store, even when the same
// statement assigns the variables they read.
package main

import "fmt"

type P struct{ x, y int }

// A panic in the middle of evaluating the values leaves every target unassigned.
func halfDone() (r int, s string) {
	defer func() { recover() }()
	var a []int
	r, s = 5, fmt.Sprint(a[3])
	return
}

func main() {
	a := []int{0, 0, 0}
	i := 0
	i, a[i] = 1, 5
	fmt.Println(i, a)
	b := []int{9, 9}
	a, a[0] = b, 7
	fmt.Println(a, b)
	p := &P{1, 2}
	q := &P{3, 4}
	p, p.x = q, 10
	fmt.Println(*p, *q)
	p.y -= p.x
	fmt.Println(*p)
	s := []P{{1, 1}, {2, 2}}
	j := 1
	e := &s[j]
	j = 0
	e.x += 5
	fmt.Println(s, j)
	perm := []int{1, 2, 3, 4}
	for k, m := 0, 3; k < m; k, m = k+1, m-1 {
		perm[k], perm[m] = perm[m], perm[k]
	}
	fmt.Println(perm)
	x, y, z := 1, 2, 3
	x, y = y, x
	fmt.Println(x, y)
	x, y, z = y, z, x
	fmt.Println(x, y, z)
	x, y = x+y, x-y
	fmt.Println(x, y)
	str, t := "a", "b"
	str, t = t+str, str
	fmt.Println(str, t)
	fmt.Println(halfDone())
	var n *P
	defer func() { fmt.Println("recovered:", recover()) }()
	n.x -= 1
}
