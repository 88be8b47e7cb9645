package main

import (
	"fmt"
	"sort"
)

type Graph map[string][]string

func (g Graph) BFS(start string) []string {
	visited := map[string]bool{start: true}
	queue := []string{start}
	var order []string
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		nbrs := append([]string(nil), g[n]...)
		sort.Strings(nbrs)
		for _, m := range nbrs {
			if !visited[m] {
				visited[m] = true
				queue = append(queue, m)
			}
		}
	}
	return order
}

func (g Graph) DFS(n string, visited map[string]bool, out *[]string) {
	visited[n] = true
	*out = append(*out, n)
	nbrs := append([]string(nil), g[n]...)
	sort.Strings(nbrs)
	for _, m := range nbrs {
		if !visited[m] {
			g.DFS(m, visited, out)
		}
	}
}

type Edge struct {
	to string
	w  int
}

func dijkstra(adj map[string][]Edge, src string) map[string]int {
	dist := map[string]int{src: 0}
	done := map[string]bool{}
	for {
		best, bestD := "", -1
		for n, d := range dist {
			if !done[n] && (bestD < 0 || d < bestD || (d == bestD && n < best)) {
				best, bestD = n, d
			}
		}
		if bestD < 0 {
			return dist
		}
		done[best] = true
		for _, e := range adj[best] {
			nd := bestD + e.w
			if old, ok := dist[e.to]; !ok || nd < old {
				dist[e.to] = nd
			}
		}
	}
}

func main() {
	g := Graph{
		"a": {"c", "b"},
		"b": {"d"},
		"c": {"d", "e"},
		"d": {"f"},
		"e": {"f"},
		"f": {},
	}
	fmt.Println(g.BFS("a"))
	var out []string
	g.DFS("a", map[string]bool{}, &out)
	fmt.Println(out)
	adj := map[string][]Edge{
		"s": {{"a", 7}, {"b", 2}},
		"b": {{"a", 3}, {"c", 8}},
		"a": {{"c", 1}},
		"c": {{"t", 2}},
	}
	d := dijkstra(adj, "s")
	fmt.Println(d)
}
