// Calls of small pure functions (one returned arithmetic expression of the parameters)
// behave as calls: arguments are evaluated once and in order, constants convert to the
// parameter types, and line numbers after the call stay the caller's.
package main

import (
	"fmt"
	"runtime"
)

func evalA(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func mix(a int8, b uint16, c float32) float64 {
	return float64(a)*2 + float64(b>>3) - float64(c)/3
}

func both(p, q bool) bool { return p && !q || q && !p }

func half(x int) int { return x / 2 }

func shift(x int64, n uint) int64 { return x << n >> 1 }

// Not compiled in place: divides by a parameter.
func quot(a, b int) int { return a / b }

var trace []string

func arg(name string, v int) int {
	trace = append(trace, name)
	return v
}

func line() int {
	_, _, l, _ := runtime.Caller(1)
	return l
}

func main() {
	s := 0.0
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			s += evalA(i, j)
		}
	}
	fmt.Printf("%.12f\n", s)
	fmt.Println(mix(-128, 65535, 1.5), mix(127, 8, -0.25))
	fmt.Println(both(true, false), both(true, true), both(false, false))
	fmt.Println(half(-7), half(7), shift(-3, 62), shift(5, 70))
	fmt.Println(evalA(arg("a", 2), arg("b", 3)), trace)
	x := 10
	y := half(x) + half(x+1)
	fmt.Println(y, line())
	defer func() {
		fmt.Println("recovered:", recover(), line())
	}()
	fmt.Println(quot(7, x-10))
}
