// Package errors makes plain errors (New), combines them (Join), and searches the tree
// an error forms through its Unwrap method (Unwrap, Is, As).
//
// The tree of an error is the error itself followed, depth first, by the trees of
// what its Unwrap method returns: one error (Unwrap() error) or several (Unwrap()
// []error, nil entries skipped).
package errors

import "internal/reflectlite"

// New makes an error whose Error is text; every call makes a distinct error.
func New(text string) error { return &errorString{text} }

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

var (
	// ErrUnsupported says an operation cannot be done (match it with Is).
	ErrUnsupported = New("unsupported operation")
)

type singleWrapper interface{ Unwrap() error }
type multiWrapper interface{ Unwrap() []error }

// Unwrap is err's Unwrap() error result; nil when err has no such method (a Join
// error's Unwrap() []error does not count).
func Unwrap(err error) error {
	if w, ok := err.(singleWrapper); ok {
		return w.Unwrap()
	}
	return nil
}

// walk visits err's tree in order until visit returns true, and reports whether it
// did.
func walk(err error, visit func(error) bool) bool {
	for err != nil {
		if visit(err) {
			return true
		}
		switch w := err.(type) {
		case singleWrapper:
			err = w.Unwrap()
		case multiWrapper:
			for _, child := range w.Unwrap() {
				if walk(child, visit) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// Is reports whether err's tree holds target: an error equal to it (when target's
// type is comparable) or one whose Is(target) method says so.
func Is(err, target error) bool {
	if target == nil {
		return err == nil // a nil tree is empty: walk finds nothing
	}
	canCompare := comparableValue(target)
	return walk(err, func(e error) bool {
		if canCompare && e == target {
			return true
		}
		m, ok := e.(interface{ Is(error) bool })
		return ok && m.Is(target)
	})
}

// comparableValue reports whether == on v cannot panic.
func comparableValue(v any) bool {
	switch reflectlite.KindOf(v) {
	case reflectlite.KindSlice, reflectlite.KindMap, reflectlite.KindFunc:
		return false
	case reflectlite.KindStruct:
		for i, n := 0, reflectlite.NumField(v); i < n; i++ {
			if f := reflectlite.Field(v, i); f != nil && !comparableValue(f) {
				return false
			}
		}
	case reflectlite.KindArray:
		for i, n := 0, reflectlite.Len(v); i < n; i++ {
			if e := reflectlite.Index(v, i); e != nil && !comparableValue(e) {
				return false
			}
		}
	}
	return true
}

// As walks err's tree for an error that can be stored in *target (its dynamic type is
// assignable to target's element type) or whose As(target) method says yes; it stores
// that error and returns true, or returns false. target must be a non-nil pointer to
// an interface type or to a type implementing error, else As panics.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if problem := badTarget(target); problem != "" {
		panic("errors: " + problem)
	}
	return walk(err, func(e error) bool {
		if reflectlite.SetElem(target, e) {
			return true
		}
		m, ok := e.(interface{ As(any) bool })
		return ok && m.As(target)
	})
}

// badTarget says what is wrong with As's target, or "".
func badTarget(target any) string {
	switch {
	case target == nil:
		return "target cannot be nil"
	case reflectlite.KindOf(target) != reflectlite.KindPointer || reflectlite.IsNil(target):
		return "target must be a non-nil pointer"
	case reflectlite.ElemKind(target) != reflectlite.KindInterface && !reflectlite.ElemImplementsError(target):
		return "*target must be interface or implement error"
	}
	return ""
}

// Join wraps the non-nil errs in one error (nil if there are none) whose text is
// theirs, one per line.
func Join(errs ...error) error {
	n := 0
	for _, e := range errs {
		if e != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	kept := make([]error, 0, n)
	for _, e := range errs {
		if e != nil {
			kept = append(kept, e)
		}
	}
	return &joinError{errs: kept}
}

type joinError struct {
	errs []error
}

func (j *joinError) Error() string {
	text := j.errs[0].Error()
	for _, e := range j.errs[1:] {
		text += "\n" + e.Error()
	}
	return text
}

func (j *joinError) Unwrap() []error { return j.errs }
