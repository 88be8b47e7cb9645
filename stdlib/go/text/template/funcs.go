package template

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FuncMap maps names to the functions templates may call. Each function returns one value,
// or a value and an error; a non-nil error stops execution.
type FuncMap map[string]any

// builtinNames is the parser's view of the predefined functions; builtinFn their values.
var builtinNames = map[string]any{}
var builtinFn = map[string]reflect.Value{}

func init() {
	fns := map[string]any{
		"and":      andFn,
		"call":     callFn,
		"html":     HTMLEscaper,
		"index":    indexFn,
		"slice":    sliceFn,
		"js":       JSEscaper,
		"len":      lenFn,
		"not":      notFn,
		"or":       orFn,
		"print":    fmt.Sprint,
		"printf":   fmt.Sprintf,
		"println":  fmt.Sprintln,
		"urlquery": URLQueryEscaper,
		"eq":       eqFn,
		"ne":       neFn,
		"lt":       ltFn,
		"le":       leFn,
		"gt":       gtFn,
		"ge":       geFn,
	}
	for k, v := range fns {
		builtinNames[k] = v
		builtinFn[k] = reflect.ValueOf(v)
	}
}

var (
	tError    = reflect.TypeFor[error]()
	tStringer = reflect.TypeFor[fmt.Stringer]()
	tValue    = reflect.TypeFor[reflect.Value]()
)

// Texts of the errors and panics of the builtins and the Template methods (Go's words).
const (
	msgIndexRange   = "index out of range: %d"
	msgSliceIndexes = "too many slice indexes: %d"
	msgArg          = "arg %d: %w"
	msgBadFuncName  = "function name %q is not a valid identifier"
	msgNotFunc      = "value for %s not a function"
	msgBadOption    = "unrecognized option: %s"
	msgNoFiles      = "template: no files named in call to ParseFiles"
	msgNoMatch      = "template: pattern matches no files: %#q"
	msgNoAssoc      = "template: no template %q associated with template %q"
	msgNotOrdered   = "invalid type for comparison"
	msgMismatch     = "incompatible types for comparison"
	msgOneOperand   = "missing argument for comparison"
)

// kindFamily groups reflect kinds by how templates treat them.
type kindFamily int

const (
	famOther kindFamily = iota
	famBool
	famInt
	famUint
	famFloat
	famComplex
	famString
	famArray
	famSlice
	famMap
	famChan
	famFunc
	famPointer
	famIface
	famStruct
	famUnsafe
)

func familyOf(k reflect.Kind) kindFamily {
	switch {
	case k == reflect.Bool:
		return famBool
	case k >= reflect.Int && k <= reflect.Int64:
		return famInt
	case k >= reflect.Uint && k <= reflect.Uintptr:
		return famUint
	case k == reflect.Float32 || k == reflect.Float64:
		return famFloat
	case k == reflect.Complex64 || k == reflect.Complex128:
		return famComplex
	}
	return otherFamilies[k]
}

// otherFamilies maps the kinds that are not numbers or booleans.
var otherFamilies = map[reflect.Kind]kindFamily{
	reflect.String: famString, reflect.Array: famArray, reflect.Slice: famSlice,
	reflect.Map: famMap, reflect.Chan: famChan, reflect.Func: famFunc,
	reflect.Pointer: famPointer, reflect.Interface: famIface, reflect.Struct: famStruct,
	reflect.UnsafePointer: famUnsafe,
}

// hasNil reports whether the kind's zero value is nil.
func hasNil(k reflect.Kind) bool {
	switch familyOf(k) {
	case famSlice, famMap, famChan, famFunc, famPointer, famIface:
		return true
	}
	return false
}

// hasLen reports whether len applies to the kind.
func hasLen(k reflect.Kind) bool {
	switch familyOf(k) {
	case famString, famArray, famSlice, famMap, famChan:
		return true
	}
	return false
}

func isIdentifier(name string) bool {
	if name == "" {
		return false
	}
	for i, r := range name {
		switch {
		case r == '_', unicode.IsLetter(r):
		case unicode.IsDigit(r) && i > 0:
		default:
			return false
		}
	}
	return true
}

// checkResults accepts a function type with one result, or a result and an error.
func checkResults(name string, t reflect.Type) error {
	switch {
	case t.NumOut() == 1:
		return nil
	case t.NumOut() == 2 && t.Out(1) == tError:
		return nil
	case t.NumOut() == 2:
		return fmt.Errorf("invalid function signature for %s: second return value should be error; is %s", name, t.Out(1))
	}
	return fmt.Errorf("function %s has %d return values; should be 1 or 2", name, t.NumOut())
}

// unwrapIface returns the value inside an interface value.
func unwrapIface(v reflect.Value) reflect.Value {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return reflect.Value{}
		}
		return v.Elem()
	}
	return v
}

// deref follows pointers and interfaces; isNil reports stopping at a nil one.
func deref(v reflect.Value) (rv reflect.Value, isNil bool) {
	for v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface {
		if v.IsNil() {
			return v, true
		}
		v = v.Elem()
	}
	return v, false
}

// nilable reports whether nil converts to t (reflect.Value included: it wraps nothing).
func nilable(t reflect.Type) bool { return hasNil(t.Kind()) || t == tValue }

// IsTrue reports whether val is "true" in the template sense (non-zero, non-empty) and
// whether it has a meaningful truth value at all.
func IsTrue(val any) (truth, ok bool) {
	return truthOf(reflect.ValueOf(val))
}

func truthOf(v reflect.Value) (truth, ok bool) {
	if !v.IsValid() {
		return false, true
	}
	switch f := familyOf(v.Kind()); {
	case f == famBool:
		return v.Bool(), true
	case f == famInt:
		return v.Int() != 0, true
	case f == famUint:
		return v.Uint() != 0, true
	case f == famFloat:
		return v.Float() != 0, true
	case f == famComplex:
		return v.Complex() != 0, true
	case f == famStruct:
		return true, true
	case f == famString || f == famArray || f == famSlice || f == famMap:
		return v.Len() > 0, true
	case f == famUnsafe || hasNil(v.Kind()):
		return !v.IsNil(), true
	}
	return false, false
}

// and, or: the executor evaluates their arguments lazily; these serve direct calls.
func andFn(first reflect.Value, rest ...reflect.Value) reflect.Value {
	if t, _ := truthOf(first); !t {
		return first
	}
	for _, v := range rest {
		first = v
		if t, _ := truthOf(v); !t {
			break
		}
	}
	return first
}

func orFn(first reflect.Value, rest ...reflect.Value) reflect.Value {
	if t, _ := truthOf(first); t {
		return first
	}
	for _, v := range rest {
		first = v
		if t, _ := truthOf(v); t {
			break
		}
	}
	return first
}

func notFn(v reflect.Value) bool {
	t, _ := truthOf(unwrapIface(v))
	return !t
}

func lenFn(item reflect.Value) (int, error) {
	v, isNil := deref(item)
	if isNil {
		return 0, errors.New("len of nil pointer")
	}
	if hasLen(v.Kind()) {
		return v.Len(), nil
	}
	return 0, fmt.Errorf("len of type %s", v.Type())
}

// convertArg makes v acceptable as a value of type t, as a function argument or map key.
func convertArg(v reflect.Value, t reflect.Type) (reflect.Value, error) {
	if !v.IsValid() {
		if !nilable(t) {
			return reflect.Value{}, fmt.Errorf("value is nil; should be of type %s", t)
		}
		return reflect.Zero(t), nil
	}
	if v.Type().AssignableTo(t) {
		return v, nil
	}
	if integral(v.Kind()) && integral(t.Kind()) && v.Type().ConvertibleTo(t) {
		return v.Convert(t), nil
	}
	return reflect.Value{}, fmt.Errorf("value has type %s; should be %s", v.Type(), t)
}

func integral(k reflect.Kind) bool {
	f := familyOf(k)
	return f == famInt || f == famUint
}

// position converts an index argument, which must lie in [0, limit].
func position(idx reflect.Value, limit int) (int, error) {
	if !idx.IsValid() {
		return 0, errors.New("cannot index slice/array with nil")
	}
	switch familyOf(idx.Kind()) {
	case famInt:
		if x := idx.Int(); x >= 0 && x <= int64(limit) {
			return int(x), nil
		}
		return 0, fmt.Errorf(msgIndexRange, idx.Int())
	case famUint:
		if x := idx.Uint(); x <= uint64(limit) {
			return int(x), nil
		}
		return 0, fmt.Errorf(msgIndexRange, idx.Uint())
	}
	return 0, fmt.Errorf("cannot index slice/array with type %s", idx.Type())
}

func indexFn(item reflect.Value, indexes ...reflect.Value) (reflect.Value, error) {
	v := unwrapIface(item)
	if !v.IsValid() {
		return reflect.Value{}, errors.New("index of untyped nil")
	}
	for _, idx := range indexes {
		idx = unwrapIface(idx)
		var isNil bool
		if v, isNil = deref(v); isNil {
			return reflect.Value{}, errors.New("index of nil pointer")
		}
		switch f := familyOf(v.Kind()); {
		case f == famArray || f == famSlice || f == famString:
			i, err := position(idx, v.Len())
			if err != nil {
				return reflect.Value{}, err
			}
			v = v.Index(i)
		case f == famMap:
			key, err := convertArg(idx, v.Type().Key())
			if err != nil {
				return reflect.Value{}, err
			}
			if e := v.MapIndex(key); e.IsValid() {
				v = e
			} else {
				v = reflect.Zero(v.Type().Elem())
			}
		default:
			return reflect.Value{}, fmt.Errorf("can't index item of type %s", v.Type())
		}
	}
	return v, nil
}

func sliceFn(item reflect.Value, indexes ...reflect.Value) (reflect.Value, error) {
	v := unwrapIface(item)
	if !v.IsValid() {
		return reflect.Value{}, errors.New("slice of untyped nil")
	}
	if len(indexes) > 3 {
		return reflect.Value{}, fmt.Errorf(msgSliceIndexes, len(indexes))
	}
	var limit int
	switch f := familyOf(v.Kind()); {
	case f == famString && len(indexes) == 3:
		return reflect.Value{}, errors.New("cannot 3-index slice a string")
	case f == famString:
		limit = v.Len()
	case f == famArray || f == famSlice:
		limit = v.Cap()
	default:
		return reflect.Value{}, fmt.Errorf("can't slice item of type %s", v.Type())
	}
	bounds := []int{0, v.Len(), limit}
	for i, idx := range indexes {
		x, err := position(unwrapIface(idx), limit)
		if err != nil {
			return reflect.Value{}, err
		}
		bounds[i] = x
	}
	if bounds[0] > bounds[1] {
		return reflect.Value{}, fmt.Errorf("invalid slice index: %d > %d", bounds[0], bounds[1])
	}
	if len(indexes) < 3 {
		return v.Slice(bounds[0], bounds[1]), nil
	}
	if bounds[1] > bounds[2] {
		return reflect.Value{}, fmt.Errorf("invalid slice index: %d > %d", bounds[1], bounds[2])
	}
	return v.Slice3(bounds[0], bounds[1], bounds[2]), nil
}

// callFn is the builtin "call"; the executor passes the callee's text first, for errors.
func callFn(name string, fn reflect.Value, args ...reflect.Value) (reflect.Value, error) {
	fn = unwrapIface(fn)
	if !fn.IsValid() {
		return reflect.Value{}, errors.New("call of nil")
	}
	t := fn.Type()
	if t.Kind() != reflect.Func {
		return reflect.Value{}, fmt.Errorf("non-function %s of type %s", name, t)
	}
	if err := checkResults(name, t); err != nil {
		return reflect.Value{}, err
	}
	fixed := t.NumIn()
	if t.IsVariadic() {
		fixed--
		if len(args) < fixed {
			return reflect.Value{}, fmt.Errorf("wrong number of args for %s: got %d want at least %d", name, len(args), fixed)
		}
	} else if len(args) != fixed {
		return reflect.Value{}, fmt.Errorf("wrong number of args for %s: got %d want %d", name, len(args), fixed)
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		at := t.In(min(i, t.NumIn()-1))
		if i >= fixed {
			at = t.In(fixed).Elem()
		}
		v, err := convertArg(unwrapIface(a), at)
		if err != nil {
			return reflect.Value{}, fmt.Errorf(msgArg, i, err)
		}
		in[i] = v
	}
	return guardedCall(name, fn, in)
}

// guardedCall calls fn, turning a panic into an error and a trailing error result into
// the returned error.
func guardedCall(name string, fn reflect.Value, in []reflect.Value) (result reflect.Value, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("%v", r)
			}
		}
	}()
	out := fn.Call(in)
	if len(out) == 2 && !out[1].IsNil() {
		return out[0], out[1].Interface().(error)
	}
	return out[0], nil
}

// Comparison classes of basic kinds.
type cmpClass int

const (
	cmpInvalid cmpClass = iota
	cmpBool
	cmpComplex
	cmpInt
	cmpFloat
	cmpString
	cmpUint
)

var (
	errKindNotOrdered = errors.New(msgNotOrdered)
	errKindMismatch   = errors.New(msgMismatch)
	errOneOperand     = errors.New(msgOneOperand)
)

var comparisonClass = map[kindFamily]cmpClass{famBool: cmpBool, famInt: cmpInt, famUint: cmpUint,
	famFloat: cmpFloat, famComplex: cmpComplex, famString: cmpString}

func classOf(v reflect.Value) (cmpClass, error) {
	c := comparisonClass[familyOf(v.Kind())]
	if c == cmpInvalid {
		return c, errKindNotOrdered
	}
	return c, nil
}

func isNilValue(v reflect.Value) bool {
	return !v.IsValid() || hasNil(v.Kind()) && v.IsNil()
}

// equalOne compares two values by the template rules: basic kinds by value (signed and
// unsigned integers compare mathematically), other comparable types with ==.
func equalOne(a, b reflect.Value) (bool, error) {
	ca, _ := classOf(a)
	cb, _ := classOf(b)
	if ca != cb {
		switch {
		case ca == cmpInt && cb == cmpUint:
			return a.Int() >= 0 && uint64(a.Int()) == b.Uint(), nil
		case ca == cmpUint && cb == cmpInt:
			return b.Int() >= 0 && a.Uint() == uint64(b.Int()), nil
		case a.IsValid() && b.IsValid():
			return false, errKindMismatch
		}
		return false, nil
	}
	switch ca {
	case cmpBool:
		return a.Bool() == b.Bool(), nil
	case cmpComplex:
		return a.Complex() == b.Complex(), nil
	case cmpFloat:
		return a.Float() == b.Float(), nil
	case cmpInt:
		return a.Int() == b.Int(), nil
	case cmpString:
		return a.String() == b.String(), nil
	case cmpUint:
		return a.Uint() == b.Uint(), nil
	}
	if a.IsValid() && b.IsValid() && a.Type() != b.Type() {
		return false, fmt.Errorf("non-comparable types %s: %v, %s: %v", a, a.Type(), b.Type(), b)
	}
	if an, bn := isNilValue(a), isNilValue(b); an || bn {
		return an == bn, nil
	}
	if !a.Type().Comparable() {
		return false, fmt.Errorf("non-comparable type %s: %v", a, a.Type())
	}
	if !b.Type().Comparable() {
		return false, fmt.Errorf("non-comparable type %s: %v", b, b.Type())
	}
	return a.Interface() == b.Interface(), nil
}

func eqFn(first reflect.Value, others ...reflect.Value) (bool, error) {
	first = unwrapIface(first)
	if len(others) == 0 {
		return false, errOneOperand
	}
	for _, o := range others {
		same, err := equalOne(first, unwrapIface(o))
		if err != nil || same {
			return same, err
		}
	}
	return false, nil
}

func neFn(a, b reflect.Value) (bool, error) {
	same, err := eqFn(a, b)
	return !same, err
}

func ltFn(a, b reflect.Value) (bool, error) {
	a, b = unwrapIface(a), unwrapIface(b)
	ca, err := classOf(a)
	if err != nil {
		return false, err
	}
	cb, err := classOf(b)
	if err != nil {
		return false, err
	}
	if ca != cb {
		switch {
		case ca == cmpInt && cb == cmpUint:
			return a.Int() < 0 || uint64(a.Int()) < b.Uint(), nil
		case ca == cmpUint && cb == cmpInt:
			return b.Int() >= 0 && a.Uint() < uint64(b.Int()), nil
		}
		return false, errKindMismatch
	}
	switch ca {
	case cmpFloat:
		return a.Float() < b.Float(), nil
	case cmpInt:
		return a.Int() < b.Int(), nil
	case cmpString:
		return a.String() < b.String(), nil
	case cmpUint:
		return a.Uint() < b.Uint(), nil
	}
	return false, errKindNotOrdered
}

func leFn(a, b reflect.Value) (bool, error) {
	less, err := ltFn(a, b)
	if less || err != nil {
		return less, err
	}
	return eqFn(a, b)
}

func gtFn(a, b reflect.Value) (bool, error) {
	le, err := leFn(a, b)
	if err != nil {
		return false, err
	}
	return !le, nil
}

func geFn(a, b reflect.Value) (bool, error) {
	less, err := ltFn(a, b)
	if err != nil {
		return false, err
	}
	return !less, nil
}

// HTML and JavaScript escaping.

// HTMLEscape writes b to w with the HTML special characters escaped.
func HTMLEscape(w io.Writer, b []byte) {
	w.Write([]byte(HTMLEscapeString(string(b))))
}

// HTMLEscapeString returns s with ", ', &, < and > replaced by entities and NUL by U+FFFD.
func HTMLEscapeString(s string) string {
	if !strings.ContainsAny(s, "\"'&<>\x00") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"':
			b.WriteString("&#34;")
		case '\'':
			b.WriteString("&#39;")
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case 0:
			b.WriteString("\uFFFD")
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// HTMLEscaper returns the escaped textual form of its arguments.
func HTMLEscaper(args ...any) string { return HTMLEscapeString(argText(args)) }

// JSEscape writes b to w escaped for use inside a JavaScript string literal.
func JSEscape(w io.Writer, b []byte) {
	w.Write([]byte(JSEscapeString(string(b))))
}

// JSEscapeString returns s escaped for use inside a JavaScript string literal.
func JSEscapeString(s string) string {
	clean := true
	for _, r := range s {
		if jsSpecial(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !jsSpecial(r):
			b.WriteRune(r)
		case r == '\\' || r == '\'' || r == '"':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < utf8.RuneSelf:
			fmt.Fprintf(&b, "\\u%04X", r)
		case unicode.IsPrint(r):
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, "\\u%04X", r)
		}
	}
	return b.String()
}

func jsSpecial(r rune) bool {
	return r < ' ' || r >= utf8.RuneSelf || strings.ContainsRune(`\'"<>&=`, r)
}

// JSEscaper returns the JavaScript-escaped textual form of its arguments.
func JSEscaper(args ...any) string { return JSEscapeString(argText(args)) }

// URLQueryEscaper returns its arguments' text escaped for a URL query.
func URLQueryEscaper(args ...any) string { return url.QueryEscape(argText(args)) }

// argText is the text of the escapers' arguments: a lone string as is, otherwise the
// arguments printed as by print (pointers followed, Stringers and errors used).
func argText(args []any) string {
	var lone any
	if len(args) == 1 {
		lone = args[0]
	}
	if s, isString := lone.(string); isString {
		return s
	}
	for i, a := range args {
		if p, ok := printable(reflect.ValueOf(a)); ok {
			args[i] = p
		}
	}
	return fmt.Sprint(args...)
}

// pointee follows pointers to what they point at, stopping at a nil one.
func pointee(v reflect.Value) reflect.Value {
	if familyOf(v.Kind()) == famPointer && !v.IsNil() {
		return pointee(v.Elem())
	}
	return v
}

// printable returns the value fmt should print for v, following pointers and preferring a
// String or Error method; ok is false for functions and channels, which do not print.
func printable(v reflect.Value) (any, bool) {
	v = pointee(v)
	if !v.IsValid() {
		return "<no value>", true
	}
	if !v.Type().Implements(tError) && !v.Type().Implements(tStringer) {
		pt := reflect.PointerTo(v.Type())
		if v.CanAddr() && (pt.Implements(tError) || pt.Implements(tStringer)) {
			v = v.Addr()
		} else if k := v.Kind(); k == reflect.Chan || k == reflect.Func {
			return nil, false
		}
	}
	return v.Interface(), true
}
