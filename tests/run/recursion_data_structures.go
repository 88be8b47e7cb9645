package main

import (
	"fmt"
	"strings"
)

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Val)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Height(), t.Right.Height())
}

func (t *Tree) String() string {
	if t == nil {
		return "()"
	}
	return fmt.Sprintf("(%v %d %v)", t.Left, t.Val, t.Right)
}

type Expr interface{ Eval() float64 }
type Num float64
type Bin struct {
	Op   byte
	L, R Expr
}

func (n Num) Eval() float64 { return float64(n) }
func (b Bin) Eval() float64 {
	l, r := b.L.Eval(), b.R.Eval()
	switch b.Op {
	case '+':
		return l + r
	case '-':
		return l - r
	case '*':
		return l * r
	case '/':
		return l / r
	}
	panic("bad op " + string(b.Op))
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 7, 9, 2, 6} {
		root = root.Insert(v)
	}
	var vals []string
	root.InOrder(func(v int) { vals = append(vals, fmt.Sprint(v)) })
	fmt.Println(strings.Join(vals, ","))
	fmt.Println(root.Height())
	fmt.Println(root)
	e := Bin{'+', Num(1), Bin{'*', Num(2), Bin{'-', Num(10), Num(4)}}}
	fmt.Println(e.Eval())
	fmt.Println(Bin{'/', Num(1), Num(0)}.Eval())
	defer func() { fmt.Println("recovered:", recover()) }()
	Bin{'%', Num(1), Num(2)}.Eval()
}
