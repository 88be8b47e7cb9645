// Finalizers (runtime.SetFinalizer): run once after the object is unreachable, on their
// own goroutine; objects reached from a finalizable object wait a cycle; a cycle through
// a finalizable object is never finalized; resurrection; removal; interface parameters.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type Node struct {
	name string
	next *Node
}

func (n *Node) Name() string { return n.name }

type Namer interface{ Name() string }

var events = make(chan string, 100)
var kept *Node

// collect runs collections until want events arrived (or a time limit passed) and
// prints them in arrival order.
func collect(label string, want int) {
	var got []string
	deadline := time.Now().Add(5 * time.Second)
	for len(got) < want && time.Now().Before(deadline) {
		runtime.GC()
		select {
		case e := <-events:
			got = append(got, e)
		case <-time.After(5 * time.Millisecond):
		}
	}
	sort.Strings(got) // one collection may queue several, in no documented order
	fmt.Println(label, got)
}

// quiet checks that no finalizer runs over several collections.
func quiet(label string) {
	for i := 0; i < 5; i++ {
		runtime.GC()
		select {
		case e := <-events:
			fmt.Println(label, "unexpected", e)
			return
		case <-time.After(5 * time.Millisecond):
		}
	}
	fmt.Println(label, "none")
}

//go:noinline
func simple() {
	a := &Node{name: "a"}
	runtime.SetFinalizer(a, func(n *Node) { events <- "finalized " + n.name })
}

//go:noinline
func chain() {
	b := &Node{name: "b"}
	a := &Node{name: "a", next: b}
	runtime.SetFinalizer(b, func(n *Node) { events <- "b" })
	runtime.SetFinalizer(a, func(n *Node) { events <- "a then " + n.next.name })
}

//go:noinline
func selfCycle() {
	a := &Node{name: "self"}
	a.next = a
	runtime.SetFinalizer(a, func(n *Node) { events <- "self-referring object finalized" })
}

//go:noinline
func cycle() {
	a := &Node{name: "a"}
	b := &Node{name: "b", next: a}
	a.next = b
	runtime.SetFinalizer(a, func(n *Node) { events <- "cycle finalized" })
}

//go:noinline
func removed() {
	a := &Node{name: "removed"}
	runtime.SetFinalizer(a, func(n *Node) { events <- "removed ran" })
	runtime.SetFinalizer(a, nil)
}

//go:noinline
func resurrect() {
	a := &Node{name: "phoenix"}
	runtime.SetFinalizer(a, func(n *Node) {
		kept = n
		events <- "resurrected " + n.name
	})
}

//go:noinline
func again() {
	a := &Node{name: "twice"}
	runtime.SetFinalizer(a, func(n *Node) {
		events <- "first " + n.name
		runtime.SetFinalizer(n, func(n *Node) { events <- "second " + n.name })
	})
}

//go:noinline
func ifaces() {
	a := &Node{name: "any"}
	runtime.SetFinalizer(a, func(x any) { events <- fmt.Sprintf("any %T %s", x, x.(*Node).name) })
	b := &Node{name: "namer"}
	runtime.SetFinalizer(b, func(x Namer) { events <- "namer " + x.Name() })
}

//go:noinline
func withResult() {
	a := &Node{name: "result"}
	runtime.SetFinalizer(a, func(n *Node) (int, string) {
		events <- "with results " + n.name
		return 1, "x"
	})
}

func main() {
	simple()
	collect("simple:", 1)
	chain()
	collect("chain:", 2)
	selfCycle()
	collect("self cycle:", 1)
	cycle()
	quiet("cycle:")
	removed()
	quiet("removed:")
	resurrect()
	collect("resurrect:", 1)
	fmt.Println("kept:", kept.name)
	kept = nil
	quiet("resurrected object again:")
	again()
	collect("again:", 2)
	ifaces()
	collect("ifaces:", 2)
	withResult()
	collect("results:", 1)

	// KeepAlive: the object stays reachable up to the call.
	var keep = &Node{name: "alive"}
	finalized := false
	runtime.SetFinalizer(keep, func(n *Node) { finalized = true })
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("finalized before KeepAlive:", finalized)
	runtime.KeepAlive(keep)
}
