// Compares mg/fmt with the real fmt on many format/value combinations.
package main

import (
	"errors"
	"fmt"
	"math"
	"strings"

	mgerrors "mg/errors"
	mg "mg/fmt"
)

var pass, total, shown int

func check(what, got, want string) {
	total++
	if got == want {
		pass++
		return
	}
	if shown < 60 {
		shown++
		fmt.Printf("FAIL %s:\n   got %q\n  want %q\n", what, got, want)
	}
}

type T struct {
	A int
	B string
}

type inner struct {
	x, y int
}

type Nested struct {
	Name  string
	T     T
	P     *T
	S     []int
	M     map[string]int
	I     any
	E     error
	F     float64
	u     uint8
	in    inner
	inner // embedded unexported
	Bytes []byte
}

type Str struct{ v int }

func (s Str) String() string { return fmt.Sprintf("Str<%d>", s.v) }

type PtrStr struct{ v int }

func (s *PtrStr) String() string { return "PtrStr!" }

type Err struct{ msg string }

func (e *Err) Error() string { return "Err: " + e.msg }

type GoStr struct{}

func (GoStr) GoString() string { return "GoStr!" }
func (GoStr) String() string   { return "plainGoStr" }

type Panicky struct{ nilOK bool }

func (p *Panicky) String() string {
	if p == nil {
		panic("nil panicky")
	}
	panic("boom")
}

type PanicErr int

func (PanicErr) Error() string { panic(errors.New("err boom")) }

type MyInt int
type MyString string
type MyBytes []byte
type MyFloat float32
type MyBool bool
type Weekday int

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

type withStringerField struct {
	D   Weekday
	d   Weekday
	Arr [2]Weekday
}

type Formattable struct{ n int }

// format is shared by the two Formatter implementations (one per State type).
func format(w interface {
	Write([]byte) (int, error)
	Width() (int, bool)
	Precision() (int, bool)
	Flag(int) bool
}, verb rune, n int) {
	wid, wok := w.Width()
	prec, pok := w.Precision()
	fl := ""
	for _, c := range "+-# 0" {
		if w.Flag(int(c)) {
			fl += string(c)
		}
	}
	w.Write([]byte(fmt.Sprint("F[", string(verb), " ", wid, wok, " ", prec, pok, " ", fl, " ", n, "]")))
}

type RealF Formattable

func (f RealF) Format(s fmt.State, verb rune) {
	format(s, verb, f.n)
	fmt.Fprint(s, fmt.FormatString(s, verb))
}

type MgF Formattable

func (f MgF) Format(s mg.State, verb rune) {
	format(s, verb, f.n)
	mg.Fprint(s, mg.FormatString(s, verb))
}

func values() []any {
	i := 42
	t := &T{7, "seven"}
	var nilT *T
	var nilMap map[string]int
	var nilSlice []int
	var nilErr error
	var nilPanicky *Panicky
	ch := make(chan int)
	return []any{
		nil, true, false, 0, 1, -1, 42, -42, 255, 1 << 40, math.MaxInt64, math.MinInt64,
		int8(-128), int16(1234), int32(-5), int64(99), uint(7), uint8(200), uint16(65535), uint32(1 << 31), uint64(math.MaxUint64), uintptr(0x1234),
		0.0, 1.0, -1.5, 3.14159, 1e6, 1e21, 1e-7, 123456789.0, 0.000123, math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1),
		float32(1.1), float32(3.4e38), float32(-0.5), 1 + 2i, complex64(-1.5 - 0.25i), complex(math.Inf(1), math.NaN()),
		"", "hello", "héllo, 世界", "tab\there", "quote\"d", "\x00\xff", "a`b", 'x', '世',
		[]byte("bytes"), []byte{}, []byte(nil), [3]byte{1, 2, 3}, MyBytes("mybytes"),
		[]int{1, 2, 3}, []string{"a", "b"}, [2]bool{true, false}, []any{1, "a", nil, 2.5}, [][]int{{1}, {2, 3}}, nilSlice,
		map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{3: "c", -1: "z", 10: "x"}, nilMap, map[any]int{nil: 0, "s": 1},
		map[float64]bool{math.NaN(): true, 1: false, -1: true}, map[bool]int{true: 1, false: 0}, map[[2]int]string{{2, 1}: "b", {1, 2}: "a"},
		T{1, "x"}, &T{2, "y"}, t, nilT, struct{}{}, struct {
			A int
			b string
		}{1, "z"},
		Nested{Name: "n", T: T{3, "t"}, P: nil, S: []int{1}, M: map[string]int{"k": 1}, I: 5, E: nil, F: 2.5, u: 9, in: inner{1, 2}, inner: inner{3, 4}, Bytes: []byte("hi")},
		&Nested{I: &T{1, "p"}, E: &Err{"inside"}},
		Str{5}, &Str{6}, []Str{{1}, {2}}, map[Str]Str{{1}: {2}}, PtrStr{3}, &PtrStr{4}, []*PtrStr{nil},
		&Err{"bad"}, errors.New("plain error"), mgerrors.New("mg error"), nilErr, GoStr{}, &GoStr{},
		&Panicky{}, nilPanicky, PanicErr(1),
		MyInt(5), MyString("mystr"), MyFloat(2.5), MyBool(true), Weekday(1), withStringerField{1, 2, [2]Weekday{0, 2}},
		&i, ch, (func())(nil), (chan int)(nil), []*int{nil}, &[]int{1, 2}, &map[string]int{"a": 1}, &[2]string{"x", "y"},
		[]error{nil, &Err{"e"}}, struct{ E error }{}, struct{ A any }{nil}, struct{ A any }{[]int(nil)},
	}
}

var formats = []string{
	"%v", "%+v", "%#v", "%T", "%d", "%s", "%q", "%x", "%X", "%o", "%O", "%b", "%e", "%E", "%f", "%F", "%g", "%G", "%c", "%U",
	"%#U", "%t", "%p", "%5v", "%-5v|", "%05d", "%+d", "% d", "%#x", "%# x", "%x|%X", "%8.3f", "%-8.3f|", "%+.2e", "%.0f", "%.3g",
	"%#g", "%#.3g", "%#v", "%10s|", "%-10s|", "%.2s", "%.1q", "%#q", "%+q", "%6.2f%%", "%08.3f", "%+08d", "%x", "% x", "%#o",
	"%.5d", "%.0d", "%8.5d", "%-08d|", "%#b", "%#e", "%#.0f", "%#.0e", "%w", "%!", "%z", "%v %v", "%[2]v %[1]v", "%[3]v", "%*d",
	"%-*d|", "%.*f", "%[1]*[2]d", "%[0]d", "%[x]d", "%[1]", "%", "%.", "%3", "%-+ #0v", "%#+v", "%x %[1]X", "%.3x", "%10.4v|",
	"%#.3x", "%#X", "%+.3v", "% .3v", "%10.3e|", "%-10.3e|", "%010.3e", "%+010.3e", "% 010.3e", "%.20f", "%.17g", "%1.1v", "%s %d",
}

func main() {
	vals := values()
	for _, f := range formats {
		for _, v := range vals {
			if strings.Contains(f, "%p") || f == "%v %v" {
				// addresses are equal in both, but keep the table focused
			}
			got := mg.Sprintf(f, v)
			want := fmt.Sprintf(f, v)
			check(fmt.Sprintf("Sprintf(%q, %T)", f, v), got, want)
		}
	}
	// Multi-argument formats.
	argLists := [][]any{{}, {1}, {1, 2}, {"a", 2, 3.5}, {nil, nil}, {5, 3, 2.0}, {-7, "x"}, {1, 2, 3, 4}, {3, 2, 1}, {"w", 10, true}}
	multi := []string{"%d %d", "%v", "%[2]d %[1]d", "%[3]*.[2]*[1]f", "%*.*f", "%d %d %d", "x", "%[5]d", "%[2]d %d", "%[1]d %[1]v %v",
		"%-*d|", "%.*s", "%*s", "%[2]*d", "%[1]d %[3]d", "%!d", "%d%%", "%v %v %v %v %v", "%s %v %d", "%[1]*d", "%.[2]d", "%[3]d %d %d"}
	for _, f := range multi {
		for _, args := range argLists {
			check(fmt.Sprintf("Sprintf(%q, %v)", f, args), mg.Sprintf(f, args...), fmt.Sprintf(f, args...))
		}
	}
	// Sprint, Sprintln spacing rules.
	for _, args := range [][]any{{}, {"a", "b"}, {1, 2}, {"a", 1, "b"}, {1, "a", 2}, {nil, 1}, {MyString("x"), 1, MyString("y")}, {3.5, &T{1, "a"}, []int{1}}} {
		check("Sprint", mg.Sprint(args...), fmt.Sprint(args...))
		check("Sprintln", mg.Sprintln(args...), fmt.Sprintln(args...))
		check("Append", string(mg.Append([]byte("p:"), args...)), string(fmt.Append([]byte("p:"), args...)))
		check("Appendln", string(mg.Appendln(nil, args...)), string(fmt.Appendln(nil, args...)))
	}
	for _, v := range vals {
		check(fmt.Sprintf("Sprint(%T)", v), mg.Sprint(v), fmt.Sprint(v))
		check(fmt.Sprintf("Sprintln(%T)", v), mg.Sprintln(v, v), fmt.Sprintln(v, v))
		check("Appendf", string(mg.Appendf(nil, "<%v>", v)), string(fmt.Appendf(nil, "<%v>", v)))
	}
	// Formatter.
	for _, f := range []string{"%v", "%+v", "%#v", "%d", "%5.2x", "%-08s", "% #+q", "%*.*z", "%[1]v", "%v %v"} {
		args := []any{3, 4}
		check("Formatter "+f, mg.Sprintf(f, MgF{1}, args), fmt.Sprintf(f, RealF{1}, args))
		check("Formatter in slice "+f, strings.ReplaceAll(mg.Sprintf(f, []MgF{{2}}), "MgF", "RealF"), fmt.Sprintf(f, []RealF{{2}}))
	}
	// Errorf and wrapping.
	base := errors.New("base")
	other := errors.New("other")
	e1 := mg.Errorf("wrap: %w", base)
	e2 := fmt.Errorf("wrap: %w", base)
	check("Errorf %w text", e1.Error(), e2.Error())
	check("Errorf %w unwrap", fmt.Sprint(errors.Unwrap(e1) == base), fmt.Sprint(errors.Unwrap(e2) == base))
	check("Errorf %w Is", fmt.Sprint(errors.Is(e1, base), mgerrors.Is(e1, base)), fmt.Sprint(errors.Is(e2, base), errors.Is(e2, base)))
	e1 = mg.Errorf("two: %w and %w", base, other)
	e2 = fmt.Errorf("two: %w and %w", base, other)
	check("Errorf 2 %w", e1.Error(), e2.Error())
	check("Errorf 2 %w Is", fmt.Sprint(errors.Is(e1, other), mgerrors.Is(e1, base), errors.Unwrap(e1) == nil), fmt.Sprint(errors.Is(e2, other), errors.Is(e2, base), errors.Unwrap(e2) == nil))
	check("Errorf 2 %w T", fmt.Sprintf("%T %d", e1, len(e1.(interface{ Unwrap() []error }).Unwrap())), fmt.Sprintf("%T %d", e2, len(e2.(interface{ Unwrap() []error }).Unwrap())))
	e1 = mg.Errorf("reordered: %[2]w %[1]w %[2]w", base, other)
	e2 = fmt.Errorf("reordered: %[2]w %[1]w %[2]w", base, other)
	check("Errorf reordered", fmt.Sprint(e1, len(e1.(interface{ Unwrap() []error }).Unwrap())), fmt.Sprint(e2, len(e2.(interface{ Unwrap() []error }).Unwrap())))
	for _, f := range []string{"%w", "bad %w", "%d %w", "%v"} {
		for _, a := range [][]any{{1}, {base}, {nil}, {1, base}, {"s"}} {
			g := mg.Errorf(f, a...)
			w := fmt.Errorf(f, a...)
			check("Errorf "+f, fmt.Sprintf("%v|%T|%v", g, g, errors.Unwrap(g)), fmt.Sprintf("%v|%T|%v", w, w, errors.Unwrap(w)))
		}
	}
	check("Errorf plain type", fmt.Sprintf("%T", mg.Errorf("x")), fmt.Sprintf("%T", fmt.Errorf("x")))
	// Fprint* to a writer, Print* to stdout (compared through a pipe would need os;
	// just check return values here).
	var sb1, sb2 strings.Builder
	n1, err1 := mg.Fprintf(&sb1, "%d-%s\n", 5, "x")
	n2, err2 := fmt.Fprintf(&sb2, "%d-%s\n", 5, "x")
	check("Fprintf", fmt.Sprint(sb1.String(), n1, err1), fmt.Sprint(sb2.String(), n2, err2))
	n1, _ = mg.Fprintln(&sb1, "a", 1)
	n2, _ = fmt.Fprintln(&sb2, "a", 1)
	mg.Fprint(&sb1, "b", 2, 3)
	fmt.Fprint(&sb2, "b", 2, 3)
	check("Fprintln/Fprint", fmt.Sprint(sb1.String(), n1), fmt.Sprint(sb2.String(), n2))
	mg.Printf("PASS %d/%d\n", pass+1, total+1)
}
