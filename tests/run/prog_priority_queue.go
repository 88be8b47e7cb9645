package main

import "fmt"

type Item struct {
	Name     string
	Priority int
	seq      int
}

type PQ struct {
	items []Item
	n     int
}

func (q *PQ) less(i, j int) bool {
	a, b := q.items[i], q.items[j]
	if a.Priority != b.Priority {
		return a.Priority > b.Priority
	}
	return a.seq < b.seq
}

func (q *PQ) Push(name string, p int) {
	q.n++
	q.items = append(q.items, Item{name, p, q.n})
	i := len(q.items) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if !q.less(i, parent) {
			break
		}
		q.items[i], q.items[parent] = q.items[parent], q.items[i]
		i = parent
	}
}

func (q *PQ) Pop() (Item, bool) {
	if len(q.items) == 0 {
		return Item{}, false
	}
	top := q.items[0]
	last := len(q.items) - 1
	q.items[0] = q.items[last]
	q.items = q.items[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(q.items) && q.less(l, m) {
			m = l
		}
		if r < len(q.items) && q.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		q.items[i], q.items[m] = q.items[m], q.items[i]
		i = m
	}
	return top, true
}

func main() {
	var q PQ
	tasks := []struct {
		n string
		p int
	}{{"write", 2}, {"test", 3}, {"deploy", 1}, {"review", 3}, {"plan", 5}, {"rest", 0}, {"fix", 3}}
	for _, t := range tasks {
		q.Push(t.n, t.p)
	}
	for {
		it, ok := q.Pop()
		if !ok {
			break
		}
		fmt.Printf("%-7s p=%d seq=%d\n", it.Name, it.Priority, it.seq)
	}
	// heap sort of many numbers
	var h PQ
	x := 7
	for i := 0; i < 1000; i++ {
		x = (x*31 + 11) % 1009
		h.Push("", x)
	}
	prev, ok := 1<<30, true
	for {
		it, more := h.Pop()
		if !more {
			break
		}
		if it.Priority > prev {
			ok = false
		}
		prev = it.Priority
	}
	fmt.Println("heap order ok:", ok)
}
