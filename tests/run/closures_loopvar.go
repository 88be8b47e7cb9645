package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	// per-iteration variable is copied at the end of each iteration:
	// modifications inside the body carry into the next iteration
	var ps []*int
	for i := 0; i < 6; i++ {
		ps = append(ps, &i)
		i++
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	// closure modifies loop variable
	var hs []func()
	for i := 0; i < 3; i++ {
		hs = append(hs, func() { i += 10; fmt.Print(i, " ") })
	}
	for _, h := range hs {
		h()
		h()
	}
	fmt.Println()
	// range over int
	var ks []func() int
	for k := range 4 {
		ks = append(ks, func() int { return k * k })
	}
	for _, k := range ks {
		fmt.Print(k(), " ")
	}
	fmt.Println()
	// range over map keys, sorted results
	m := map[int]string{1: "x", 2: "y", 3: "z"}
	res := make([]func() string, 4)
	for k, v := range m {
		res[k] = func() string { return fmt.Sprint(k, v) }
	}
	for _, r := range res[1:] {
		fmt.Print(r(), " ")
	}
	fmt.Println()
	// variable declared outside the loop is shared
	var shared []func() int
	j := 0
	for j = 0; j < 3; j++ {
		shared = append(shared, func() int { return j })
	}
	for _, f := range shared {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// condition closure sees the per-iteration var
	count := 0
	for i := 0; func() bool { count++; return i < 3 }(); i++ {
	}
	fmt.Println(count)
}
