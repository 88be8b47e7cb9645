// Compares mg/strconv with the real strconv.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"

	mg "mg/strconv"
)

var pass, total, shown int

func check(what string, got, want any) {
	total++
	g, w := fmt.Sprintf("%#v", got), fmt.Sprintf("%#v", want)
	if g == w {
		pass++
		return
	}
	if shown < 40 {
		shown++
		fmt.Printf("FAIL %s: got %s want %s\n", what, g, w)
	}
}

func errStr(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func floats(r *rand.Rand) []float64 {
	fs := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e21, 1e22, 1e23,
		123456789, 1.5, 2.5, 0.5, 0.05, 0.005, 5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, math.E, 1 << 53, 1<<53 + 2, 1 << 60, 9007199254740993,
		0.000001, 0.0000001, 123456.789, 1e-5, 1e-4, 12345678901234567890, 3.4028234663852886e+38, 1.17549435e-38,
		299792458, 6.02214076e23, 1.602176634e-19, 8.5, 0.125, 1023.999, 99.99, 999999.5, 9.5, 10.5}
	for i := 0; i < 3000; i++ {
		fs = append(fs, math.Float64frombits(r.Uint64()))
	}
	for i := 0; i < 1500; i++ {
		fs = append(fs, float64(float32(math.Float64frombits(r.Uint64()))))
	}
	for i := 0; i < 1500; i++ {
		fs = append(fs, (r.Float64()-0.5)*math.Pow(10, float64(r.Intn(40)-20)))
	}
	for i := 0; i < 500; i++ {
		fs = append(fs, float64(r.Intn(100000))/float64(1+r.Intn(1000)))
	}
	return fs
}

func main() {
	r := rand.New(rand.NewSource(1))
	fs := floats(r)
	// Shortest formatting, both sizes, every format.
	for _, f := range fs {
		for _, fm := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'} {
			check(fmt.Sprintf("FormatFloat(%b,%c,-1,64)", f, fm), mg.FormatFloat(f, fm, -1, 64), strconv.FormatFloat(f, fm, -1, 64))
		}
		f32 := float64(float32(f))
		check(fmt.Sprintf("FormatFloat(%b,g,-1,32)", f32), mg.FormatFloat(f32, 'g', -1, 32), strconv.FormatFloat(f32, 'g', -1, 32))
	}
	// Many more shortest conversions: random bit patterns, every power of two and its
	// neighbours, small denormals, decimal-looking values.
	var extra []float64
	for i := 0; i < 200000; i++ {
		extra = append(extra, math.Float64frombits(r.Uint64()))
	}
	for e := -1074; e <= 1023; e++ {
		p := math.Ldexp(1, e)
		extra = append(extra, p, math.Nextafter(p, 0), math.Nextafter(p, math.Inf(1)))
	}
	for i := uint64(1); i < 3000; i++ {
		extra = append(extra, math.Float64frombits(i), float64(i)/1000, float64(i)*1e-300, float64(i)*1e300, float64(i)/7)
	}
	for _, f := range extra {
		got, want := mg.FormatFloat(f, 'e', -1, 64), strconv.FormatFloat(f, 'e', -1, 64)
		if got != want {
			check(fmt.Sprintf("shortest %b", f), got, want)
		} else {
			pass++
			total++
		}
	}
	// Fixed precisions.
	for i, f := range fs {
		if i%3 != 0 {
			continue
		}
		for _, fm := range []byte{'e', 'f', 'g', 'x'} {
			for _, p := range []int{0, 1, 2, 3, 5, 6, 10, 15, 17, 20, 30} {
				if fm == 'f' && math.Abs(f) > 1e30 && p > 5 {
					continue
				}
				check(fmt.Sprintf("FormatFloat(%b,%c,%d,64)", f, fm, p), mg.FormatFloat(f, fm, p, 64), strconv.FormatFloat(f, fm, p, 64))
			}
		}
		check(fmt.Sprintf("FormatFloat(%b,e,4,32)", f), mg.FormatFloat(f, 'e', 4, 32), strconv.FormatFloat(f, 'e', 4, 32))
		for _, fm := range []byte{'f', 'g', 'x', 'b', 'E', 'G', 'X'} {
			check(fmt.Sprintf("FormatFloat(%b,%c,3,32)", f, fm), mg.FormatFloat(f, fm, 3, 32), strconv.FormatFloat(f, fm, 3, 32))
			check(fmt.Sprintf("FormatFloat(%b,%c,-1,32)", f, fm), mg.FormatFloat(f, fm, -1, 32), strconv.FormatFloat(f, fm, -1, 32))
		}
	}
	// Parsing: round trips and assorted strings.
	var inputs []string
	for _, f := range fs {
		inputs = append(inputs, strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 25, 64), strconv.FormatFloat(f, 'x', -1, 64))
	}
	for i := 0; i < 2000; i++ {
		s := fmt.Sprintf("%d.%de%d", r.Intn(1000000), r.Int63(), r.Intn(700)-350)
		inputs = append(inputs, s)
		inputs = append(inputs, fmt.Sprintf("%d", r.Int63())+fmt.Sprintf("%d", r.Int63())+"e-20")
	}
	inputs = append(inputs, "", "1", "+1", "-1", "1e", "1e+", "e5", ".", ".5", "5.", "1_000", "0x1p-2", "0x1.8p1", "0X1P+2",
		"0x1", "0x", "inf", "+Inf", "-infinity", "INFINITY", "nan", "NaN", "-nan", "infx", "1e400", "-1e400", "1e-400",
		"0x1p1024", "0x1.fffffffffffffp1023", "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
		"1__0", "1_0.5", "0x_1p0", "1.7976931348623158e308", "1.7976931348623159e308", "0.000000000000000000000000000001",
		"123456789012345678901234567890", "1e23", "8.98846567431158e307", "1e-350", "0x1.0000000000000800000000001p0",
		"3.4028235e38", "3.4028236e38", "1.401298464324817e-45", "7e-46", "0x1p-149", "0x1p-150", "0x1.8p-149",
		"1_0", "1_000.5", "0x1_0p0", "0_1", "0x1p1_0", "1e1_0", "1.5_5", "_1", "1_", "0x1.8_8p0", "0x1p+_1", "1_.5", "1._5", "1e_5",
		"0b1", "0o7", "0x.8p1", "0x1.p1", "0x1p", "0xp1", "1.e5", ".e5", "+.5", "-.5e-3", "++1", "+infinity", "-inf", "+nan", "nAn",
		"iNf", "infinit", "0x1P-1074", "0x1.0000000000001p-1075", "0x1p-1075", "0x1.8p-1074", "0x3p-1076", "1e-324", "0e99999999999999",
		"1e-99999999999999999", "0x0p1", "00.5", "0.005", "0x0.08p0", "0x1e3", "1E5", "1e05", "0x1.fffffffffffff8p1023",
		"0x1.fffffffffffff7ffffffffp1023", "1.0000000000000001", "0X1p0", "9e-46", "0x1.fffffep127", "0x1.ffffffp127",
		"0x1.fffffefffffffffp127", "0x123456789abcdef0123p-80", "0x8000000000000001p-1137", "1e400x", "0x1p5000", "-0x1p-5000", "-0")
	for _, s := range inputs {
		for _, bits := range []int{64, 32} {
			g, ge := mg.ParseFloat(s, bits)
			w, we := strconv.ParseFloat(s, bits)
			check("ParseFloat("+s+")", fmt.Sprintf("%b %s", g, errStr(ge)), fmt.Sprintf("%b %s", w, errStr(we)))
		}
	}
	for _, f := range []float64{5e-324, 1e-310, 0.1, 1e300, math.MaxFloat64, 0} {
		for _, p := range []int{100, 400, 800, 1100} {
			for _, fm := range []byte{'e', 'f', 'g', 'x'} {
				check(fmt.Sprintf("FormatFloat(%b,%c,%d,64)", f, fm, p), mg.FormatFloat(f, fm, p, 64), strconv.FormatFloat(f, fm, p, 64))
			}
		}
		check("FormatFloat z", mg.FormatFloat(f, 'z', 3, 64), strconv.FormatFloat(f, 'z', 3, 64))
	}
	check("FormatFloat NaN z", mg.FormatFloat(math.NaN(), 'z', 3, 64), strconv.FormatFloat(math.NaN(), 'z', 3, 64))
	// Integers.
	ints := []int64{0, 1, -1, 7, -7, 10, 100, 255, 256, 1<<31 - 1, -1 << 31, 1<<63 - 1, -1 << 63, 1 << 32, 12345678, -98765432}
	for i := 0; i < 500; i++ {
		ints = append(ints, r.Int63()>>uint(r.Intn(63)), -(r.Int63() >> uint(r.Intn(63))))
	}
	for _, v := range ints {
		for base := 2; base <= 36; base++ {
			check("FormatInt", mg.FormatInt(v, base), strconv.FormatInt(v, base))
			check("FormatUint", mg.FormatUint(uint64(v), base), strconv.FormatUint(uint64(v), base))
		}
		check("Itoa", mg.Itoa(int(v)), strconv.Itoa(int(v)))
		check("AppendInt", string(mg.AppendInt([]byte("x"), v, 10)), string(strconv.AppendInt([]byte("x"), v, 10)))
	}
	intStrs := []string{"", "0", "-0", "+0", "1", "-1", "+", "-", "12a", "0x1f", "0X1F", "0b101", "0o17", "017", "08", "0x",
		"1_000", "_1000", "1000_", "0x_1f", "0_x1f", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
		"-9223372036854775809", "18446744073709551615", "18446744073709551616", "127", "128", "-128", "-129", "255", "256",
		"32767", "65535", "65536", "2147483647", "2147483648", "4294967295", "4294967296", "zz", "ZZ", "1__0", "0b", "0o",
		"99999999999999999999999", "-99999999999999999999", " 1", "1 ", "１"}
	for i := 0; i < 300; i++ {
		intStrs = append(intStrs, strconv.FormatInt(ints[r.Intn(len(ints))], 10))
	}
	for _, s := range intStrs {
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37} {
			for _, bits := range []int{0, 8, 16, 32, 64, 65, -1} {
				g, ge := mg.ParseInt(s, base, bits)
				w, we := strconv.ParseInt(s, base, bits)
				check(fmt.Sprintf("ParseInt(%q,%d,%d)", s, base, bits), fmt.Sprint(g, errStr(ge)), fmt.Sprint(w, errStr(we)))
				gu, ge := mg.ParseUint(s, base, bits)
				wu, we := strconv.ParseUint(s, base, bits)
				check(fmt.Sprintf("ParseUint(%q,%d,%d)", s, base, bits), fmt.Sprint(gu, errStr(ge)), fmt.Sprint(wu, errStr(we)))
			}
		}
		g, ge := mg.Atoi(s)
		w, we := strconv.Atoi(s)
		check("Atoi("+s+")", fmt.Sprint(g, errStr(ge)), fmt.Sprint(w, errStr(we)))
	}
	// Bools.
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "", "yes", "tRUE"} {
		g, ge := mg.ParseBool(s)
		w, we := strconv.ParseBool(s)
		check("ParseBool("+s+")", fmt.Sprint(g, errStr(ge)), fmt.Sprint(w, errStr(we)))
	}
	check("FormatBool", mg.FormatBool(true)+mg.FormatBool(false), strconv.FormatBool(true)+strconv.FormatBool(false))
	// Quoting.
	strs := []string{"", "hello", "a\tb\nc", "\x00\x01\x7f\xff", "héllo wörld", "日本語", "\u2028\u00a0\u200b", "\U0001F600 smile",
		`back\slash "quoted" 'single'`, "\xed\xa0\x80", "\xf4\x90\x80\x80", "\ufeff", "a`b", "tab\there", "\a\b\f\r\v"}
	for i := 0; i < 500; i++ {
		b := make([]byte, r.Intn(12))
		for j := range b {
			b[j] = byte(r.Intn(256))
		}
		strs = append(strs, string(b))
		rs := make([]rune, r.Intn(6))
		for j := range rs {
			rs[j] = rune(r.Intn(0x30000))
		}
		strs = append(strs, string(rs))
	}
	for _, s := range strs {
		check("Quote", mg.Quote(s), strconv.Quote(s))
		check("QuoteToASCII", mg.QuoteToASCII(s), strconv.QuoteToASCII(s))
		check("QuoteToGraphic", mg.QuoteToGraphic(s), strconv.QuoteToGraphic(s))
		check("CanBackquote", mg.CanBackquote(s), strconv.CanBackquote(s))
		for _, q := range []string{strconv.Quote(s), "`" + s + "`", "'" + s + "'", "\"" + s + "\"", strconv.QuoteToASCII(s)} {
			g, ge := mg.Unquote(q)
			w, we := strconv.Unquote(q)
			check("Unquote("+q+")", g+errStr(ge), w+errStr(we))
			g, ge = mg.QuotedPrefix(q + "rest")
			w, we = strconv.QuotedPrefix(q + "rest")
			check("QuotedPrefix("+q+")", g+errStr(ge), w+errStr(we))
		}
	}
	for _, q := range []string{`"\x41\u00e9\U0001F600\101\n"`, `'\''`, `'ab'`, `'\"'`, `"\'"`, `"\400"`, `"\xZZ"`, `"\uD800"`, "`a\rb`", `"a`, `'a`} {
		g, ge := mg.Unquote(q)
		w, we := strconv.Unquote(q)
		check("Unquote("+q+")", g+errStr(ge), w+errStr(we))
	}
	for c := rune(-1); c < 0x110010; c++ {
		if mg.IsPrint(c) != strconv.IsPrint(c) || mg.IsGraphic(c) != strconv.IsGraphic(c) {
			check(fmt.Sprintf("IsPrint(%U)", c), mg.IsPrint(c), strconv.IsPrint(c))
		}
		if c%4096 == 0 || c < 0x3000 {
			check("QuoteRune", mg.QuoteRune(c)+mg.QuoteRuneToASCII(c)+mg.QuoteRuneToGraphic(c), strconv.QuoteRune(c)+strconv.QuoteRuneToASCII(c)+strconv.QuoteRuneToGraphic(c))
		}
	}
	// Complex numbers.
	for i, f := range fs[:600] {
		g := fs[(i*7+3)%len(fs)]
		c := complex(f, g)
		for _, fm := range []byte{'g', 'e', 'f'} {
			check("FormatComplex", mg.FormatComplex(c, fm, -1, 128), strconv.FormatComplex(c, fm, -1, 128))
			check("FormatComplex64", mg.FormatComplex(c, fm, 3, 64), strconv.FormatComplex(c, fm, 3, 64))
		}
		s := strconv.FormatComplex(c, 'g', -1, 128)
		for _, in := range []string{s, s[1 : len(s)-1], strconv.FormatFloat(f, 'g', -1, 64) + "i", strconv.FormatFloat(f, 'g', -1, 64)} {
			for _, bits := range []int{64, 128} {
				g1, e1 := mg.ParseComplex(in, bits)
				g2, e2 := strconv.ParseComplex(in, bits)
				check("ParseComplex("+in+")", fmt.Sprint(g1, errStr(e1)), fmt.Sprint(g2, errStr(e2)))
			}
		}
	}
	for _, in := range []string{"", "i", "1i", "+i", "1+i", "1+2", "1+2j", "(1+2i", "1++2i", "1+-2i", "1-+2i", "NaN+Infi", "1e400+1i", "1+1e400i",
		"(3)", "((1+2i))", "0x1p2+0x1p-2i", "1_000+2i", "inf", "-infi", "1e400", "1+2i)", " 1+2i"} {
		for _, bits := range []int{64, 128} {
			g1, e1 := mg.ParseComplex(in, bits)
			g2, e2 := strconv.ParseComplex(in, bits)
			check("ParseComplex("+in+")", fmt.Sprint(g1, errStr(e1)), fmt.Sprint(g2, errStr(e2)))
		}
	}
	check("NumError", (&mg.NumError{Func: "ParseInt", Num: "x\ty", Err: mg.ErrSyntax}).Error(), (&strconv.NumError{Func: "ParseInt", Num: "x\ty", Err: strconv.ErrSyntax}).Error())
	fmt.Printf("PASS %d/%d\n", pass, total)
}
