// Package flag parses command-line flags: -name, --name, -name=value and, for flags that
// are not boolean, -name value. Parsing stops at the first argument that is not a flag
// (a lone "-" is not one) or after the terminator "--".
package flag

import (
	"encoding"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"sort"
	"strings"
	"time"
)

var (
	// ErrHelp is returned by Parse when -help or -h is given and not defined.
	ErrHelp = errors.New("flag: help requested")
)

// ErrorHandling says what FlagSet.Parse does on an error.
type ErrorHandling int

const (
	ContinueOnError ErrorHandling = iota // return the error
	ExitOnError                          // exit with status 2 (0 for -help)
	PanicOnError                         // panic with the error
)

// Flag is one defined flag.
type Flag struct {
	Name     string
	Usage    string
	Value    Value
	DefValue string // the default, as text
}

// FlagSet is a set of flags with its parsing state.
type FlagSet struct {
	// Usage prints the usage message; called on a parse error (nil: the default).
	Usage func()

	name     string
	handling ErrorHandling
	parsed   bool
	defined  map[string]*Flag
	set      map[string]*Flag
	args     []string
	output   io.Writer
}

// NewFlagSet returns an empty flag set with the given name and error handling.
func NewFlagSet(name string, errorHandling ErrorHandling) *FlagSet {
	fs := &FlagSet{name: name, handling: errorHandling}
	fs.Usage = fs.standardUsage
	return fs
}

// Init sets the name and error handling of a flag set (for a zero FlagSet).
func (f *FlagSet) Init(name string, errorHandling ErrorHandling) {
	f.name = name
	f.handling = errorHandling
}

// Name returns the flag set's name.
func (f *FlagSet) Name() string { return f.name }

// ErrorHandling returns the flag set's error handling.
func (f *FlagSet) ErrorHandling() ErrorHandling { return f.handling }

// Output returns where usage and error messages go (standard error by default).
func (f *FlagSet) Output() io.Writer {
	if f.output == nil {
		return os.Stderr
	}
	return f.output
}

// SetOutput sets where usage and error messages go (nil: standard error).
func (f *FlagSet) SetOutput(w io.Writer) { f.output = w }

// sorted returns the flags of m by name.
func sorted(m map[string]*Flag) []*Flag {
	list := make([]*Flag, 0, len(m))
	for _, fl := range m {
		list = append(list, fl)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name < list[j].Name })
	return list
}

// VisitAll calls fn for every defined flag, in name order.
func (f *FlagSet) VisitAll(fn func(*Flag)) {
	for _, fl := range sorted(f.defined) {
		fn(fl)
	}
}

// Visit calls fn for every flag that was set, in name order.
func (f *FlagSet) Visit(fn func(*Flag)) {
	for _, fl := range sorted(f.set) {
		fn(fl)
	}
}

// Lookup returns the named flag, or nil.
func (f *FlagSet) Lookup(name string) *Flag { return f.defined[name] }

// Set sets the named flag's value, as if it was given on the command line.
func (f *FlagSet) Set(name, value string) error {
	fl, ok := f.defined[name]
	if !ok {
		return errors.New("no such flag -" + name)
	}
	if err := fl.Value.Set(value); err != nil {
		return err
	}
	if f.set == nil {
		f.set = map[string]*Flag{}
	}
	f.set[name] = fl
	return nil
}

// UnquoteUsage returns the name to show for a flag's argument and its usage text: the
// first back-quoted word of the usage (quotes removed), else a name for the value's
// type ("" for booleans).
func UnquoteUsage(flag *Flag) (name string, usage string) {
	usage = flag.Usage
	if open := strings.IndexByte(usage, '`'); open >= 0 {
		if n := strings.IndexByte(usage[open+1:], '`'); n >= 0 {
			name = usage[open+1 : open+1+n]
			return name, usage[:open] + name + usage[open+2+n:]
		}
	}
	if b, ok := flag.Value.(boolFlag); ok && b.IsBoolFlag() {
		return "", usage
	}
	if t, ok := flag.Value.(interface{ typeName() string }); ok {
		return t.typeName(), usage
	}
	return "value", usage
}

// zeroText returns the text of a zero value of v's type (what a default that does not
// need showing looks like).
func zeroText(fl *Flag) (text string, err error) {
	t := reflect.TypeOf(fl.Value)
	var zero reflect.Value
	switch t.Kind() {
	case reflect.Pointer:
		zero = reflect.New(t.Elem())
	default:
		zero = reflect.Zero(t)
	}
	defer func() {
		if r := recover(); r != nil {
			shown := t
			if shown.Kind() == reflect.Pointer {
				shown = shown.Elem()
			}
			err = fmt.Errorf("panic calling String method on zero %v for flag %s: %v", shown, fl.Name, r)
		}
	}()
	return zero.Interface().(Value).String(), nil
}

// PrintDefaults prints every flag with its usage and non-zero default to Output().
func (f *FlagSet) PrintDefaults() {
	var problems []error
	out := f.Output()
	f.VisitAll(func(fl *Flag) {
		var b strings.Builder
		b.WriteString("  -" + fl.Name)
		name, usage := UnquoteUsage(fl)
		if name != "" {
			b.WriteString(" " + name)
		}
		// A one-letter flag without an argument name keeps its usage on the same line.
		if b.Len() <= 4 {
			b.WriteString("\t")
		} else {
			b.WriteString("\n    \t")
		}
		b.WriteString(strings.Join(strings.Split(usage, "\n"), "\n    \t"))
		zero, err := zeroText(fl)
		if err != nil {
			problems = append(problems, err)
		} else if fl.DefValue != zero {
			if _, isString := fl.Value.(*stringValue); isString {
				fmt.Fprintf(&b, " (default %q)", fl.DefValue)
			} else {
				fmt.Fprintf(&b, " (default %v)", fl.DefValue)
			}
		}
		fmt.Fprint(out, b.String(), "\n")
	})
	if len(problems) > 0 {
		fmt.Fprintln(out)
		for _, e := range problems {
			fmt.Fprintln(out, e)
		}
	}
}

func (f *FlagSet) standardUsage() {
	header := "Usage:\n"
	if f.name != "" {
		header = "Usage of " + f.name + ":\n"
	}
	io.WriteString(f.Output(), header)
	f.PrintDefaults()
}

func (f *FlagSet) usage() {
	if f.Usage == nil {
		f.standardUsage()
	} else {
		f.Usage()
	}
}

// NFlag returns how many flags were set.
func (f *FlagSet) NFlag() int { return len(f.set) }

// Arg returns the i'th argument left after the flags ("" when there is none).
func (f *FlagSet) Arg(i int) string {
	if uint(i) >= uint(len(f.args)) {
		return ""
	}
	return f.args[i]
}

// NArg returns how many arguments are left after the flags.
func (f *FlagSet) NArg() int { return len(f.args) }

// Args returns the arguments left after the flags.
func (f *FlagSet) Args() []string { return f.args }

// Parsed reports whether Parse was called.
func (f *FlagSet) Parsed() bool { return f.parsed }

// Var defines a flag with the given Value; its current text is the default. Defining a
// name twice panics.
func (f *FlagSet) Var(value Value, name string, usage string) {
	switch {
	case strings.HasPrefix(name, "-"):
		panic(f.report(fmt.Sprintf("flag %q begins with -", name)))
	case strings.Contains(name, "="):
		panic(f.report(fmt.Sprintf("flag %q contains =", name)))
	}
	if _, dup := f.defined[name]; dup {
		msg := "flag redefined: " + name
		if f.name != "" {
			msg = f.name + " " + msg
		}
		panic(f.report(msg))
	}
	if f.defined == nil {
		f.defined = map[string]*Flag{}
	}
	f.defined[name] = &Flag{Name: name, Usage: usage, Value: value, DefValue: value.String()}
}

// report prints a message to Output() and returns it.
func (f *FlagSet) report(text string) string {
	fmt.Fprintln(f.Output(), text)
	return text
}

// fail prints the error and the usage message, and returns the error.
func (f *FlagSet) fail(format string, args ...any) error {
	err := fmt.Errorf(format, args...)
	fmt.Fprintln(f.Output(), err)
	f.usage()
	return err
}

// next parses the flag at the start of f.args. more is false when flags have ended.
func (f *FlagSet) next() (more bool, err error) {
	if len(f.args) == 0 {
		return false, nil
	}
	arg := f.args[0]
	if len(arg) < 2 || arg[0] != '-' {
		return false, nil
	}
	name := arg[1:]
	if name[0] == '-' {
		if len(name) == 1 { // "--" ends the flags and is dropped
			f.args = f.args[1:]
			return false, nil
		}
		name = name[1:]
	}
	if name == "" || name[0] == '-' || name[0] == '=' {
		return false, f.fail("bad flag syntax: %s", arg)
	}
	f.args = f.args[1:]
	name, value, hasValue := strings.Cut(name, "=")
	fl, ok := f.defined[name]
	if !ok {
		if name == "help" || name == "h" {
			f.usage()
			return false, ErrHelp
		}
		return false, f.fail("flag provided but not defined: -%s", name)
	}
	if bf, ok := fl.Value.(boolFlag); ok && bf.IsBoolFlag() {
		if hasValue {
			if err := bf.Set(value); err != nil {
				return false, f.fail("invalid boolean value %q for -%s: %v", value, name, err)
			}
		} else if err := bf.Set("true"); err != nil {
			return false, f.fail("invalid boolean flag %s: %v", name, err)
		}
	} else {
		if !hasValue {
			// The value is the next argument.
			if len(f.args) == 0 {
				return false, f.fail("flag needs an argument: -%s", name)
			}
			value = f.args[0]
			f.args = f.args[1:]
		}
		if err := fl.Value.Set(value); err != nil {
			return false, f.fail("invalid value %q for flag -%s: %v", value, name, err)
		}
	}
	if f.set == nil {
		f.set = map[string]*Flag{}
	}
	f.set[name] = fl
	return true, nil
}

// Parse parses flags from arguments (without the program name). It must be called
// after the flags are defined and before they are used.
func (f *FlagSet) Parse(arguments []string) error {
	f.parsed = true
	f.args = arguments
	for {
		more, err := f.next()
		if more {
			continue
		}
		if err == nil {
			return nil
		}
		switch f.handling {
		case ExitOnError:
			if err == ErrHelp {
				os.Exit(0)
			}
			os.Exit(2)
		case PanicOnError:
			panic(err)
		}
		return err
	}
}

// Typed definitions: XVar stores the default in p and defines the flag over it; X
// allocates the variable.

// bind stores def in p and defines flag name over it, as the Value v.
func (f *FlagSet) bind(name, usage string, v Value, store func()) {
	store()
	f.Var(v, name, usage)
}

// fresh allocates a variable and has define set it up.
func fresh[T any](define func(*T)) *T {
	p := new(T)
	define(p)
	return p
}

func (f *FlagSet) BoolVar(p *bool, name string, value bool, usage string) {
	f.bind(name, usage, (*boolValue)(p), func() { *p = value })
}

func (f *FlagSet) Bool(name string, value bool, usage string) *bool {
	return fresh(func(p *bool) { f.BoolVar(p, name, value, usage) })
}

func (f *FlagSet) IntVar(p *int, name string, value int, usage string) {
	f.bind(name, usage, (*intValue)(p), func() { *p = value })
}

func (f *FlagSet) Int(name string, value int, usage string) *int {
	return fresh(func(p *int) { f.IntVar(p, name, value, usage) })
}

func (f *FlagSet) Int64Var(p *int64, name string, value int64, usage string) {
	f.bind(name, usage, (*int64Value)(p), func() { *p = value })
}

func (f *FlagSet) Int64(name string, value int64, usage string) *int64 {
	return fresh(func(p *int64) { f.Int64Var(p, name, value, usage) })
}

func (f *FlagSet) UintVar(p *uint, name string, value uint, usage string) {
	f.bind(name, usage, (*uintValue)(p), func() { *p = value })
}

func (f *FlagSet) Uint(name string, value uint, usage string) *uint {
	return fresh(func(p *uint) { f.UintVar(p, name, value, usage) })
}

func (f *FlagSet) Uint64Var(p *uint64, name string, value uint64, usage string) {
	f.bind(name, usage, (*uint64Value)(p), func() { *p = value })
}

func (f *FlagSet) Uint64(name string, value uint64, usage string) *uint64 {
	return fresh(func(p *uint64) { f.Uint64Var(p, name, value, usage) })
}

func (f *FlagSet) StringVar(p *string, name string, value string, usage string) {
	f.bind(name, usage, (*stringValue)(p), func() { *p = value })
}

func (f *FlagSet) String(name string, value string, usage string) *string {
	return fresh(func(p *string) { f.StringVar(p, name, value, usage) })
}

func (f *FlagSet) Float64Var(p *float64, name string, value float64, usage string) {
	f.bind(name, usage, (*float64Value)(p), func() { *p = value })
}

func (f *FlagSet) Float64(name string, value float64, usage string) *float64 {
	return fresh(func(p *float64) { f.Float64Var(p, name, value, usage) })
}

func (f *FlagSet) DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	f.bind(name, usage, (*durationValue)(p), func() { *p = value })
}

func (f *FlagSet) Duration(name string, value time.Duration, usage string) *time.Duration {
	return fresh(func(p *time.Duration) { f.DurationVar(p, name, value, usage) })
}

// TextVar defines a flag whose variable p parses itself (encoding.TextUnmarshaler);
// value is the default, of the same type as *p.
func (f *FlagSet) TextVar(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, usage string) {
	tv := newTextValue(value, p)
	f.Var(tv, name, usage)
}

// Func defines a flag that calls fn with each value given to it.
func (f *FlagSet) Func(name, usage string, fn func(string) error) {
	var v funcValue = fn
	f.Var(v, name, usage)
}

// BoolFunc defines a flag without argument that calls fn ("true", or the =value given).
func (f *FlagSet) BoolFunc(name, usage string, fn func(string) error) {
	var v boolFuncValue = fn
	f.Var(v, name, usage)
}
