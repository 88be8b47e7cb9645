package main

import (
	"fmt"
	"iter"
	"strings"
)

type Node struct {
	Name     string
	Children []*Node
}

// Preorder yields every node with its depth, recursively nesting range-over-func loops.
func (n *Node) Preorder() iter.Seq2[int, *Node] {
	return func(yield func(int, *Node) bool) {
		n.walk(0, yield)
	}
}

func (n *Node) walk(d int, yield func(int, *Node) bool) bool {
	if !yield(d, n) {
		return false
	}
	for _, c := range n.Children {
		if !c.walk(d+1, yield) {
			return false
		}
	}
	return true
}

// Leaves uses a nested range-over-func inside an iterator.
func (n *Node) Leaves() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, nd := range n.Preorder() {
			if len(nd.Children) == 0 {
				if !yield(nd.Name) {
					return
				}
			}
		}
	}
}

// Recursive iterator built from iterators (not from a helper).
func (n *Node) Postorder() iter.Seq[*Node] {
	return func(yield func(*Node) bool) {
		for _, c := range n.Children {
			for x := range c.Postorder() {
				if !yield(x) {
					return
				}
			}
		}
		yield(n)
	}
}

func parse(s string) *Node {
	root := &Node{Name: "/"}
	for _, p := range strings.Fields(s) {
		cur := root
		for _, part := range strings.Split(p, "/") {
			var next *Node
			for _, c := range cur.Children {
				if c.Name == part {
					next = c
				}
			}
			if next == nil {
				next = &Node{Name: part}
				cur.Children = append(cur.Children, next)
			}
			cur = next
		}
	}
	return root
}

func main() {
	t := parse("usr/bin/go usr/lib/go/src etc/hosts usr/bin/gofmt home")
	for d, n := range t.Preorder() {
		fmt.Printf("%s%s\n", strings.Repeat("  ", d), n.Name)
	}
	var leaves []string
	for l := range t.Leaves() {
		leaves = append(leaves, l)
	}
	fmt.Println(leaves)
	for n := range t.Postorder() {
		fmt.Print(n.Name, " ")
		if n.Name == "etc" {
			break
		}
	}
	fmt.Println()
	found := ""
	for d, n := range t.Preorder() {
		if d == 3 {
			found = n.Name
			break
		}
	}
	fmt.Println("first at depth 3:", found)
}
