package main

// Untyped float constants with huge decimal exponents (Go tests fixedbugs/issue11326b.go,
// fixedbugs/issue7419.go): beyond 2^±4096 they are 512-bit binary floats.

import "fmt"

const (
	n    = 1e646456992
	d    = 1e646456991
	tiny = 1e-779137
	big  = 1e5000
	neg  = -0x1p-20000
)

func main() {
	x := n / d
	fmt.Println(x, x == 10)
	var y float64 = tiny
	fmt.Println(y, tiny*1e779137, tiny < 1e-779136, tiny > 0, -tiny < 0)
	fmt.Println(big/1e4999, 1e646456 / 1e646455, 1e64645699/1e64645698 == 10)
	fmt.Println(n > big, -n < -big, n-n, n+1-n, big*big/big/big)
	var z float32 = neg
	fmt.Println(z, neg*0x1p20000, 0x1.8p-50000*0x1p50000)
	fmt.Println(1e-100000*1e100000, 123456789e-5000*1e5000)
}
