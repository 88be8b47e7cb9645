// Signed division by a power-of-two constant rounds toward zero (compiled as a shift).
package main

import "fmt"

func main() {
	xs := []int{0, 1, -1, 2, -2, 3, -3, 7, -7, 8, -8, 9, -9, 1 << 40, -(1 << 40) - 1, 1<<63 - 1, -1 << 63}
	for _, x := range xs {
		fmt.Println(x, x/2, x/4, x/8, x/1024, x/(1<<30), x/1, x%4, x%8)
	}
	var small []int32
	for i := int32(-5); i <= 5; i++ {
		small = append(small, i/2, i/4)
	}
	fmt.Println(small)
}
