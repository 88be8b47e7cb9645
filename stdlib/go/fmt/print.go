// Package fmt formats values as text (Print, Printf and friends) and parses text into
// values (Scan and friends), with the verbs and rules of Go's fmt.
//
// Printing is done by a printer: a byte buffer plus the directive being applied
// (flags, width, precision). Basic types are formatted directly; everything else goes
// through internal/reflectlite, after checking for Formatter, GoStringer, error and
// Stringer as the documentation orders.
package fmt

import (
	"io"
	"os"
	"unicode/utf8"
)

// State is what a Formatter sees of the printer.
type State interface {
	Write(b []byte) (int, error)
	Width() (int, bool)
	Precision() (int, bool)
	Flag(c int) bool
}

// Formatter is implemented by values that format themselves.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer gives a value's %v (and %s, %q, %x, %X) text.
type Stringer interface {
	String() string
}

// GoStringer gives a value's %#v text.
type GoStringer interface {
	GoString() string
}

// bufString makes a string of b without copying; b is never written again.
func bufString(b []byte) string

// directive is the part of a %-directive before the verb.
type directive struct {
	plus, minus, sharp, space, zero bool
	// plusV and sharpV replace plus and sharp for %v: field names and Go syntax.
	plusV, sharpV bool
	wid, prec     int
	hasWid        bool
	hasPrec       bool
}

type printer struct {
	buf []byte
	directive
	// arg is the operand being printed; nil when it is a nil interface.
	arg any
	// erroring is set while a %!verb(...) report prints its operand, so that no
	// method of the operand runs; panicking while a method's panic is reported.
	erroring, panicking bool
	// Errorf: %w is allowed, and the operand indexes it was used with.
	wrapErrs   bool
	wrapped    []int
	reordered  bool // an explicit [n] index was used
	goodArgNum bool // the current directive's indexes were valid
}

func newPrinter() *printer {
	return &printer{buf: make([]byte, 0, 64)}
}

func (p *printer) Write(b []byte) (n int, err error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

func (p *printer) WriteString(s string) (n int, err error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

func (p *printer) Width() (wid int, ok bool)      { return p.wid, p.hasWid }
func (p *printer) Precision() (prec int, ok bool) { return p.prec, p.hasPrec }

func (p *printer) Flag(c int) bool {
	switch c {
	case '-':
		return p.minus
	case '+':
		return p.plus || p.plusV
	case '#':
		return p.sharp || p.sharpV
	case ' ':
		return p.space
	case '0':
		return p.zero
	}
	return false
}

// FormatString rebuilds the directive a State describes, ending with verb.
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	wid, hasWid := state.Width()
	prec, hasPrec := state.Precision()
	if hasWid {
		b = appendInt(b, wid)
	}
	if hasPrec {
		b = appendInt(append(b, '.'), prec)
	}
	return string(utf8.AppendRune(b, verb))
}

func appendInt(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, digits[i:]...)
}

// The three ways of printing an operand list.

func (p *printer) printAll(a []any) {
	prevString := false
	for i, arg := range a {
		isString := arg != nil && kindOf(arg) == kindString
		// Print separates operands by a space when neither side is a string.
		if i > 0 && !isString && !prevString {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

func (p *printer) printLine(a []any) {
	for i, arg := range a {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf = append(p.buf, '\n')
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	p := newPrinter()
	p.printFormat(format, a)
	return w.Write(p.buf)
}

func Printf(format string, a ...any) (n int, err error) { return Fprintf(os.Stdout, format, a...) }

func Sprintf(format string, a ...any) string {
	p := newPrinter()
	p.printFormat(format, a)
	return bufString(p.buf)
}

func Appendf(b []byte, format string, a ...any) []byte {
	p := &printer{buf: b}
	p.printFormat(format, a)
	return p.buf
}

func Fprint(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.printAll(a)
	return w.Write(p.buf)
}

func Print(a ...any) (n int, err error) { return Fprint(os.Stdout, a...) }

func Sprint(a ...any) string {
	p := newPrinter()
	p.printAll(a)
	return bufString(p.buf)
}

func Append(b []byte, a ...any) []byte {
	p := &printer{buf: b}
	p.printAll(a)
	return p.buf
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	p := newPrinter()
	p.printLine(a)
	return w.Write(p.buf)
}

func Println(a ...any) (n int, err error) { return Fprintln(os.Stdout, a...) }

func Sprintln(a ...any) string {
	p := newPrinter()
	p.printLine(a)
	return bufString(p.buf)
}

func Appendln(b []byte, a ...any) []byte {
	p := &printer{buf: b}
	p.printLine(a)
	return p.buf
}

// Format strings.

// widthLimit bounds widths, precisions and indexes; a longer number makes the rest
// of the format unusable.
const widthLimit = 1000000

// number reads the decimal number at format[i:end]. ok is false when there is none;
// a number over widthLimit is swallowed together with the rest of the format.
func number(format string, i, end int) (n int, ok bool, next int) {
	for next = i; next < end && '0' <= format[next] && format[next] <= '9'; next++ {
		if n > widthLimit {
			return 0, false, end
		}
		n = n*10 + int(format[next]-'0')
		ok = true
	}
	return n, ok, next
}

// index handles an explicit "[n]" at format[i:]. It returns the operand to use next,
// where scanning resumes, and whether a well-formed index was there.
func (p *printer) index(format string, i int, argNum, nargs int) (int, int, bool) {
	if i >= len(format) || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	close := -1
	if len(format)-i >= 3 {
		for j := i + 1; j < len(format); j++ {
			if format[j] == ']' {
				close = j
				break
			}
		}
	}
	if close < 0 {
		// No closing bracket: only the '[' is consumed.
		p.goodArgNum = false
		return argNum, i + 1, false
	}
	n, ok, after := number(format, i+1, close)
	if !ok || after != close {
		p.goodArgNum = false
		return argNum, close + 1, false
	}
	if n < 1 || n > nargs {
		p.goodArgNum = false
		return argNum, close + 1, true
	}
	return n - 1, close + 1, true
}

// intArg takes a '*' width or precision from operand argNum.
func intArg(a []any, argNum int) (n int, ok bool, next int) {
	if argNum >= len(a) {
		return 0, false, argNum
	}
	switch v := a[argNum].(type) {
	case int:
		n, ok = v, true
	default:
		switch k := kindOf(v); {
		case isSignedKind(k):
			x := refInt(v)
			n, ok = int(x), int64(int(x)) == x
		case isUnsignedKind(k):
			x := refUint(v)
			n, ok = int(x), int64(x) >= 0
		}
	}
	if n > widthLimit || n < -widthLimit {
		n, ok = 0, false
	}
	return n, ok, argNum + 1
}

func (p *printer) printFormat(format string, a []any) {
	end := len(format)
	argNum := 0
	p.reordered = false
	for i := 0; i < end; {
		p.goodArgNum = true
		start := i
		for ; i < end; i++ {
			if format[i] == '%' {
				break
			}
		}
		p.buf = append(p.buf, format[start:i]...)
		if i >= end {
			break
		}
		i++ // the '%'
		p.directive = directive{}
	flags:
		for ; i < end; i++ {
			switch format[i] {
			case '#':
				p.sharp = true
			case '0':
				p.zero = true // (zeros never pad on the right: see fill)
			case '+':
				p.plus = true
			case '-':
				p.minus = true
			case ' ':
				p.space = true
			default:
				break flags
			}
		}
		// Most directives are flags and a verb: the width, precision and argument
		// index syntax is parsed only when one of '[', '*', '.', 1-9 comes next.
		simple := false
		if i < end {
			c := format[i]
			simple = c >= utf8.RuneSelf || c != '[' && c != '*' && c != '.' && (c < '1' || c > '9')
		}
		if !simple {
			argNum, i = p.widthPrecision(format, i, argNum, a)
		}
		if i >= end {
			p.buf = append(p.buf, "%!(NOVERB)"...)
			break
		}
		var verb rune
		if c := format[i]; c < utf8.RuneSelf {
			verb = rune(c)
			i++
		} else {
			r, size := utf8.DecodeRuneInString(format[i:])
			verb, i = r, i+size
		}
		switch {
		case verb == '%':
			p.buf = append(p.buf, '%') // consumes nothing, ignores width
		case !p.goodArgNum:
			p.report(verb, "BADINDEX")
		case argNum >= len(a):
			p.report(verb, "MISSING")
		default:
			if verb == 'w' {
				p.wrapped = append(p.wrapped, argNum)
			}
			if verb == 'v' || verb == 'w' {
				p.sharpV, p.sharp = p.sharp, false
				p.plusV, p.plus = p.plus, false
			}
			p.printArg(a[argNum], verb)
			argNum++
		}
	}
	if extra := len(a) - argNum; extra > 0 && !p.reordered {
		p.directive = directive{}
		p.buf = append(p.buf, "%!(EXTRA "...)
		for k, arg := range a[argNum:] {
			if k > 0 {
				p.buf = append(p.buf, ", "...)
			}
			if arg == nil {
				p.buf = append(p.buf, "<nil>"...)
			} else {
				p.buf = append(p.buf, typeString(arg)...)
				p.buf = append(p.buf, '=')
				p.printArg(arg, 'v')
			}
		}
		p.buf = append(p.buf, ')')
	}
}

// widthPrecision parses the "[n]", width, ".precision" part of a directive that
// starts at format[i] and returns the next argument number and format position.
func (p *printer) widthPrecision(format string, i, argNum int, a []any) (int, int) {
	end := len(format)
	var indexed bool
	argNum, i, indexed = p.index(format, i, argNum, len(a))
	if byteAt(format, i) == '*' {
		i++
		p.wid, p.hasWid, argNum = intArg(a, argNum)
		if !p.hasWid {
			p.buf = append(p.buf, "%!(BADWIDTH)"...)
		}
		if p.wid < 0 {
			p.wid = -p.wid
			p.minus = true
			p.zero = false
		}
		indexed = false
	} else {
		p.wid, p.hasWid, i = number(format, i, end)
		if indexed && p.hasWid {
			p.goodArgNum = false // "%[2]5d": an index must come right before '*' or the verb
		}
	}
	// A '.' at the very end is the verb, not a precision.
	if byteAt(format, i) == '.' && i+1 < end {
		i++
		if indexed {
			p.goodArgNum = false
		}
		argNum, i, indexed = p.index(format, i, argNum, len(a))
		if byteAt(format, i) == '*' {
			i++
			p.prec, p.hasPrec, argNum = intArg(a, argNum)
			if p.prec < 0 {
				p.prec, p.hasPrec = 0, false
			}
			if !p.hasPrec {
				p.buf = append(p.buf, "%!(BADPREC)"...)
			}
			indexed = false
		} else {
			p.prec, p.hasPrec, i = number(format, i, end)
			if !p.hasPrec {
				p.prec, p.hasPrec = 0, true // "%.f" means precision 0
			}
		}
	}
	if !indexed {
		argNum, i, _ = p.index(format, i, argNum, len(a))
	}
	return argNum, i
}

// byteAt is format[i], or 0 past the end.
func byteAt(format string, i int) byte {
	if i < len(format) {
		return format[i]
	}
	return 0
}

// leadingRune decodes the rune at the start of the non-empty s (ASCII without a
// call).
func leadingRune(s string) (rune, int) {
	if s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

// report writes "%!verb(what)".
func (p *printer) report(verb rune, what string) {
	p.buf = append(p.buf, '%', '!')
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, '(')
	p.buf = append(p.buf, what...)
	p.buf = append(p.buf, ')')
}

// badVerb reports a verb that does not fit the operand: %!verb(type=value).
func (p *printer) badVerb(verb rune) {
	p.erroring = true
	p.buf = append(p.buf, '%', '!')
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, '(')
	if p.arg != nil {
		p.buf = append(p.buf, typeString(p.arg)...)
		p.buf = append(p.buf, '=')
		p.printArg(p.arg, 'v')
	} else {
		p.buf = append(p.buf, "<nil>"...)
	}
	p.buf = append(p.buf, ')')
	p.erroring = false
}

// Operands.

func (p *printer) printArg(arg any, verb rune) {
	p.arg = arg
	if arg == nil {
		if verb == 'T' || verb == 'v' {
			p.padString("<nil>")
		} else {
			p.badVerb(verb)
		}
		return
	}
	switch verb {
	case 'T':
		p.fmtS(typeString(arg))
		return
	case 'p':
		p.fmtPointer(arg, 'p')
		return
	}
	switch v := arg.(type) {
	case bool:
		p.fmtBool(v, verb)
	case int:
		p.fmtInt(uint64(v), true, verb)
	case int8:
		p.fmtInt(uint64(v), true, verb)
	case int16:
		p.fmtInt(uint64(v), true, verb)
	case int32:
		p.fmtInt(uint64(v), true, verb)
	case int64:
		p.fmtInt(uint64(v), true, verb)
	case uint:
		p.fmtInt(uint64(v), false, verb)
	case uint8:
		p.fmtInt(uint64(v), false, verb)
	case uint16:
		p.fmtInt(uint64(v), false, verb)
	case uint32:
		p.fmtInt(uint64(v), false, verb)
	case uint64:
		p.fmtInt(v, false, verb)
	case uintptr:
		p.fmtInt(uint64(v), false, verb)
	case float32:
		p.fmtFloatVerb(float64(v), 32, verb)
	case float64:
		p.fmtFloatVerb(v, 64, verb)
	case complex64:
		p.fmtComplexVerb(complex128(v), 64, verb)
	case complex128:
		p.fmtComplexVerb(v, 128, verb)
	case string:
		p.fmtString(v, verb)
	case []byte:
		p.fmtBytes(v, verb, "[]byte")
	default:
		if p.printReflectOperand(arg, verb) {
			return
		}
		if !p.callMethods(verb) {
			p.printValue(arg, verb, 0, true)
		}
	}
}

// callMethods formats the operand with its Format, GoString, Error or String method
// when it has the right one for the verb, and reports whether it did.
func (p *printer) callMethods(verb rune) (handled bool) {
	if p.erroring {
		return false
	}
	if verb == 'w' {
		if _, ok := p.arg.(error); !ok || !p.wrapErrs {
			p.badVerb(verb)
			return true
		}
		verb = 'v'
	}
	// handled is set before each method runs: after a recovered panic the method's
	// output (the panic report) stands for the operand.
	if f, ok := p.arg.(Formatter); ok {
		handled = true
		defer p.recoverMethod(p.arg, verb, "Format")
		f.Format(p, verb)
		return
	}
	if p.sharpV {
		if g, ok := p.arg.(GoStringer); ok {
			handled = true
			defer p.recoverMethod(p.arg, verb, "GoString")
			p.fmtS(g.GoString())
		}
		return
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch v := p.arg.(type) {
		case error:
			handled = true
			defer p.recoverMethod(p.arg, verb, "Error")
			p.fmtString(v.Error(), verb)
		case Stringer:
			handled = true
			defer p.recoverMethod(p.arg, verb, "String")
			p.fmtString(v.String(), verb)
		}
	}
	return
}

// recoverMethod turns a panic in a formatting method into %!verb(PANIC=M method: v),
// or into "<nil>" when the receiver is a nil pointer.
func (p *printer) recoverMethod(arg any, verb rune, method string) {
	r := recover()
	if r == nil {
		return
	}
	if kindOf(arg) == kindPointer && refIsNil(arg) {
		p.buf = append(p.buf, "<nil>"...)
		return
	}
	if p.panicking {
		panic(r) // the panic value's own method panicked too
	}
	saved := p.directive
	p.directive = directive{}
	p.buf = append(p.buf, '%', '!')
	p.buf = utf8.AppendRune(p.buf, verb)
	p.buf = append(p.buf, "(PANIC="...)
	p.buf = append(p.buf, method...)
	p.buf = append(p.buf, " method: "...)
	p.panicking = true
	p.printArg(r, 'v')
	p.panicking = false
	p.buf = append(p.buf, ')')
	p.directive = saved
}
