package main

import (
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"sort"
)

type item struct {
	name string
	prio int
	idx  int
}

type pq []*item

func (q pq) Len() int            { return len(q) }
func (q pq) Less(i, j int) bool  { return q[i].prio > q[j].prio }
func (q pq) Swap(i, j int)       { q[i], q[j] = q[j], q[i]; q[i].idx = i; q[j].idx = j }
func (q *pq) Push(x any)         { it := x.(*item); it.idx = len(*q); *q = append(*q, it) }
func (q *pq) Pop() any           { old := *q; n := len(old); it := old[n-1]; *q = old[:n-1]; it.idx = -1; return it }

type ints []int

func (h ints) Len() int           { return len(h) }
func (h ints) Less(i, j int) bool { return h[i] < h[j] }
func (h ints) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ints) Push(x any)        { *h = append(*h, x.(int)) }
func (h *ints) Pop() any          { old := *h; x := old[len(old)-1]; *h = old[:len(old)-1]; return x }

// ties records the order in which equal keys come out (depends on the exact sift order).
type tie struct{ k, id int }
type ties []tie

func (h ties) Len() int           { return len(h) }
func (h ties) Less(i, j int) bool { return h[i].k < h[j].k }
func (h ties) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *ties) Push(x any)        { *h = append(*h, x.(tie)) }
func (h *ties) Pop() any          { old := *h; x := old[len(old)-1]; *h = old[:len(old)-1]; return x }

func printList(l *list.List) {
	fmt.Print(l.Len(), ":")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" |")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(" ", e.Value)
	}
	fmt.Println()
}

func main() {
	h := &ints{5, 2, 8, 1, 9, 3, 7}
	heap.Init(h)
	fmt.Println("init", *h)
	heap.Push(h, 0)
	heap.Push(h, 6)
	fmt.Println("pushed", *h)
	(*h)[2] = 100
	heap.Fix(h, 2)
	fmt.Println("fixed", *h)
	fmt.Println("removed", heap.Remove(h, 3), *h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	t := &ties{}
	for i := 0; i < 20; i++ {
		heap.Push(t, tie{(i * 7) % 4, i})
	}
	heap.Remove(t, 5)
	for t.Len() > 0 {
		fmt.Print(heap.Pop(t), " ")
	}
	fmt.Println()

	q := pq{}
	for i, n := range []string{"low", "high", "mid", "urgent", "meh"} {
		heap.Push(&q, &item{name: n, prio: []int{1, 5, 3, 9, 2}[i]})
	}
	it := q[len(q)-1]
	it.prio = 10
	heap.Fix(&q, it.idx)
	for q.Len() > 0 {
		x := heap.Pop(&q).(*item)
		fmt.Print(x.name, ":", x.prio, " ")
	}
	fmt.Println()

	var l list.List // zero value usable
	printList(&l)
	fmt.Println(l.Front() == nil, l.Back() == nil)
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	printList(&l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	printList(&l)
	l.MoveBefore(e1, e4)
	l.MoveAfter(e4, l.Back())
	printList(&l)
	l.MoveAfter(e4, e4)
	printList(&l)
	other := list.New()
	other.PushBack("x")
	fmt.Println(l.InsertBefore(9, other.Front()) == nil, l.Remove(other.Front()), other.Len())
	l.MoveToFront(other.Front())
	printList(&l)
	l.PushBackList(&l)
	printList(&l)
	l.PushFrontList(other)
	printList(&l)
	fmt.Println(l.Remove(e1), l.Remove(e1))
	printList(&l)
	fmt.Println(e1.Next() == nil, e1.Prev() == nil)
	l.Init()
	printList(&l)

	r := ring.New(5)
	fmt.Println(r.Len(), ring.New(0) == nil, (*ring.Ring)(nil).Len())
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	fmt.Println(r.Move(2).Value, r.Move(-1).Value, r.Move(7).Value, r.Prev().Value)
	cut := r.Unlink(2)
	fmt.Print("cut ", cut.Len(), ": ")
	cut.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Print(" rest ", r.Len(), ": ")
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println()
	s := ring.New(2)
	s.Value, s.Next().Value = "a", "b"
	old := r.Link(s)
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println("old", old.Value)
	fmt.Println(r.Unlink(0) == nil, r.Unlink(-3) == nil)
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Move(3) == &z)
	sum := 0
	big := ring.New(100)
	for i := 0; i < 100; i++ {
		big.Value = i
		big = big.Next()
	}
	big.Do(func(v any) { sum += v.(int) })
	fmt.Println(sum, big.Unlink(150).Len(), big.Len())

	// heap sorts like sort.Ints
	data := []int{}
	for i := 0; i < 200; i++ {
		data = append(data, (i*7919)%211)
	}
	hh := ints(append([]int(nil), data...))
	heap.Init(&hh)
	var out []int
	for hh.Len() > 0 {
		out = append(out, heap.Pop(&hh).(int))
	}
	sort.Ints(data)
	fmt.Println(fmt.Sprint(out) == fmt.Sprint(data))
}
