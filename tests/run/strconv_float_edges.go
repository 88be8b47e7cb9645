// Float formatting and parsing edge cases of strconv (rounding ties, precisions,
// subnormals, float32, hex and binary forms, literal syntax, errors).
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 0.125, 2.5, 1.5, 9.5, 99.99, 0.1, 1.0 / 3, 2.0 / 3,
		123456789, 1e21, 1e22, 1e23, 1e-5, 1e-4, 123456.789, 5e-324, 1e-310, 2.2250738585072014e-308,
		math.MaxFloat64, math.SmallestNonzeroFloat64, 3.4028234663852886e+38, 1.401298464324817e-45,
		999999.5, 9.9995, 0.000123456, -7.25e-100, 6.02214076e23, math.Inf(1), math.Inf(-1), math.NaN()}
	for _, f := range floats {
		for _, fm := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
			fmt.Printf("%c:", fm)
			for _, p := range []int{-1, 0, 1, 2, 3, 6, 17, 25} {
				fmt.Print(" ", strconv.FormatFloat(f, fm, p, 64))
			}
			fmt.Print(" |32:", strconv.FormatFloat(f, fm, -1, 32), " ", strconv.FormatFloat(f, fm, 4, 32))
			fmt.Println()
		}
	}
	fmt.Println(strconv.FormatFloat(5e-324, 'f', 1080, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'e', 60, 64))
	fmt.Println(strconv.FormatFloat(1e300, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(1.5, 'z', 2, 64), strconv.FormatFloat(math.NaN(), 'z', 2, 64))
	fmt.Println(string(strconv.AppendFloat([]byte("x="), 1.25, 'g', -1, 32)))
	fmt.Println(strconv.FormatComplex(complex(1.5, -2), 'g', -1, 128), strconv.FormatComplex(complex(0.1, 0.2), 'e', 3, 64))

	literals := []string{"", "1", "+1", "-1", "1e", "1e+", "e5", ".", ".5", "5.", "1_000", "1__0", "_1", "1_", "1_.5",
		"0x1p-2", "0x1.8p1", "0X1P+2", "0x1", "0x", "0xp1", "0x_1p0", "0x1p+_1", "0x.8p1", "0b1", "0o7",
		"inf", "+Inf", "-infinity", "INFINITY", "infinit", "nan", "NaN", "-nan", "+nan",
		"1e400", "-1e400", "1e-400", "0x1p1024", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023",
		"4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623158e308",
		"1.7976931348623159e308", "3.4028235e38", "3.4028236e38", "7e-46", "0x1p-149", "0x1p-150", "0x1.8p-150",
		"123456789012345678901234567890", "0.000000000000000000000000000001", "1.0000000000000001", "00.5", "1e1_0",
		"0e99999999999999", "1e-99999999999999999", "1x", "1e400x", " 1", "１"}
	for _, s := range literals {
		f64, err64 := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Printf("%q: %b %v | %b %v\n", s, f64, err64, f32, err32)
	}
	for _, s := range []string{"1+2i", "(1+2i)", "i", "2i", "1e400+1i", "NaN+Infi", "1+-2i", "1++2i", "(3)", "1+2", "0x1p2-0x1p-2i"} {
		c, err := strconv.ParseComplex(s, 128)
		fmt.Println(s, c, err)
	}
	for _, s := range []string{"0", "-0", "12", "-9223372036854775808", "9223372036854775808", "0x1f", "0b101", "0o17", "017",
		"1_000", "_1", "0x_1f", "0x", "99999999999999999999x", "-", "+", "z"} {
		for _, base := range []int{0, 10, 16, 1, 37} {
			i, err := strconv.ParseInt(s, base, 32)
			u, uerr := strconv.ParseUint(s, base, 0)
			fmt.Println(s, base, i, err, u, uerr)
		}
		n, err := strconv.Atoi(s)
		fmt.Println("Atoi", s, n, err)
	}
	_, err := strconv.ParseInt("5", 10, 65)
	fmt.Println(err)
	for _, q := range []string{`"a\tb"`, `'x'`, `''`, `'ab'`, "`a\r\nb`", `"\u00e9\xff\377"`, `"\400"`, `"\uD800"`, `"a`, `"\'"`, `'\"'`} {
		v, err := strconv.Unquote(q)
		p, perr := strconv.QuotedPrefix(q + "rest")
		fmt.Printf("%q %v %q %v\n", v, err, p, perr)
	}
	fmt.Println(strconv.Quote("héllo\x00\xff\u2028☺\U0001F600"), strconv.QuoteToASCII("héllo☺\U0001F600"), strconv.QuoteToGraphic("\u00a0x\u2028"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune(0xD800), strconv.CanBackquote("a`b"), strconv.CanBackquote("\ufeff"), strconv.CanBackquote("é\t"))
}
