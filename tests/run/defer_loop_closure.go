package main

import "fmt"

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("close", r.name) }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func process(names []string) (n int) {
	for _, name := range names {
		r := open(name)
		defer r.Close()
		n++
	}
	fmt.Println("processing done")
	return
}

func perIteration(names []string) {
	for _, name := range names {
		func() {
			r := open(name)
			defer r.Close()
			fmt.Println("use", r.name)
		}()
	}
}

func main() {
	fmt.Println(process([]string{"a", "b", "c"}))
	perIteration([]string{"x", "y"})
	for i := range 3 {
		defer func() { fmt.Println("main defer closure", i) }()
	}
	x := 0
	defer fmt.Println("x at defer time:", x)
	defer func() { fmt.Println("x at exit:", x) }()
	x = 42
}
