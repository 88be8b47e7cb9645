package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

type Graph[N cmp.Ordered] struct {
	edges map[N][]N
}

func NewGraph[N cmp.Ordered]() *Graph[N] { return &Graph[N]{edges: map[N][]N{}} }

func (g *Graph[N]) AddEdge(from, to N) {
	g.edges[from] = append(g.edges[from], to)
	if _, ok := g.edges[to]; !ok {
		g.edges[to] = nil
	}
}

var ErrCycle = errors.New("graph has a cycle")

// TopoSort returns the nodes in dependency order (Kahn's algorithm, smallest first).
func (g *Graph[N]) TopoSort() ([]N, error) {
	indeg := map[N]int{}
	for n, outs := range g.edges {
		indeg[n] += 0
		for _, o := range outs {
			indeg[o]++
		}
	}
	var ready []N
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	var order []N
	for len(ready) > 0 {
		slices.Sort(ready)
		n := ready[0]
		ready = ready[1:]
		order = append(order, n)
		for _, o := range g.edges[n] {
			indeg[o]--
			if indeg[o] == 0 {
				ready = append(ready, o)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, fmt.Errorf("topo sort of %d nodes: %w", len(indeg), ErrCycle)
	}
	return order, nil
}

func (g *Graph[N]) Reachable(from N) []N {
	seen := map[N]bool{from: true}
	stack := []N{from}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, o := range g.edges[n] {
			if !seen[o] {
				seen[o] = true
				stack = append(stack, o)
			}
		}
	}
	var out []N
	for n := range seen {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

func main() {
	g := NewGraph[string]()
	for _, e := range [][2]string{{"shirt", "tie"}, {"tie", "jacket"}, {"pants", "shoes"}, {"pants", "belt"}, {"belt", "jacket"}, {"shirt", "belt"}, {"socks", "shoes"}} {
		g.AddEdge(e[0], e[1])
	}
	order, err := g.TopoSort()
	fmt.Println(order, err)
	fmt.Println(g.Reachable("pants"))
	ig := NewGraph[int]()
	ig.AddEdge(1, 2)
	ig.AddEdge(2, 3)
	ig.AddEdge(3, 1)
	ig.AddEdge(0, 1)
	order2, err := ig.TopoSort()
	fmt.Println(order2, err, errors.Is(err, ErrCycle))
	fmt.Println(ig.Reachable(2))
}
