package main

import (
	"cmp"
	"fmt"
)

type Heap[T any] struct {
	data []T
	less func(a, b T) bool
}

func NewHeap[T any](less func(a, b T) bool) *Heap[T] { return &Heap[T]{less: less} }

func MinHeap[T cmp.Ordered]() *Heap[T] {
	return NewHeap(func(a, b T) bool { return a < b })
}

func (h *Heap[T]) Len() int { return len(h.data) }

func (h *Heap[T]) Push(v T) {
	h.data = append(h.data, v)
	i := len(h.data) - 1
	for i > 0 {
		p := (i - 1) / 2
		if !h.less(h.data[i], h.data[p]) {
			break
		}
		h.data[i], h.data[p] = h.data[p], h.data[i]
		i = p
	}
}

func (h *Heap[T]) Pop() T {
	top := h.data[0]
	last := len(h.data) - 1
	h.data[0] = h.data[last]
	h.data = h.data[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(h.data) && h.less(h.data[l], h.data[m]) {
			m = l
		}
		if r < len(h.data) && h.less(h.data[r], h.data[m]) {
			m = r
		}
		if m == i {
			break
		}
		h.data[i], h.data[m] = h.data[m], h.data[i]
		i = m
	}
	return top
}

type task struct {
	prio int
	name string
}

type edge struct{ to, w int }

func dijkstra(adj [][]edge, src int) []int {
	dist := make([]int, len(adj))
	for i := range dist {
		dist[i] = 1 << 30
	}
	dist[src] = 0
	h := NewHeap(func(a, b [2]int) bool { return a[0] < b[0] })
	h.Push([2]int{0, src})
	for h.Len() > 0 {
		it := h.Pop()
		d, u := it[0], it[1]
		if d > dist[u] {
			continue
		}
		for _, e := range adj[u] {
			if nd := d + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				h.Push([2]int{nd, e.to})
			}
		}
	}
	return dist
}

func main() {
	h := MinHeap[int]()
	for _, v := range []int{5, 3, 9, 1, 7, 1, 8} {
		h.Push(v)
	}
	for h.Len() > 0 {
		fmt.Print(h.Pop(), " ")
	}
	fmt.Println()

	sh := MinHeap[string]()
	for _, s := range []string{"pear", "apple", "fig"} {
		sh.Push(s)
	}
	fmt.Println(sh.Pop(), sh.Pop(), sh.Pop())

	th := NewHeap(func(a, b task) bool {
		if a.prio != b.prio {
			return a.prio > b.prio
		}
		return a.name < b.name
	})
	th.Push(task{1, "low"})
	th.Push(task{5, "high"})
	th.Push(task{5, "alpha"})
	th.Push(task{3, "mid"})
	for th.Len() > 0 {
		fmt.Printf("%v ", th.Pop())
	}
	fmt.Println()

	adj := [][]edge{
		{{1, 4}, {2, 1}},
		{{3, 1}},
		{{1, 2}, {3, 5}},
		{},
	}
	fmt.Println(dijkstra(adj, 0))
}
