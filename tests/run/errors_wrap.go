package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base error")

type CodeErr struct{ Code int }

func (e *CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Wrapper struct {
	msg string
	err error
}

func (w Wrapper) Error() string { return w.msg + ": " + w.err.Error() }
func (w Wrapper) Unwrap() error { return w.err }

type IsAll struct{}

func (IsAll) Error() string          { return "isall" }
func (IsAll) Is(target error) bool { return target == ErrBase }

func main() {
	e1 := fmt.Errorf("layer1: %w", ErrBase)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrBase), errors.Is(e1, ErrBase), errors.Is(ErrBase, e1))
	fmt.Println(errors.Unwrap(e2) == e1, errors.Unwrap(e1) == ErrBase, errors.Unwrap(ErrBase) == nil)
	ce := &CodeErr{404}
	e3 := fmt.Errorf("request: %w", ce)
	var target *CodeErr
	if errors.As(e3, &target) {
		fmt.Println("as CodeErr", target.Code, target == ce)
	}
	e4 := fmt.Errorf("no wrap: %v", ce)
	fmt.Println(errors.As(e4, &target), errors.Is(e4, ce))
	w := Wrapper{"wrapped", ce}
	fmt.Println(w, errors.Is(w, ce))
	var t2 *CodeErr
	fmt.Println(errors.As(w, &t2), t2.Code)
	j := errors.Join(ErrBase, nil, ce)
	fmt.Println(j)
	fmt.Println(errors.Is(j, ErrBase), errors.Is(j, ce))
	fmt.Println(errors.Join(nil, nil) == nil)
	multi := fmt.Errorf("both: %w and %w", ErrBase, ce)
	fmt.Println(multi, errors.Is(multi, ErrBase), errors.Is(multi, ce), errors.Unwrap(multi) == nil)
	fmt.Println(errors.Is(IsAll{}, ErrBase), errors.Is(fmt.Errorf("x: %w", IsAll{}), ErrBase))
	var nilErr error
	fmt.Println(errors.Is(nilErr, ErrBase), errors.Is(nil, nil))
	var iface interface{ Error() string }
	fmt.Println(errors.As(e3, &iface), iface)
	fmt.Printf("%v|%+v|%s\n", e1, e1, e1)
	fmt.Println(fmt.Errorf("plain %d", 5))
	fmt.Println(fmt.Errorf("bad verb %w", "notanerror"))
}
