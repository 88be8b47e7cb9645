package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct {
	Field string
	Err   error
}

func (v *ValidationError) Error() string { return v.Field + ": " + v.Err.Error() }
func (v *ValidationError) Unwrap() error { return v.Err }

var ErrEmpty = errors.New("empty")
var ErrTooLong = errors.New("too long")
var ErrEOF = errors.New("EOF")

func validate(name string) error {
	if name == "" {
		return &ValidationError{"name", ErrEmpty}
	}
	if len(name) > 5 {
		return &ValidationError{"name", fmt.Errorf("%w (%d > 5)", ErrTooLong, len(name))}
	}
	return nil
}

func main() {
	for _, n := range []string{"", "bob", "alexander"} {
		err := validate(n)
		var ve *ValidationError
		fmt.Printf("%q: err=%v empty=%v long=%v as=%v\n", n, err, errors.Is(err, ErrEmpty), errors.Is(err, ErrTooLong), errors.As(err, &ve))
		if ve != nil {
			fmt.Println("  field:", ve.Field)
		}
	}
	fmt.Println(ErrEOF, errors.Is(fmt.Errorf("read: %w", ErrEOF), ErrEOF))
	_, err := strconv.Atoi("zz")
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	var numErr *strconv.NumError
	fmt.Println(errors.As(err, &numErr), numErr.Func)
	joined := errors.Join(errors.New("a"), errors.New("b"))
	fmt.Printf("%q\n", joined.Error())
	if u, ok := joined.(interface{ Unwrap() []error }); ok {
		fmt.Println(len(u.Unwrap()))
	}
}
