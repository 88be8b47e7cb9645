package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	floats := []float64{0, 1, -1, 0.1, 1.0 / 3, math.Pi, 1e21, 1e-7, 123.456, math.MaxFloat64, math.SmallestNonzeroFloat64, 5e-324, 100}
	for _, f := range floats {
		s := strconv.FormatFloat(f, 'g', -1, 64)
		back, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, back == f, err)
	}
	for _, f := range []float32{0.1, 1.0 / 3, 16777216, 3.4e38} {
		s := strconv.FormatFloat(float64(f), 'g', -1, 32)
		fmt.Println(s)
	}
	for _, f := range []float64{1234.5678, 0.000012345, -99.9} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'f', 0, 64), strconv.FormatFloat(f, 'f', 3, 64))
	}
	for _, n := range []int64{0, 1, -1, math.MaxInt64, math.MinInt64} {
		for _, base := range []int{2, 8, 10, 16, 36} {
			s := strconv.FormatInt(n, base)
			back, err := strconv.ParseInt(s, base, 64)
			if back != n || err != nil {
				fmt.Println("mismatch", n, base)
			}
		}
		fmt.Println(strconv.FormatInt(n, 16))
	}
	fmt.Println(strconv.Quote("\a\b\f\r\v\\'\u2028\U0010FFFF"))
	fmt.Println(strconv.Quote("\xff\xfe"))
}
