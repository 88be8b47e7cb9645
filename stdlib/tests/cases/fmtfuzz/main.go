// Compares mg/fmt with the real fmt on random format strings: random flags, explicit
// indexes (valid and not), widths and precisions (digits, '*', too large), verbs
// (valid, invalid, non-ASCII) over a pool of operands of every kind.
package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"strings"

	mg "mg/fmt"
)

type pt struct {
	X, Y int
	name string
}

type named int

func (n named) String() string { return fmt.Sprintf("named(%d)", int(n)) }

type gs struct{ v []int }

func (g gs) GoString() string { return "gs!" }

type errT struct{}

func (*errT) Error() string { return "errT" }

func operands() []any {
	var np *pt
	return []any{nil, 0, 1, -7, 12345, math.MaxInt64, math.MinInt64, int8(-3), uint8(250), uint16(7), uint64(1 << 63), uintptr(9),
		true, false, 0.0, -0.0, 1.5, -2.25, 1e-9, 123456.789, 1e300, math.Inf(1), math.Inf(-1), math.NaN(), float32(0.1),
		3 + 4i, complex64(-1 - 1i), "", "a", "héllo", "日本語", "\x00\xff`\"", 'x', '⌘', -1 << 40,
		[]byte("ab\x00"), []byte(nil), [2]byte{1, 255}, []int{1, -2}, []string{"s", ""}, [1]float64{2.5}, []any{nil, 1, "x"},
		map[string]int{"b": 1, "a": 2}, map[int][]string{2: {"x"}, 1: nil}, pt{1, 2, "n"}, &pt{3, 4, "m"}, np,
		named(4), []named{1, 2}, gs{[]int{1}}, &errT{}, errors.New("e"), struct{}{}, [0]int{}, map[pt]bool{{1, 2, "k"}: true},
		struct {
			A any
			B error
			c *int
		}{}, []*pt{nil}, 5, 3, 2, 10}
}

var verbs = []rune("vvvvdsqxXobOeEfFgGtcUpT%!z.w世")

func randFormat(r *rand.Rand, nargs int) string {
	var b strings.Builder
	n := 1 + r.Intn(3)
	for i := 0; i < n; i++ {
		if r.Intn(3) == 0 {
			b.WriteString([]string{"x", " ", "|", "é", "%%"}[r.Intn(5)])
		}
		b.WriteByte('%')
		for f := r.Intn(4); f > 0; f-- {
			b.WriteByte("#0+- "[r.Intn(5)])
		}
		index := func() {
			switch r.Intn(12) {
			case 0:
				fmt.Fprintf(&b, "[%d]", r.Intn(nargs+2))
			case 1:
				b.WriteString([]string{"[", "[]", "[x]", "[1", "[-1]"}[r.Intn(5)])
			}
		}
		index()
		switch r.Intn(6) {
		case 0:
			fmt.Fprintf(&b, "%d", r.Intn(12))
		case 1:
			b.WriteByte('*')
		case 2:
			b.WriteString("10000001")
		}
		switch r.Intn(6) {
		case 0:
			fmt.Fprintf(&b, ".%d", r.Intn(8))
		case 1:
			b.WriteString(".*")
		case 2:
			b.WriteString(".")
			index()
			b.WriteString("*")
		case 3:
			b.WriteString(".")
		}
		index()
		if r.Intn(20) > 0 {
			b.WriteRune(verbs[r.Intn(len(verbs))])
		}
	}
	return b.String()
}

func main() {
	r := rand.New(rand.NewSource(1))
	ops := operands()
	pass, total, shown := 0, 0, 0
	check := func(what, got, want string) {
		total++
		if got == want {
			pass++
		} else if shown < 40 {
			shown++
			fmt.Printf("FAIL %s:\n   got %q\n  want %q\n", what, got, want)
		}
	}
	for i := 0; i < 20000; i++ {
		args := make([]any, r.Intn(4))
		for k := range args {
			args[k] = ops[r.Intn(len(ops))]
		}
		f := randFormat(r, len(args))
		check(fmt.Sprintf("Sprintf(%q, %#v)", f, args), mg.Sprintf(f, args...), fmt.Sprintf(f, args...))
		if i%10 == 0 {
			check("Sprint", mg.Sprint(args...), fmt.Sprint(args...))
			check("Sprintln", mg.Sprintln(args...), fmt.Sprintln(args...))
			e1, e2 := mg.Errorf(f, args...), fmt.Errorf(f, args...)
			check("Errorf "+f, fmt.Sprintf("%v %T", e1, e1), fmt.Sprintf("%v %T", e2, e2))
		}
	}
	fmt.Printf("PASS %d/%d\n", pass, total)
}
