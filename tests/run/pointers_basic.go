package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func newInt(v int) *int { return &v }

func swap(a, b *int) { *a, *b = *b, *a }

func main() {
	x := 10
	p := &x
	*p = 20
	fmt.Println(x, *p, p == &x)
	inc(p)
	inc(&x)
	fmt.Println(x)
	q := newInt(5)
	r := newInt(5)
	fmt.Println(*q == *r, q == r)
	a, b := 1, 2
	swap(&a, &b)
	fmt.Println(a, b)
	// pointer to struct field
	type S struct{ A, B int }
	s := S{1, 2}
	pb := &s.B
	*pb = 50
	fmt.Println(s)
	// pointer to array element
	arr := [3]int{1, 2, 3}
	pe := &arr[1]
	*pe *= 10
	fmt.Println(arr)
	// pointer to slice element stays valid through slicing
	sl := []int{1, 2, 3}
	ps := &sl[2]
	sl2 := sl[1:]
	sl2[1] = 300
	fmt.Println(*ps)
	// after append reallocation pointer refers to old array
	sl = append(sl, 4, 5, 6, 7)
	sl[2] = 999
	fmt.Println(*ps, sl[2])
	// linked list
	var head *Node
	for i := 5; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	// pointer to pointer
	pp := &p
	**pp = 77
	fmt.Println(x)
	// new
	np := new(int)
	fmt.Println(*np)
	ns := new(S)
	ns.A = 3
	fmt.Println(*ns)
	var nilp *int
	fmt.Println(nilp == nil)
	// auto-deref for arrays
	pa := &arr
	fmt.Println(pa[0], len(pa))
	for i := range pa {
		pa[i]++
	}
	fmt.Println(arr)
	// closures capturing pointer
	cnt := new(int)
	add := func() { *cnt += 2 }
	add()
	add()
	fmt.Println(*cnt)
}
