package main

import (
	"fmt"
	"math"
)

func main() {
	c := complex(3, 4)
	fmt.Println(c, real(c), imag(c))
	d := 1 + 2i
	fmt.Println(c+d, c-d, c*d, c/d)
	fmt.Println(c == d, c == complex(3, 4))
	var c64 complex64 = complex64(c)
	fmt.Println(c64)
	fmt.Printf("%v %.2f %g %T %T\n", c, c, d, c, c64)
	fmt.Printf("%+.1f %8.2f\n", c, d)
	x := 2i
	fmt.Println(x*x, x*x*x)
	mag := math.Sqrt(real(c)*real(c) + imag(c)*imag(c))
	fmt.Println(mag)
	var zc complex128
	fmt.Println(zc, zc == 0)
	inf := complex(math.Inf(1), math.NaN())
	fmt.Println(inf)
	fmt.Println(complex(1, -1), complex(-0.5, 0))
	const k = 1 + 1i
	fmt.Println(k * k)
	arr := []complex128{1, 1i, -1, -1i}
	sum := complex(0, 0)
	for _, v := range arr {
		sum += v * v
	}
	fmt.Println(sum)
	println(c) // stderr last: the harness concatenates stdout then stderr
}
