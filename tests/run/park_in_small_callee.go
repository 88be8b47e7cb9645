// A goroutine parks inside a callee with a small frame, then its caller goes on to use
// registers far above the callee's (a call with many arguments). The parked goroutine's
// memory is trimmed at its first park; the caller's registers must survive that.
package main

import "fmt"

func recv(c chan int) int { return <-c }

func sum16(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p int) int {
	return a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p
}

func main() {
	const n = 2000
	gate := make(chan int)
	out := make(chan int, n)
	for w := 0; w < n; w++ {
		go func() {
			v := recv(gate)
			out <- sum16(v, v+1, v+2, v+3, v+4, v+5, v+6, v+7, v+8, v+9, v+10, v+11, v+12, v+13, v+14, v+15)
		}()
	}
	for w := 0; w < n; w++ {
		gate <- w
	}
	total := 0
	for w := 0; w < n; w++ {
		total += <-out
	}
	fmt.Println("total:", total)
}
