package main

// A builtin whose only argument is a multi-value call takes its results as arguments
// (Go test fixedbugs/issue15992.go).

import "fmt"

func f(a []byte) ([]byte, []byte) { return a, []byte("abc") }
func g(a []byte) ([]byte, string) { return a, "xyz" }
func h(m map[int]int) (map[int]int, int) { return m, 0 }
func two() (int, int)             { return 3, 7 }
func app() ([]int, int, int)      { return []int{1}, 2, 3 }
func cx() (float64, float64)      { return 1.5, 2 }

var pkgN = copy(f(make([]byte, 2)))

func main() {
	a := []byte{1, 2, 3}
	n := copy(f(a))
	fmt.Println(n, a, pkgN)
	b := []byte{1, 2, 3}
	n = copy(g(b))
	fmt.Println(n, b)
	m := map[int]int{0: 0, 1: 1}
	delete(h(m))
	fmt.Println(len(m), min(two()), max(two()), append(app()), complex(cx()))
	func() {
		defer delete(h(m))
		m[5] = 5
		fmt.Println(len(m))
	}()
	fmt.Println(len(m), len(fmt.Sprint(1)))
	x := []int{1, 2}
	fmt.Println(len(x), cap(append(x, 3)))
	// Last: println writes to stderr, which the test harness appends after stdout.
	println(two())
}
