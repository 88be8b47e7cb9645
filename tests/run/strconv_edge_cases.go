package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(math.MinInt64), strconv.Itoa(math.MaxInt64))
	fmt.Println(strconv.FormatUint(math.MaxUint64, 2))
	fmt.Println(strconv.FormatInt(-8, 8), strconv.FormatInt(35, 36), strconv.FormatInt(-1, 2))
	for _, s := range []string{"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809"} {
		n, err := strconv.ParseInt(s, 10, 64)
		fmt.Println(n, err)
	}
	for _, bits := range []int{8, 16, 32} {
		n, err := strconv.ParseInt("70000", 10, bits)
		fmt.Println(bits, n, err)
		u, err := strconv.ParseUint("70000", 10, bits)
		fmt.Println(bits, u, err)
	}
	_, err := strconv.ParseInt("10", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("10", 37, 64)
	fmt.Println(err)
	n, err := strconv.ParseInt("zz", 36, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("-0x_1F", 0, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("0o17", 0, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("017", 0, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("_1", 0, 64)
	fmt.Println(n, err)
	for _, s := range []string{"1e308", "1e309", "-1e309", "4.9e-324", "1e-400", "0x1p-2", "1_000.5", ".5", "5.", "+.5e+1", "inf", "-infinity", "NaN", "1e", "0x", ""} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	fmt.Println(strconv.FormatFloat(1.5, 'b', -1, 64), strconv.FormatFloat(1.5, 'x', -1, 64), strconv.FormatFloat(1.5, 'X', 3, 64))
	fmt.Println(strconv.FormatFloat(123456789.125, 'f', -1, 32), strconv.FormatFloat(0.1, 'g', 20, 64))
	fmt.Println(strconv.FormatFloat(-0.0, 'g', -1, 64), strconv.FormatFloat(math.Copysign(0, -1), 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(math.Inf(-1), 'e', 3, 64), strconv.FormatFloat(math.NaN(), 'f', 3, 64))
	for _, s := range []string{"1", "t", "T", "TRUE", "True", "0", "f", "F", "FALSE", "False", "tRuE"} {
		b, err := strconv.ParseBool(s)
		fmt.Print(b, err == nil, " ")
	}
	fmt.Println()
	fmt.Println(strconv.QuoteToGraphic("\u00a0x\t"), strconv.CanBackquote("a`b"), strconv.CanBackquote("ab"))
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(v, mb, tail, err)
	s, err := strconv.Unquote(`"\xff"`)
	fmt.Printf("%q %v\n", s, err)
	fmt.Println(strconv.Unquote(`'ab'`))
}
