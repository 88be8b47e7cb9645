package template

import (
	"fmt"
	"reflect"
)

// Strings of these types are known to be safe in one context and are output there as is.
type (
	// CSS is a trusted CSS fragment: a stylesheet, rule, declaration or value.
	CSS string
	// HTML is a trusted document fragment.
	HTML string
	// HTMLAttr is a trusted attribute, such as ` dir="ltr"`.
	HTMLAttr string
	// JS is a trusted JavaScript expression.
	JS string
	// JSStr is trusted text for inside a JavaScript string literal.
	JSStr string
	// URL is a trusted URL or part of one.
	URL string
	// Srcset is a trusted value of an img srcset attribute.
	Srcset string
)

// kindOfContent says which safe type a value was, if any.
type kindOfContent int

const (
	plainText kindOfContent = iota
	cssContent
	htmlContent
	attrContent
	jsContent
	jsStrContent
	urlContent
	srcsetContent
)

var errorIface = reflect.TypeFor[error]()
var stringerIface = reflect.TypeFor[fmt.Stringer]()

// unpointer follows pointers until a nil one or a value that is not a pointer.
func unpointer(a any) any {
	v := reflect.ValueOf(a)
	if !v.IsValid() {
		return nil
	}
	return pointedAt(v, false).Interface()
}

// pointedAt follows non-nil pointers from v; with methodsStop it stops at a pointer that
// has a String or Error method.
func pointedAt(v reflect.Value, methodsStop bool) reflect.Value {
	follow := v.Kind() == reflect.Pointer && !v.IsNil()
	if follow && methodsStop {
		follow = !v.Type().Implements(stringerIface) && !v.Type().Implements(errorIface)
	}
	if follow {
		return pointedAt(v.Elem(), methodsStop)
	}
	return v
}

// toPrintable follows pointers unless the pointer itself has a String or Error method.
func toPrintable(a any) any {
	return pointedAt(reflect.ValueOf(a), true).Interface()
}

// textOf turns escaper arguments into text, and reports the safe type of a lone argument.
// Nil arguments print nothing.
func textOf(args []any) (string, kindOfContent) {
	if len(args) == 1 {
		switch s := unpointer(args[0]).(type) {
		case string:
			return s, plainText
		case CSS:
			return string(s), cssContent
		case HTML:
			return string(s), htmlContent
		case HTMLAttr:
			return string(s), attrContent
		case JS:
			return string(s), jsContent
		case JSStr:
			return string(s), jsStrContent
		case URL:
			return string(s), urlContent
		case Srcset:
			return string(s), srcsetContent
		}
	}
	kept := make([]any, 0, len(args))
	for _, a := range args {
		if a != nil {
			kept = append(kept, toPrintable(a))
		}
	}
	return fmt.Sprint(kept...), plainText
}
