// Rosetta: Dijkstra with container/heap, Huffman coding, topological sort, Floyd–Warshall.
package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"sort"
	"strings"
)

type edge struct {
	to   string
	cost int
}

type pqItem struct {
	node  string
	dist  int
	index int
}

type pq []*pqItem

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].dist != q[j].dist {
		return q[i].dist < q[j].dist
	}
	return q[i].node < q[j].node
}
func (q pq) Swap(i, j int)       { q[i], q[j] = q[j], q[i]; q[i].index = i; q[j].index = j }
func (q *pq) Push(x any)         { it := x.(*pqItem); it.index = len(*q); *q = append(*q, it) }
func (q *pq) Pop() any           { old := *q; n := len(old); it := old[n-1]; *q = old[:n-1]; return it }

func dijkstra(g map[string][]edge, src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	q := &pq{{node: src}}
	for q.Len() > 0 {
		u := heap.Pop(q).(*pqItem)
		if u.dist > dist[u.node] {
			continue
		}
		for _, e := range g[u.node] {
			nd := u.dist + e.cost
			if d, ok := dist[e.to]; !ok || nd < d {
				dist[e.to] = nd
				prev[e.to] = u.node
				heap.Push(q, &pqItem{node: e.to, dist: nd})
			}
		}
	}
	return dist, prev
}

type hnode struct {
	freq        int
	sym         rune
	left, right *hnode
	order       int
}

type hheap []*hnode

func (h hheap) Len() int { return len(h) }
func (h hheap) Less(i, j int) bool {
	if h[i].freq != h[j].freq {
		return h[i].freq < h[j].freq
	}
	return h[i].order < h[j].order
}
func (h hheap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *hheap) Push(x any)   { *h = append(*h, x.(*hnode)) }
func (h *hheap) Pop() any     { old := *h; n := len(old); x := old[n-1]; *h = old[:n-1]; return x }

func codes(n *hnode, prefix string, out map[rune]string) {
	if n.left == nil {
		out[n.sym] = prefix
		return
	}
	codes(n.left, prefix+"0", out)
	codes(n.right, prefix+"1", out)
}

func main() {
	g := map[string][]edge{
		"a": {{"b", 7}, {"c", 9}, {"f", 14}},
		"b": {{"c", 10}, {"d", 15}},
		"c": {{"d", 11}, {"f", 2}},
		"d": {{"e", 6}},
		"e": {},
		"f": {{"e", 9}},
	}
	dist, prev := dijkstra(g, "a")
	for _, n := range []string{"a", "b", "c", "d", "e", "f"} {
		path := []string{n}
		for p := n; prev[p] != ""; p = prev[p] {
			path = append([]string{prev[p]}, path...)
		}
		fmt.Printf("%s %2d %s\n", n, dist[n], strings.Join(path, "->"))
	}
	text := "this is an example for huffman encoding"
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	syms := make([]rune, 0, len(freq))
	for r := range freq {
		syms = append(syms, r)
	}
	sort.Slice(syms, func(i, j int) bool { return syms[i] < syms[j] })
	h := &hheap{}
	order := 0
	for _, r := range syms {
		heap.Push(h, &hnode{freq: freq[r], sym: r, order: order})
		order++
	}
	for h.Len() > 1 {
		a := heap.Pop(h).(*hnode)
		b := heap.Pop(h).(*hnode)
		heap.Push(h, &hnode{freq: a.freq + b.freq, left: a, right: b, order: order})
		order++
	}
	out := map[rune]string{}
	codes(heap.Pop(h).(*hnode), "", out)
	total := 0
	for _, r := range syms {
		fmt.Printf("%q:%s ", r, out[r])
		total += len(out[r]) * freq[r]
	}
	fmt.Println("\nbits:", total)
	deps := map[string][]string{
		"des_system_lib": {"std", "synopsys", "std_cell_lib", "dw02", "dw01", "ramlib", "ieee"},
		"dw01":           {"ieee", "dw01", "dware", "gtech"},
		"dw02":           {"ieee", "dw02", "dware"},
		"dw03":           {"std", "synopsys", "dware", "dw03", "dw02", "dw01", "ieee", "gtech"},
		"dw04":           {"dw04", "ieee", "dw01", "dware", "gtech"},
		"dw05":           {"dw05", "ieee", "dware"},
		"dw06":           {"dw06", "ieee", "dware"},
		"dw07":           {"ieee", "dware"},
		"dware":          {"ieee", "dware"},
		"gtech":          {"ieee", "gtech"},
		"ramlib":         {"std", "ieee"},
		"std_cell_lib":   {"ieee", "std_cell_lib"},
		"synopsys":       {},
	}
	seen := map[string]bool{}
	var order2 []string
	var visit func(string)
	visit = func(n string) {
		if seen[n] {
			return
		}
		seen[n] = true
		ds := append([]string(nil), deps[n]...)
		sort.Strings(ds)
		for _, d := range ds {
			if d != n {
				visit(d)
			}
		}
		order2 = append(order2, n)
	}
	keys := make([]string, 0, len(deps))
	for k := range deps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		visit(k)
	}
	fmt.Println(order2)
	l := list.New()
	for i := 1; i <= 5; i++ {
		l.PushBack(i * i)
	}
	l.MoveToFront(l.Back())
	l.InsertAfter(99, l.Front())
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	const inf = 1 << 30
	n := 4
	d := [][]int{{0, inf, -2, inf}, {4, 0, 3, inf}, {inf, inf, 0, 2}, {inf, -1, inf, 0}}
	for k := 0; k < n; k++ {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if d[i][k]+d[k][j] < d[i][j] {
					d[i][j] = d[i][k] + d[k][j]
				}
			}
		}
	}
	fmt.Println(d)
}
