package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Result[T any] struct {
	val T
	err error
}

func Ok[T any](v T) Result[T]        { return Result[T]{val: v} }
func Err[T any](err error) Result[T] { return Result[T]{err: err} }

func Of[T any](v T, err error) Result[T] { return Result[T]{v, err} }

func (r Result[T]) Unwrap() (T, error) { return r.val, r.err }

func (r Result[T]) OrElse(d T) T {
	if r.err != nil {
		return d
	}
	return r.val
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return Of(f(r.val))
}

func Map[T, U any](r Result[T], f func(T) U) Result[U] {
	if r.err != nil {
		return Err[U](r.err)
	}
	return Ok(f(r.val))
}

func (r Result[T]) String() string {
	if r.err != nil {
		return "Err(" + r.err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.val)
}

var ErrNegative = errors.New("negative")

type ParseError[T any] struct {
	Input string
	Want  T
}

func (e *ParseError[T]) Error() string { return fmt.Sprintf("cannot parse %q as %T", e.Input, e.Want) }

func parsePositive(s string) Result[int] {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return Err[int](&ParseError[int]{Input: s})
	}
	if n < 0 {
		return Err[int](fmt.Errorf("parsePositive(%d): %w", n, ErrNegative))
	}
	return Ok(n)
}

func main() {
	for _, in := range []string{" 42", "-3", "x1"} {
		r := parsePositive(in)
		half := Map(r, func(n int) float64 { return float64(n) / 2 })
		label := Then(half, func(f float64) (string, error) {
			if f > 20 {
				return "big:" + strconv.FormatFloat(f, 'f', 1, 64), nil
			}
			return "", errors.New("too small")
		})
		fmt.Println(r, half, label, label.OrElse("default"))
		_, err := r.Unwrap()
		var pe *ParseError[int]
		fmt.Println(errors.Is(err, ErrNegative), errors.As(err, &pe))
		if pe != nil {
			fmt.Println("parse error input:", pe.Input)
		}
	}
	fmt.Println(Of(strconv.ParseBool("true")), Of(strconv.ParseFloat("z", 64)))
}
