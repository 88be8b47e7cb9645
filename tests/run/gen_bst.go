package main

import (
	"cmp"
	"fmt"
	"iter"
)

type Tree[K cmp.Ordered, V any] struct {
	root *tnode[K, V]
	size int
}

type tnode[K cmp.Ordered, V any] struct {
	key         K
	val         V
	left, right *tnode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &tnode[K, V]{key: k, val: v}
	t.size++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (n *tnode[K, V]) walk(yield func(K, V) bool) bool {
	if n == nil {
		return true
	}
	return n.left.walk(yield) && yield(n.key, n.val) && n.right.walk(yield)
}

func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) { t.root.walk(yield) }
}

func (n *tnode[K, V]) height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.left.height(), n.right.height())
}

func main() {
	var t Tree[string, int]
	for i, w := range []string{"m", "c", "x", "a", "e", "z", "m"} {
		t.Put(w, i)
	}
	fmt.Println(t.size, t.root.height())
	for k, v := range t.All() {
		fmt.Print(k, "=", v, " ")
	}
	fmt.Println()
	for k := range t.All() {
		if k > "d" {
			fmt.Println("stop at", k)
			break
		}
	}
	v, ok := t.Get("e")
	fmt.Println(v, ok)
	v, ok = t.Get("q")
	fmt.Println(v, ok)

	ft := &Tree[float64, []string]{}
	ft.Put(2.5, []string{"two and a half"})
	ft.Put(-1, nil)
	ft.Put(1e3, []string{"k"})
	for k, v := range ft.All() {
		fmt.Println(k, v, len(v))
	}
}
