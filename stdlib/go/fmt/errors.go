package fmt

import "errors"

// Errorf formats like Sprintf and returns the text as an error. With one %w verb the
// error also unwraps to that operand; with several, Unwrap returns all of them (in
// operand order, each once).
func Errorf(format string, a ...any) error {
	p := newPrinter()
	p.wrapErrs = true
	p.printFormat(format, a)
	msg := string(p.buf)
	switch len(p.wrapped) {
	case 0:
		return errors.New(msg)
	case 1:
		e, _ := a[p.wrapped[0]].(error)
		return &wrapError{msg, e}
	}
	// Operand order, duplicates once: mark the operands used with %w.
	used := make([]bool, len(a))
	for _, i := range p.wrapped {
		used[i] = true
	}
	var errs []error
	for i, u := range used {
		if e, ok := a[i].(error); u && ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{msg, errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }
func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string   { return e.msg }
func (e *wrapErrors) Unwrap() []error { return e.errs }
