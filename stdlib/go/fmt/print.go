package fmt

import (
	"internal/reflectlite"
	"io"
	"os"
	"strconv"
	"unicode/utf8"
)

// Strings for use with buffer.writeString, the texts Go prints.
const (
	commaSpaceString  = ", "
	nilAngleString    = "<nil>"
	nilParenString    = "(nil)"
	nilString         = "nil"
	mapString         = "map["
	percentBangString = "%!"
	missingString     = "(MISSING)"
	badIndexString    = "(BADINDEX)"
	panicString       = "(PANIC="
	extraString       = "%!(EXTRA "
	badWidthString    = "%!(BADWIDTH)"
	badPrecString     = "%!(BADPREC)"
	noVerbString      = "%!(NOVERB)"
)

// State represents the printer state passed to custom formatters. It provides access
// to the io.Writer interface plus information about the flags and options for the
// operand's format specifier.
type State interface {
	// Write is the function to call to emit formatted output to be printed.
	Write(b []byte) (n int, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Precision returns the value of the precision option and whether it has been set.
	Precision() (prec int, ok bool)
	// Flag reports whether the flag c, a character, has been set.
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method. The implementation
// controls how State and rune are interpreted, and may call Sprint or Fprint(f) etc.
// to generate its output.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by any value that has a String method, which defines the
// “native” format for that value. The String method is used to print values passed as
// an operand to any format that accepts a string or to an unformatted printer such as
// Print.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which defines
// the Go syntax for that value. The GoString method is used to print values passed as
// an operand to a %#v format.
type GoStringer interface {
	GoString() string
}

// FormatString returns a string representing the fully qualified formatting directive
// captured by the State, followed by the argument verb.
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = strconv.AppendInt(b, int64(w), 10)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(p), 10)
	}
	b = utf8.AppendRune(b, verb)
	return string(b)
}

// buffer is a simple []byte buffer for formatting.
type buffer []byte

func (b *buffer) write(p []byte) { *b = append(*b, p...) }

func (b *buffer) writeString(s string) { *b = append(*b, s...) }

func (b *buffer) writeByte(c byte) { *b = append(*b, c) }

func (b *buffer) writeRune(r rune) { *b = utf8.AppendRune(*b, r) }

// pp is the printer state of one Print/Printf call; it implements State.
type pp struct {
	buf buffer

	// arg holds the current item, as an interface{}.
	arg any
	// value is the current item when it is printed by kind (arg is then nil).
	value any

	fmt formatter

	// reordered records whether the format string used argument reordering.
	reordered bool
	// goodArgNum records whether the most recent reordering directive was valid.
	goodArgNum bool
	// panicking is set while printing a panic value, to avoid infinite recursion.
	panicking bool
	// erroring is set when printing an error string to guard against calling
	// handleMethods.
	erroring bool
	// wrapErrs is set when the format string may contain a %w verb (Errorf).
	wrapErrs bool
	// wrappedErrs records the targets of the %w verb.
	wrappedErrs []int
}

func newPrinter() *pp {
	p := new(pp)
	p.fmt.buf = &p.buf
	return p
}

// Width returns the width option and whether it was set.
func (p *pp) Width() (wid int, ok bool) { return p.fmt.wid, p.fmt.widPresent }

// Precision returns the precision option and whether it was set.
func (p *pp) Precision() (prec int, ok bool) { return p.fmt.prec, p.fmt.precPresent }

// Flag reports whether the flag c (one of '-', '+', '#', ' ', '0') is set.
func (p *pp) Flag(b int) bool {
	switch b {
	case '-':
		return p.fmt.minus
	case '+':
		return p.fmt.plus || p.fmt.plusV
	case '#':
		return p.fmt.sharp || p.fmt.sharpV
	case ' ':
		return p.fmt.space
	case '0':
		return p.fmt.zero
	}
	return false
}

// Write implements io.Writer so Fprintf etc. can be called on a pp (through State).
func (p *pp) Write(b []byte) (ret int, err error) {
	p.buf.write(b)
	return len(b), nil
}

// WriteString implements io.StringWriter.
func (p *pp) WriteString(s string) (ret int, err error) {
	p.buf.writeString(s)
	return len(s), nil
}

// Fprintf formats according to a format specifier and writes to w. It returns the
// number of bytes written and any write error encountered.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintf(format, a)
	return w.Write(p.buf)
}

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.doPrintf(format, a)
	return string(p.buf)
}

// Appendf formats according to a format specifier, appends the result to the byte
// slice, and returns the updated slice.
func Appendf(b []byte, format string, a ...any) []byte {
	p := newPrinter()
	p.doPrintf(format, a)
	return append(b, p.buf...)
}

// Fprint formats using the default formats for its operands and writes to w. Spaces
// are added between operands when neither is a string.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrint(a)
	return w.Write(p.buf)
}

// Print formats using the default formats for its operands and writes to standard
// output. Spaces are added between operands when neither is a string.
func Print(a ...any) (n int, err error) { return Fprint(os.Stdout, a...) }

// Sprint formats using the default formats for its operands and returns the resulting
// string. Spaces are added between operands when neither is a string.
func Sprint(a ...any) string {
	p := newPrinter()
	p.doPrint(a)
	return string(p.buf)
}

// Append formats using the default formats for its operands, appends the result to the
// byte slice, and returns the updated slice.
func Append(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrint(a)
	return append(b, p.buf...)
}

// Fprintln formats using the default formats for its operands and writes to w. Spaces
// are always added between operands and a newline is appended.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.doPrintln(a)
	return w.Write(p.buf)
}

// Println formats using the default formats for its operands and writes to standard
// output. Spaces are always added between operands and a newline is appended.
func Println(a ...any) (n int, err error) { return Fprintln(os.Stdout, a...) }

// Sprintln formats using the default formats for its operands and returns the
// resulting string. Spaces are always added between operands and a newline is
// appended.
func Sprintln(a ...any) string {
	p := newPrinter()
	p.doPrintln(a)
	return string(p.buf)
}

// Appendln formats using the default formats for its operands, appends the result to
// the byte slice, and returns the updated slice. Spaces are always added between
// operands and a newline is appended.
func Appendln(b []byte, a ...any) []byte {
	p := newPrinter()
	p.doPrintln(a)
	return append(b, p.buf...)
}

// tooLarge reports whether the magnitude of the integer is too large to be used as a
// formatting width or precision.
func tooLarge(x int) bool {
	const max int = 1e6
	return x > max || x < -max
}

// parsenum converts ASCII to integer. num is 0 (and isnum is false) if no number
// present.
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if tooLarge(num) {
			return 0, false, end // overflow
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

func (p *pp) badVerb(verb rune) {
	p.erroring = true
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeByte('(')
	switch {
	case p.arg != nil:
		p.buf.writeString(reflectlite.TypeString(p.arg))
		p.buf.writeByte('=')
		p.printArg(p.arg, 'v')
	case p.value != nil:
		p.buf.writeString(reflectlite.TypeString(p.value))
		p.buf.writeByte('=')
		p.printValue(p.value, 'v', 0, false)
	default:
		p.buf.writeString(nilAngleString)
	}
	p.buf.writeByte(')')
	p.erroring = false
}

func (p *pp) fmtBool(v bool, verb rune) {
	switch verb {
	case 't', 'v':
		p.fmt.fmtBoolean(v)
	default:
		p.badVerb(verb)
	}
}

// fmt0x64 formats a uint64 in hexadecimal and prefixes it with 0x or not, as requested,
// by temporarily setting the sharp flag.
func (p *pp) fmt0x64(v uint64, leading0x bool) {
	sharp := p.fmt.sharp
	p.fmt.sharp = leading0x
	p.fmt.fmtInteger(v, 16, unsigned, 'v', ldigits)
	p.fmt.sharp = sharp
}

// fmtInteger formats a signed or unsigned integer.
func (p *pp) fmtInteger(v uint64, isSigned bool, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV && !isSigned {
			p.fmt0x64(v, true)
		} else {
			p.fmt.fmtInteger(v, 10, isSigned, verb, ldigits)
		}
	case 'd':
		p.fmt.fmtInteger(v, 10, isSigned, verb, ldigits)
	case 'b':
		p.fmt.fmtInteger(v, 2, isSigned, verb, ldigits)
	case 'o', 'O':
		p.fmt.fmtInteger(v, 8, isSigned, verb, ldigits)
	case 'x':
		p.fmt.fmtInteger(v, 16, isSigned, verb, ldigits)
	case 'X':
		p.fmt.fmtInteger(v, 16, isSigned, verb, udigits)
	case 'c':
		p.fmt.fmtC(v)
	case 'q':
		p.fmt.fmtQc(v)
	case 'U':
		p.fmt.fmtUnicode(v)
	default:
		p.badVerb(verb)
	}
}

// fmtFloat formats a float of the given size (32 or 64 bits).
func (p *pp) fmtFloat(v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.fmt.fmtFloat(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmt.fmtFloat(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.fmt.fmtFloat(v, size, verb, 6)
	case 'F':
		p.fmt.fmtFloat(v, size, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

// fmtComplex formats a complex number v with r = real(v) and j = imag(v) as (r+ji)
// using fmtFloat for r and j formatting.
func (p *pp) fmtComplex(v complex128, size int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
		oldPlus := p.fmt.plus
		p.buf.writeByte('(')
		p.fmtFloat(real(v), size/2, verb)
		// Imaginary part always has a sign.
		p.fmt.plus = true
		p.fmtFloat(imag(v), size/2, verb)
		p.buf.writeString("i)")
		p.fmt.plus = oldPlus
	default:
		p.badVerb(verb)
	}
}

func (p *pp) fmtString(v string, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.fmt.fmtQ(v)
		} else {
			p.fmt.fmtS(v)
		}
	case 's':
		p.fmt.fmtS(v)
	case 'x':
		p.fmt.fmtSx(v, ldigits)
	case 'X':
		p.fmt.fmtSx(v, udigits)
	case 'q':
		p.fmt.fmtQ(v)
	default:
		p.badVerb(verb)
	}
}

// fmtBytes formats the bytes v of a value whose type prints as typeString; orig is
// that value (for verbs that print it element by element).
func (p *pp) fmtBytes(v []byte, verb rune, typeString string, orig any) {
	switch verb {
	case 'v', 'd':
		if p.fmt.sharpV {
			p.buf.writeString(typeString)
			if v == nil {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
			for i, c := range v {
				if i > 0 {
					p.buf.writeString(commaSpaceString)
				}
				p.fmt0x64(uint64(c), true)
			}
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte('[')
			for i, c := range v {
				if i > 0 {
					p.buf.writeByte(' ')
				}
				p.fmt.fmtInteger(uint64(c), 10, unsigned, verb, ldigits)
			}
			p.buf.writeByte(']')
		}
	case 's':
		p.fmt.fmtBs(v)
	case 'x':
		p.fmt.fmtBx(v, ldigits)
	case 'X':
		p.fmt.fmtBx(v, udigits)
	case 'q':
		p.fmt.fmtQ(string(v))
	default:
		p.printValue(orig, verb, 0, true)
	}
}

// fmtPointer formats the address held by a pointer-like value.
func (p *pp) fmtPointer(value any, verb rune) {
	var u uintptr
	switch reflectlite.KindOf(value) {
	case reflectlite.KindChan, reflectlite.KindFunc, reflectlite.KindMap, reflectlite.KindPointer,
		reflectlite.KindSlice, reflectlite.KindUnsafePointer:
		u = reflectlite.Pointer(value)
	default:
		p.badVerb(verb)
		return
	}
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.buf.writeByte('(')
			p.buf.writeString(reflectlite.TypeString(value))
			p.buf.writeString(")(")
			if u == 0 {
				p.buf.writeString(nilString)
			} else {
				p.fmt0x64(uint64(u), true)
			}
			p.buf.writeByte(')')
		} else {
			if u == 0 {
				p.fmt.padString(nilAngleString)
			} else {
				p.fmt0x64(uint64(u), !p.fmt.sharp)
			}
		}
	case 'p':
		p.fmt0x64(uint64(u), !p.fmt.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(uint64(u), unsigned, verb)
	default:
		p.badVerb(verb)
	}
}

// catchPanic recovers a panic of the method a String, Error, Format or GoString call
// ran, printing it as Go does: "%!v(PANIC=String method: boom)". A nil pointer
// receiver that panics just prints "<nil>".
func (p *pp) catchPanic(arg any, verb rune, method string) {
	if err := recover(); err != nil {
		if reflectlite.KindOf(arg) == reflectlite.KindPointer && reflectlite.IsNil(arg) {
			p.buf.writeString(nilAngleString)
			return
		}
		// A panic while printing the panic value: give up, as Go does.
		if p.panicking {
			panic(err)
		}
		oldFlags := p.fmt.flags
		oldWid, oldPrec := p.fmt.wid, p.fmt.prec
		p.fmt.clearflags()
		p.buf.writeString(percentBangString)
		p.buf.writeRune(verb)
		p.buf.writeString(panicString)
		p.buf.writeString(method)
		p.buf.writeString(" method: ")
		p.panicking = true
		p.printArg(err, 'v')
		p.panicking = false
		p.buf.writeByte(')')
		p.fmt.flags = oldFlags
		p.fmt.wid, p.fmt.prec = oldWid, oldPrec
	}
}

// handleMethods prints p.arg with its Format, GoString, Error or String method when it
// has one that applies to the verb, and reports whether it did.
func (p *pp) handleMethods(verb rune) (handled bool) {
	if p.erroring {
		return
	}
	if verb == 'w' {
		// %w is only valid in Errorf, on an error operand; it prints as %v.
		_, ok := p.arg.(error)
		if !ok || !p.wrapErrs {
			p.badVerb(verb)
			return true
		}
		verb = 'v'
	}
	if formatter, ok := p.arg.(Formatter); ok {
		handled = true
		defer p.catchPanic(p.arg, verb, "Format")
		formatter.Format(p, verb)
		return
	}
	if p.fmt.sharpV {
		if stringer, ok := p.arg.(GoStringer); ok {
			handled = true
			defer p.catchPanic(p.arg, verb, "GoString")
			p.fmt.fmtS(stringer.GoString())
			return
		}
	} else {
		switch verb {
		case 'v', 's', 'x', 'X', 'q':
			switch v := p.arg.(type) {
			case error:
				handled = true
				defer p.catchPanic(p.arg, verb, "Error")
				p.fmtString(v.Error(), verb)
				return
			case Stringer:
				handled = true
				defer p.catchPanic(p.arg, verb, "String")
				p.fmtString(v.String(), verb)
				return
			}
		}
	}
	return false
}

// printArg prints one operand of a Print or Printf call.
func (p *pp) printArg(arg any, verb rune) {
	p.arg = arg
	p.value = nil

	if arg == nil {
		switch verb {
		case 'T', 'v':
			p.fmt.padString(nilAngleString)
		default:
			p.badVerb(verb)
		}
		return
	}

	// %T and %p apply to any value, methods or not.
	switch verb {
	case 'T':
		p.fmt.fmtS(reflectlite.TypeString(arg))
		return
	case 'p':
		p.fmtPointer(arg, 'p')
		return
	}

	// The common types are printed without reflection (most frequent first).
	switch f := arg.(type) {
	case string:
		p.fmtString(f, verb)
	case int:
		p.fmtInteger(uint64(f), signed, verb)
	case float64:
		p.fmtFloat(f, 64, verb)
	case bool:
		p.fmtBool(f, verb)
	case int64:
		p.fmtInteger(uint64(f), signed, verb)
	case uint8:
		p.fmtInteger(uint64(f), unsigned, verb)
	case int32:
		p.fmtInteger(uint64(f), signed, verb)
	case []byte:
		p.fmtBytes(f, verb, "[]byte", f)
	case float32:
		p.fmtFloat(float64(f), 32, verb)
	case complex64:
		p.fmtComplex(complex128(f), 64, verb)
	case complex128:
		p.fmtComplex(f, 128, verb)
	case int8:
		p.fmtInteger(uint64(f), signed, verb)
	case int16:
		p.fmtInteger(uint64(f), signed, verb)
	case uint:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint16:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint32:
		p.fmtInteger(uint64(f), unsigned, verb)
	case uint64:
		p.fmtInteger(f, unsigned, verb)
	case uintptr:
		p.fmtInteger(uint64(f), unsigned, verb)
	default:
		if inner, isValue, valid, exported := reflectlite.ReflectValue(f); isValue {
			// A reflect.Value operand prints the value it holds.
			p.printReflectValue(inner, valid, exported, verb)
			return
		}
		if !p.handleMethods(verb) {
			p.printValue(f, verb, 0, true)
		}
	}
}

// printReflectValue prints the value held by a reflect.Value operand (fmt's special
// case: only operands, not nested Values, which print with their String method).
func (p *pp) printReflectValue(inner any, valid, exported bool, verb rune) {
	if !valid {
		p.buf.writeString("<invalid reflect.Value>")
		return
	}
	if inner == nil {
		p.fmt.padString(nilAngleString)
		return
	}
	if exported {
		p.arg = inner
		if p.handleMethods(verb) {
			return
		}
	}
	p.printValue(inner, verb, 0, exported)
}

// nilInterface prints a nil interface value met inside a composite value; typ is the
// interface type, shown by %#v.
func (p *pp) nilInterface(typ string) {
	if p.fmt.sharpV {
		p.buf.writeString(typ)
		p.buf.writeString(nilParenString)
	} else {
		p.buf.writeString(nilAngleString)
	}
}

// printValue prints v by its kind, recursing into composite values. depth is 0 for an
// operand; methods are used for nested values when exported is true, i.e. when v was
// not reached through an unexported struct field (Go's CanInterface).
func (p *pp) printValue(v any, verb rune, depth int, exported bool) {
	if depth > 0 && exported {
		p.arg = v
		if p.handleMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = v

	switch k := reflectlite.KindOf(v); k {
	case reflectlite.KindBool:
		p.fmtBool(reflectlite.Bool(v), verb)
	case reflectlite.KindInt, reflectlite.KindInt8, reflectlite.KindInt16, reflectlite.KindInt32, reflectlite.KindInt64:
		p.fmtInteger(uint64(reflectlite.Int(v)), signed, verb)
	case reflectlite.KindUint, reflectlite.KindUint8, reflectlite.KindUint16, reflectlite.KindUint32,
		reflectlite.KindUint64, reflectlite.KindUintptr:
		p.fmtInteger(reflectlite.Uint(v), unsigned, verb)
	case reflectlite.KindFloat32:
		p.fmtFloat(reflectlite.Float(v), 32, verb)
	case reflectlite.KindFloat64:
		p.fmtFloat(reflectlite.Float(v), 64, verb)
	case reflectlite.KindComplex64:
		p.fmtComplex(reflectlite.Complex(v), 64, verb)
	case reflectlite.KindComplex128:
		p.fmtComplex(reflectlite.Complex(v), 128, verb)
	case reflectlite.KindString:
		p.fmtString(reflectlite.String(v), verb)
	case reflectlite.KindMap:
		p.printMap(v, verb, depth, exported)
	case reflectlite.KindStruct:
		p.printStruct(v, verb, depth, exported)
	case reflectlite.KindArray, reflectlite.KindSlice:
		switch verb {
		case 's', 'q', 'x', 'X':
			// Byte slices and arrays print as strings for these verbs.
			if reflectlite.ElemIsByte(v) {
				p.fmtBytes(reflectlite.Bytes(v), verb, reflectlite.TypeString(v), v)
				return
			}
		}
		p.printList(v, verb, depth, exported, k == reflectlite.KindSlice)
	case reflectlite.KindPointer:
		// A pointer to an array, slice, struct or map operand prints as &{...}.
		if depth == 0 && reflectlite.Pointer(v) != 0 {
			switch reflectlite.ElemKind(v) {
			case reflectlite.KindArray, reflectlite.KindSlice, reflectlite.KindStruct, reflectlite.KindMap:
				p.buf.writeByte('&')
				p.printValue(reflectlite.Elem(v), verb, depth+1, exported)
				return
			}
		}
		p.fmtPointer(v, verb)
	case reflectlite.KindChan, reflectlite.KindFunc, reflectlite.KindUnsafePointer:
		p.fmtPointer(v, verb)
	default:
		p.buf.writeByte('?')
		p.buf.writeString(reflectlite.TypeString(v))
		p.buf.writeByte('?')
	}
}

func (p *pp) printMap(v any, verb rune, depth int, exported bool) {
	if p.fmt.sharpV {
		p.buf.writeString(reflectlite.TypeString(v))
		if reflectlite.IsNil(v) {
			p.buf.writeString(nilParenString)
			return
		}
		p.buf.writeByte('{')
	} else {
		p.buf.writeString(mapString)
	}
	keys, values := reflectlite.MapEntries(v)
	for i, key := range keys {
		if i > 0 {
			if p.fmt.sharpV {
				p.buf.writeString(commaSpaceString)
			} else {
				p.buf.writeByte(' ')
			}
		}
		if key == nil {
			p.nilInterface(mapKeyType(reflectlite.TypeString(v)))
		} else {
			p.printValue(key, verb, depth+1, exported)
		}
		p.buf.writeByte(':')
		if elem := values[i]; elem == nil {
			p.nilInterface(reflectlite.ElemTypeString(v))
		} else {
			p.printValue(elem, verb, depth+1, exported)
		}
	}
	if p.fmt.sharpV {
		p.buf.writeByte('}')
	} else {
		p.buf.writeByte(']')
	}
}

// mapKeyType extracts K from a map type string "map[K]V".
func mapKeyType(t string) string {
	depth := 0
	for i := len("map["); i < len(t); i++ {
		switch t[i] {
		case '[':
			depth++
		case ']':
			if depth == 0 {
				return t[len("map["):i]
			}
			depth--
		}
	}
	return t
}

func (p *pp) printStruct(v any, verb rune, depth int, exported bool) {
	if p.fmt.sharpV {
		p.buf.writeString(reflectlite.TypeString(v))
	}
	p.buf.writeByte('{')
	n := reflectlite.NumField(v)
	for i := 0; i < n; i++ {
		if i > 0 {
			if p.fmt.sharpV {
				p.buf.writeString(commaSpaceString)
			} else {
				p.buf.writeByte(' ')
			}
		}
		if p.fmt.plusV || p.fmt.sharpV {
			if name := reflectlite.FieldName(v, i); name != "" {
				p.buf.writeString(name)
				p.buf.writeByte(':')
			}
		}
		if f := reflectlite.Field(v, i); f == nil {
			p.nilInterface(reflectlite.FieldTypeString(v, i))
		} else {
			p.printValue(f, verb, depth+1, exported && reflectlite.FieldExported(v, i))
		}
	}
	p.buf.writeByte('}')
}

func (p *pp) printList(v any, verb rune, depth int, exported bool, isSlice bool) {
	n := reflectlite.Len(v)
	if p.fmt.sharpV {
		p.buf.writeString(reflectlite.TypeString(v))
		if isSlice && reflectlite.IsNil(v) {
			p.buf.writeString(nilParenString)
			return
		}
		p.buf.writeByte('{')
		for i := 0; i < n; i++ {
			if i > 0 {
				p.buf.writeString(commaSpaceString)
			}
			if e := reflectlite.Index(v, i); e == nil {
				p.nilInterface(reflectlite.ElemTypeString(v))
			} else {
				p.printValue(e, verb, depth+1, exported)
			}
		}
		p.buf.writeByte('}')
		return
	}
	p.buf.writeByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			p.buf.writeByte(' ')
		}
		if e := reflectlite.Index(v, i); e == nil {
			p.nilInterface("")
		} else {
			p.printValue(e, verb, depth+1, exported)
		}
	}
	p.buf.writeByte(']')
}

// intFromArg gets the argNum'th element of a as an int (for * widths and precisions).
func intFromArg(a []any, argNum int) (num int, isInt bool, newArgNum int) {
	newArgNum = argNum
	if argNum < len(a) {
		num, isInt = a[argNum].(int)
		if !isInt {
			// Any integer type whose value fits an int will do.
			switch v := a[argNum]; reflectlite.KindOf(v) {
			case reflectlite.KindInt, reflectlite.KindInt8, reflectlite.KindInt16, reflectlite.KindInt32, reflectlite.KindInt64:
				num = int(reflectlite.Int(v))
				isInt = true
			case reflectlite.KindUint, reflectlite.KindUint8, reflectlite.KindUint16, reflectlite.KindUint32,
				reflectlite.KindUint64, reflectlite.KindUintptr:
				n := reflectlite.Uint(v)
				if int64(n) >= 0 {
					num = int(n)
					isInt = true
				}
			}
		}
		newArgNum = argNum + 1
		if tooLarge(num) {
			num = 0
			isInt = false
		}
	}
	return
}

// parseArgNumber returns the value of the bracketed number, minus 1 (explicit argument
// numbers are one-indexed but we want zero-indexed). The opening bracket is known to be
// present at format[0]. The returned values are the index, the number of bytes to
// consume up to the closing paren, if present, and whether the number parsed ok.
func parseArgNumber(format string) (index int, wid int, ok bool) {
	if len(format) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			width, ok, newi := parsenum(format, 1, i)
			if !ok || newi != i {
				return 0, i + 1, false
			}
			return width - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// argNumber returns the next argument to evaluate, which is either the value of the
// passed-in argNum or the value of the bracketed integer that begins format[i:]. It
// also returns the new value of i, that is, the index of the next byte of the format
// to process.
func (p *pp) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, wid, ok := parseArgNumber(format[i:])
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true
	}
	p.goodArgNum = false
	return argNum, i + wid, ok
}

func (p *pp) badArgNum(verb rune) {
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(badIndexString)
}

func (p *pp) missingArg(verb rune) {
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(missingString)
}

func (p *pp) doPrintf(format string, a []any) {
	end := len(format)
	argNum := 0         // we process one argument per non-trivial format
	afterIndex := false // previous item in format was an index like [3].
	p.reordered = false
formatLoop:
	for i := 0; i < end; {
		p.goodArgNum = true
		lasti := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > lasti {
			p.buf.writeString(format[lasti:i])
		}
		if i >= end {
			break // done processing format string
		}
		i++ // skip %

		p.fmt.clearflags()
	simpleFormat:
		for ; i < end; i++ {
			c := format[i]
			switch c {
			case '#':
				p.fmt.sharp = true
			case '0':
				p.fmt.zero = true
			case '+':
				p.fmt.plus = true
			case '-':
				p.fmt.minus = true
			case ' ':
				p.fmt.space = true
			default:
				// Fast path for common case of ascii lower case simple verbs without
				// precision or width or argument indices.
				if 'a' <= c && c <= 'z' && argNum < len(a) {
					switch c {
					case 'w':
						p.wrappedErrs = append(p.wrappedErrs, argNum)
						p.fmt.sharpV = p.fmt.sharp
						p.fmt.sharp = false
						p.fmt.plusV = p.fmt.plus
						p.fmt.plus = false
					case 'v':
						p.fmt.sharpV = p.fmt.sharp
						p.fmt.sharp = false
						p.fmt.plusV = p.fmt.plus
						p.fmt.plus = false
					}
					p.printArg(a[argNum], rune(c))
					argNum++
					i++
					continue formatLoop
				}
				break simpleFormat
			}
		}

		// Do we have an explicit argument index?
		argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))

		// Do we have width?
		if i < end && format[i] == '*' {
			i++
			p.fmt.wid, p.fmt.widPresent, argNum = intFromArg(a, argNum)
			if !p.fmt.widPresent {
				p.buf.writeString(badWidthString)
			}
			// A negative width means - flag (left justification).
			if p.fmt.wid < 0 {
				p.fmt.wid = -p.fmt.wid
				p.fmt.minus = true
				p.fmt.zero = false
			}
			afterIndex = false
		} else {
			p.fmt.wid, p.fmt.widPresent, i = parsenum(format, i, end)
			if afterIndex && p.fmt.widPresent { // "%[3]2d"
				p.goodArgNum = false
			}
		}

		// Do we have precision?
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex { // "%[3].2d"
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.fmt.prec, p.fmt.precPresent, argNum = intFromArg(a, argNum)
				// A negative precision is treated as if it were absent.
				if p.fmt.prec < 0 {
					p.fmt.prec = 0
					p.fmt.precPresent = false
				}
				if !p.fmt.precPresent {
					p.buf.writeString(badPrecString)
				}
				afterIndex = false
			} else {
				p.fmt.prec, p.fmt.precPresent, i = parsenum(format, i, end)
				if !p.fmt.precPresent {
					p.fmt.prec = 0
					p.fmt.precPresent = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf.writeString(noVerbString)
			break
		}

		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size

		switch {
		case verb == '%': // Percent does not absorb operands and ignores f.wid and f.prec.
			p.buf.writeByte('%')
		case !p.goodArgNum:
			p.badArgNum(verb)
		case argNum >= len(a): // No argument left over to print for the current verb.
			p.missingArg(verb)
		case verb == 'w' || verb == 'v':
			if verb == 'w' {
				p.wrappedErrs = append(p.wrappedErrs, argNum)
			}
			// Go syntax; and + for %v adds field names.
			p.fmt.sharpV = p.fmt.sharp
			p.fmt.sharp = false
			p.fmt.plusV = p.fmt.plus
			p.fmt.plus = false
			p.printArg(a[argNum], verb)
			argNum++
		default:
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	// Check for extra arguments unless the call accessed the arguments out of order, in
	// which case it's too expensive to detect if they've all been used and arguably OK
	// if they're not.
	if !p.reordered && argNum < len(a) {
		p.fmt.clearflags()
		p.buf.writeString(extraString)
		for i, arg := range a[argNum:] {
			if i > 0 {
				p.buf.writeString(commaSpaceString)
			}
			if arg == nil {
				p.buf.writeString(nilAngleString)
			} else {
				p.buf.writeString(reflectlite.TypeString(arg))
				p.buf.writeByte('=')
				p.printArg(arg, 'v')
			}
		}
		p.buf.writeByte(')')
	}
}

func (p *pp) doPrint(a []any) {
	prevString := false
	for argNum, arg := range a {
		isString := arg != nil && reflectlite.KindOf(arg) == reflectlite.KindString
		// Add a space between two non-string arguments.
		if argNum > 0 && !isString && !prevString {
			p.buf.writeByte(' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

// doPrintln is like doPrint but always adds a space between arguments and a newline
// after the last argument.
func (p *pp) doPrintln(a []any) {
	for argNum, arg := range a {
		if argNum > 0 {
			p.buf.writeByte(' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf.writeByte('\n')
}
