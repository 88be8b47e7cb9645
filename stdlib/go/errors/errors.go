// Package errors implements functions to manipulate errors: New creates errors whose
// only content is a text message; Unwrap, Is and As inspect error trees built by
// wrapping (an Unwrap() error or Unwrap() []error method); Join combines errors.
package errors

import "internal/reflectlite"

// New returns an error that formats as the given text. Each call to New returns a
// distinct error value even if the text is identical.
func New(text string) error { return &errorString{text} }

// errorString is a trivial implementation of error.
type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// ErrUnsupported indicates that a requested operation cannot be performed, because it
// is unsupported.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns the result of calling the Unwrap method on err, if err's type
// contains an Unwrap method returning error. Otherwise, Unwrap returns nil. Unwrap
// only calls a method of the form "Unwrap() error"; in particular it does not unwrap
// errors returned by Join.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target. The tree consists of err
// itself, followed by the errors obtained by repeatedly calling its Unwrap() error or
// Unwrap() []error method, depth first. An error matches target if it is equal to
// target (when comparable) or has a method Is(error) bool with Is(target) true.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, comparable(target))
}

// comparable reports whether the dynamic type of v supports ==, so that comparing it
// cannot panic.
func comparable(v any) bool {
	switch reflectlite.KindOf(v) {
	case reflectlite.KindSlice, reflectlite.KindMap, reflectlite.KindFunc:
		return false
	case reflectlite.KindStruct:
		for i := 0; i < reflectlite.NumField(v); i++ {
			f := reflectlite.Field(v, i)
			if f != nil && !comparable(f) {
				return false
			}
		}
	case reflectlite.KindArray:
		for i := 0; i < reflectlite.Len(v); i++ {
			e := reflectlite.Index(v, i)
			if e != nil && !comparable(e) {
				return false
			}
		}
	}
	return true
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err != nil && is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// As finds the first error in err's tree that matches target, and if one is found,
// sets target to that error value and returns true. Otherwise, it returns false.
//
// An error matches target if the error's concrete value is assignable to the value
// pointed to by target, or if the error has a method As(any) bool such that As(target)
// returns true. As panics if target is not a non-nil pointer to either a type that
// implements error, or to any interface type.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	if reflectlite.KindOf(target) != reflectlite.KindPointer || reflectlite.IsNil(target) {
		panic("errors: target must be a non-nil pointer")
	}
	if reflectlite.ElemKind(target) != reflectlite.KindInterface && !reflectlite.ElemImplementsError(target) {
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if reflectlite.SetElem(target, err) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Join returns an error that wraps the given errors. Any nil error values are
// discarded. Join returns nil if every value in errs is nil. The error formats as the
// concatenation of the strings obtained by calling the Error method of each element of
// errs, with a newline between each string.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error { return e.errs }
