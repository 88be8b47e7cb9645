package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

type codeErr struct{ code int }

func (e codeErr) Error() string { return fmt.Sprint("code ", e.code) }

type sliceErr []int

func (sliceErr) Error() string { return "slice" }

type isAll struct{}

func (isAll) Error() string        { return "isAll" }
func (isAll) Is(target error) bool { return target == io.EOF }
func (isAll) As(target any) bool {
	p, ok := target.(*codeErr)
	if ok {
		*p = codeErr{77}
	}
	return ok
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	fmt.Println(errors.Is(nil, nil), errors.Is(io.EOF, nil), errors.Is(nil, io.EOF))
	fmt.Println(errors.Is(fmt.Errorf("w: %w", io.EOF), io.EOF), errors.Is(codeErr{1}, codeErr{1}), errors.Is(codeErr{1}, codeErr{2}))
	fmt.Println(errors.Is(sliceErr{1}, sliceErr{1}), errors.Is(isAll{}, io.EOF), errors.Is(isAll{}, io.ErrUnexpectedEOF))
	j := errors.Join(nil, codeErr{3}, nil, fmt.Errorf("x: %w", io.EOF))
	fmt.Println(errors.Is(j, io.EOF), errors.Is(j, codeErr{3}), errors.Join(nil, nil) == nil)
	fmt.Printf("%q\n", j.Error())
	var ce codeErr
	fmt.Println(errors.As(j, &ce), ce.code)
	fmt.Println(errors.As(isAll{}, &ce), ce.code)
	var pe *fs.PathError
	_, err := os.Open("/nonexistent/file")
	fmt.Println(errors.As(err, &pe), pe.Op, errors.Is(err, fs.ErrNotExist), errors.Is(err, errors.ErrUnsupported))
	var any1 interface{ Error() string }
	fmt.Println(errors.As(io.EOF, &any1), any1)
	fmt.Println(errors.As(nil, &ce))
	try("nil target", func() { errors.As(io.EOF, nil) })
	try("non-pointer", func() { errors.As(io.EOF, ce) })
	try("nil pointer", func() { var p *codeErr; errors.As(io.EOF, p) })
	try("bad elem", func() { var n int; errors.As(io.EOF, &n) })
	fmt.Println(errors.Unwrap(j), errors.Unwrap(fmt.Errorf("a %w", io.EOF)), errors.Unwrap(io.EOF))
	fmt.Println(errors.ErrUnsupported, errors.New("a") == errors.New("a"))
}
