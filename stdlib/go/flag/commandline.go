package flag

import (
	"encoding"
	"fmt"
	"os"
	"time"
)

var (
	// CommandLine is the flag set of the program's arguments (os.Args[1:]), named
	// after os.Args[0]; the functions below work on it.
	CommandLine = NewFlagSet(os.Args[0], ExitOnError)

	// Usage prints the usage message of the command line; programs may replace it.
	Usage = func() {
		fmt.Fprint(CommandLine.Output(), "Usage of ", os.Args[0], ":\n")
		PrintDefaults()
	}
)

func init() {
	// The command line's usage is whatever Usage is when it is needed.
	CommandLine.Usage = func() { Usage() }
}

// Parse parses os.Args[1:] into the command-line flags.
func Parse() { CommandLine.Parse(os.Args[1:]) }

func Parsed() bool                               { return CommandLine.Parsed() }
func PrintDefaults()                             { CommandLine.PrintDefaults() }
func NFlag() int                                 { return CommandLine.NFlag() }
func Arg(i int) string                           { return CommandLine.Arg(i) }
func NArg() int                                  { return CommandLine.NArg() }
func Args() []string                             { return CommandLine.Args() }
func Lookup(name string) *Flag                   { return CommandLine.Lookup(name) }
func Set(name, value string) error               { return CommandLine.Set(name, value) }
func Visit(fn func(*Flag))                       { CommandLine.Visit(fn) }
func VisitAll(fn func(*Flag))                    { CommandLine.VisitAll(fn) }
func Var(value Value, name string, usage string) { CommandLine.Var(value, name, usage) }

// The typed definitions on the command line (see the FlagSet methods).
func BoolVar(p *bool, name string, value bool, usage string)    { cl().BoolVar(p, name, value, usage) }
func Bool(name string, value bool, usage string) *bool          { return cl().Bool(name, value, usage) }
func IntVar(p *int, name string, value int, usage string)       { cl().IntVar(p, name, value, usage) }
func Int(name string, value int, usage string) *int             { return cl().Int(name, value, usage) }
func Int64Var(p *int64, name string, value int64, usage string) { cl().Int64Var(p, name, value, usage) }
func Int64(name string, value int64, usage string) *int64       { return cl().Int64(name, value, usage) }
func UintVar(p *uint, name string, value uint, usage string)    { cl().UintVar(p, name, value, usage) }
func Uint(name string, value uint, usage string) *uint          { return cl().Uint(name, value, usage) }
func Uint64Var(p *uint64, name string, value uint64, usage string) {
	cl().Uint64Var(p, name, value, usage)
}
func Uint64(name string, value uint64, usage string) *uint64 { return cl().Uint64(name, value, usage) }
func StringVar(p *string, name string, value string, usage string) {
	cl().StringVar(p, name, value, usage)
}
func String(name string, value string, usage string) *string { return cl().String(name, value, usage) }
func Float64Var(p *float64, name string, value float64, usage string) {
	cl().Float64Var(p, name, value, usage)
}
func Float64(name string, value float64, usage string) *float64 {
	return cl().Float64(name, value, usage)
}
func DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	cl().DurationVar(p, name, value, usage)
}
func Duration(name string, value time.Duration, usage string) *time.Duration {
	return cl().Duration(name, value, usage)
}
func TextVar(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, usage string) {
	cl().TextVar(p, name, value, usage)
}
func Func(name, usage string, fn func(string) error)     { cl().Func(name, usage, fn) }
func BoolFunc(name, usage string, fn func(string) error) { cl().BoolFunc(name, usage, fn) }

// cl is CommandLine (a program may replace it).
func cl() *FlagSet { return CommandLine }
