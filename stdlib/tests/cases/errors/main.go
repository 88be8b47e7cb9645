// Compares mg/errors with the real errors package.
package main

import (
	"errors"
	"fmt"
	"io/fs"

	mg "mg/errors"
)

var pass, total, shown int

func check(what string, got, want any) {
	total++
	g, w := fmt.Sprintf("%v", got), fmt.Sprintf("%v", want)
	if g == w {
		pass++
		return
	}
	if shown < 30 {
		shown++
		fmt.Printf("FAIL %s:\n   got %s\n  want %s\n", what, g, w)
	}
}

func pt(f func()) (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	f()
	return
}

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprint("my ", e.code) }

type PtrErr struct{ msg string }

func (e *PtrErr) Error() string { return e.msg }

type Wrapper struct {
	msg string
	err error
}

func (w *Wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w *Wrapper) Unwrap() error { return w.err }

type Multi struct{ errs []error }

func (m Multi) Error() string   { return "multi" }
func (m Multi) Unwrap() []error { return m.errs }

type IsAll struct{}

func (IsAll) Error() string        { return "isall" }
func (IsAll) Is(target error) bool { return true }

type AsCustom struct{}

func (AsCustom) Error() string { return "ascustom" }
func (AsCustom) As(target any) bool {
	if p, ok := target.(*MyErr); ok {
		*p = MyErr{99}
		return true
	}
	return false
}

type SliceErr []int

func (SliceErr) Error() string { return "slice" }

type Timeout interface{ Timeout() bool }

func main() {
	base := errors.New("base")
	mbase := mg.New("base")
	check("New", mbase.Error(), base.Error())
	check("New distinct", mg.New("x") == mg.New("x"), false)
	check("New type", fmt.Sprintf("%T", mbase), fmt.Sprintf("%T", base))
	p := &PtrErr{"ptr"}
	w1 := &Wrapper{"w1", p}
	w2 := &Wrapper{"w2", w1}
	m := Multi{[]error{MyErr{1}, nil, w2}}
	j1 := mg.Join(MyErr{2}, nil, p)
	j2 := errors.Join(MyErr{2}, nil, p)
	errs := []error{nil, base, p, w1, w2, m, MyErr{1}, MyErr{2}, IsAll{}, AsCustom{}, SliceErr{1}, &Wrapper{"ws", SliceErr{2}}, j1, Multi{nil}, fs.ErrNotExist}
	targets := []error{nil, base, p, w1, MyErr{1}, MyErr{3}, IsAll{}, SliceErr{1}, &PtrErr{"ptr"}, fs.ErrNotExist}
	for i, e := range errs {
		check(fmt.Sprint("Unwrap ", i), mg.Unwrap(e), errors.Unwrap(e))
		for k, t := range targets {
			check(fmt.Sprint("Is ", i, " ", k), mg.Is(e, t), errors.Is(e, t))
		}
		var me1, me2 MyErr
		check(fmt.Sprint("As MyErr ", i), fmt.Sprint(mg.As(e, &me1), me1), fmt.Sprint(errors.As(e, &me2), me2))
		var pe1, pe2 *PtrErr
		check(fmt.Sprint("As *PtrErr ", i), fmt.Sprint(mg.As(e, &pe1), pe1), fmt.Sprint(errors.As(e, &pe2), pe2))
		var to1, to2 Timeout
		check(fmt.Sprint("As iface ", i), fmt.Sprint(mg.As(e, &to1), to1), fmt.Sprint(errors.As(e, &to2), to2))
		var w1a, w1b *Wrapper
		check(fmt.Sprint("As *Wrapper ", i), fmt.Sprint(mg.As(e, &w1a), w1a), fmt.Sprint(errors.As(e, &w1b), w1b))
		var ea, eb error
		check(fmt.Sprint("As error ", i), fmt.Sprint(mg.As(e, &ea), ea), fmt.Sprint(errors.As(e, &eb), eb))
	}
	check("Join text", j1.Error(), j2.Error())
	check("Join nil", mg.Join(nil, nil) == nil, true)
	check("Join Unwrap", len(j1.(interface{ Unwrap() []error }).Unwrap()), 2)
	check("Join type", fmt.Sprintf("%T", j1), fmt.Sprintf("%T", j2))
	check("Join Is", fmt.Sprint(mg.Is(j1, p), mg.Is(j1, MyErr{2}), mg.Is(j1, base)), fmt.Sprint(errors.Is(j2, p), errors.Is(j2, MyErr{2}), errors.Is(j2, base)))
	var x MyErr
	check("As nil target", pt(func() { mg.As(base, nil) }), pt(func() { errors.As(base, nil) }))
	check("As non-pointer", pt(func() { mg.As(base, x) }), pt(func() { errors.As(base, x) }))
	var np *MyErr
	check("As nil pointer", pt(func() { mg.As(base, np) }), pt(func() { errors.As(base, np) }))
	var notErr int
	check("As bad target", pt(func() { mg.As(base, &notErr) }), pt(func() { errors.As(base, &notErr) }))
	check("As nil err", mg.As(nil, &x), errors.As(nil, &x))
	check("ErrUnsupported", mg.ErrUnsupported.Error(), errors.ErrUnsupported.Error())
	fmt.Printf("PASS %d/%d\n", pass, total)
}
