package main

import (
	"fmt"
	"sort"
	"strings"
)

type Dir struct {
	Name  string
	Files []string
	Subs  map[string]*Dir
}

func (d *Dir) Add(path string) {
	parts := strings.Split(path, "/")
	cur := d
	for _, p := range parts[:len(parts)-1] {
		if cur.Subs == nil {
			cur.Subs = map[string]*Dir{}
		}
		next, ok := cur.Subs[p]
		if !ok {
			next = &Dir{Name: p}
			cur.Subs[p] = next
		}
		cur = next
	}
	cur.Files = append(cur.Files, parts[len(parts)-1])
}

func (d *Dir) Print(indent string) int {
	n := len(d.Files)
	fmt.Println(indent + d.Name + "/")
	names := make([]string, 0, len(d.Subs))
	for k := range d.Subs {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		n += d.Subs[k].Print(indent + "  ")
	}
	sort.Strings(d.Files)
	for _, f := range d.Files {
		fmt.Println(indent + "  " + f)
	}
	return n
}

type List []List

func depth(l List) int {
	m := 0
	for _, x := range l {
		if d := depth(x); d > m {
			m = d
		}
	}
	return m + 1
}

type F func(int) F

func countdown(n int) F {
	fmt.Print(n, " ")
	if n == 0 {
		return nil
	}
	return countdown
}

func main() {
	root := &Dir{Name: ""}
	for _, p := range []string{"src/main.go", "src/util/str.go", "README", "src/util/num.go", "docs/a/b/c.md"} {
		root.Add(p)
	}
	fmt.Println("files:", root.Print(""))
	l := List{List{}, List{List{List{}}}, nil}
	fmt.Println(depth(l))
	f := countdown(3)
	for n := 2; f != nil; n-- {
		f = f(n)
	}
	fmt.Println()
}
