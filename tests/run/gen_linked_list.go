package main

import (
	"fmt"
	"iter"
	"strings"
)

type node[T any] struct {
	val        T
	prev, next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	n          int
}

func (l *List[T]) PushBack(v T) {
	nd := &node[T]{val: v, prev: l.tail}
	if l.tail == nil {
		l.head = nd
	} else {
		l.tail.next = nd
	}
	l.tail = nd
	l.n++
}

func (l *List[T]) PushFront(v T) {
	nd := &node[T]{val: v, next: l.head}
	if l.head == nil {
		l.tail = nd
	} else {
		l.head.prev = nd
	}
	l.head = nd
	l.n++
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.val) {
				return
			}
		}
	}
}

func (l *List[T]) Backward() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := l.n - 1
		for n := l.tail; n != nil; n = n.prev {
			if !yield(i, n.val) {
				return
			}
			i--
		}
	}
}

func (l *List[T]) RemoveIf(pred func(T) bool) int {
	removed := 0
	for n := l.head; n != nil; {
		next := n.next
		if pred(n.val) {
			if n.prev != nil {
				n.prev.next = n.next
			} else {
				l.head = n.next
			}
			if n.next != nil {
				n.next.prev = n.prev
			} else {
				l.tail = n.prev
			}
			l.n--
			removed++
		}
		n = next
	}
	return removed
}

func (l *List[T]) String() string {
	var b strings.Builder
	b.WriteString("[")
	first := true
	for v := range l.All() {
		if !first {
			b.WriteString(" <-> ")
		}
		first = false
		fmt.Fprint(&b, v)
	}
	b.WriteString("]")
	return b.String()
}

func main() {
	var l List[int]
	for i := 1; i <= 6; i++ {
		l.PushBack(i * i)
	}
	l.PushFront(0)
	fmt.Println(&l, l.n)
	fmt.Println(l.RemoveIf(func(v int) bool { return v%2 == 0 }))
	fmt.Println(l.String())
	for i, v := range l.Backward() {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for v := range l.All() {
		if v > 10 {
			fmt.Println("first > 10:", v)
			break
		}
	}
	var words List[string]
	for _, w := range strings.Fields("the quick brown fox") {
		words.PushFront(w)
	}
	fmt.Println(words.String())
	var empty List[float64]
	fmt.Println(empty.String(), empty.head == nil)
}
