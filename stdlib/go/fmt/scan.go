package fmt

import (
	"errors"
	"internal/reflectlite"
	"io"
	"math"
	"os"
	"strconv"
	"unicode/utf8"
)

// ScanState is the input as a Scanner's Scan method sees it: characters one at a
// time, or whole tokens.
type ScanState interface {
	// ReadRune reads one character. Under Scanln and its relatives the input ends
	// (EOF) after the first newline, and anywhere it ends past the operand's width.
	ReadRune() (rune, int, error)
	// UnreadRune puts the last character read back.
	UnreadRune() error
	// SkipSpace skips spaces (and newlines where the operation allows them).
	SkipSpace()
	// Token optionally skips spaces, then reads the longest run of characters that
	// satisfy f (not a space, when f is nil).
	Token(skipSpace bool, f func(rune) bool) ([]byte, error)
	// Width is the operand's width from the format, if one was given.
	Width() (int, bool)
	// Read is not used by the scanning routines (they read runes); fmt's ScanState
	// returns an error from it.
	Read(buf []byte) (int, error)
}

// Scanner is implemented by values that parse themselves: Scan reads the value's text
// from state and stores it in the (pointer) receiver.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Scan scans text read from standard input, storing successive space-separated values
// into successive arguments. Newlines count as space. It returns the number of items
// successfully scanned. If that is less than the number of arguments, err will report
// why.
func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

// Scanln is similar to Scan, but stops scanning at a newline and after the final item
// there must be a newline or EOF.
func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

// Scanf scans text read from standard input, storing successive space-separated values
// into successive arguments as determined by the format. Newlines in the input must
// match newlines in the format.
func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }

// Sscan scans the argument string, storing successive space-separated values into
// successive arguments. Newlines count as space.
func Sscan(str string, a ...any) (n int, err error) { return Fscan(&stringInput{s: str}, a...) }

// Sscanln is similar to Sscan, but stops scanning at a newline and after the final
// item there must be a newline or EOF.
func Sscanln(str string, a ...any) (n int, err error) {
	return Fscanln(&stringInput{s: str}, a...)
}

// Sscanf scans the argument string, storing successive space-separated values into
// successive arguments as determined by the format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return Fscanf(&stringInput{s: str}, format, a...)
}

// Fscan scans text read from r, storing successive space-separated values into
// successive arguments. Newlines count as space.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	s, saved := startScan(r, true, false)
	n, err = s.scanAll(a)
	s.finish(saved)
	return
}

// Fscanln is similar to Fscan, but stops scanning at a newline and after the final item
// there must be a newline or EOF.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	s, saved := startScan(r, false, true)
	n, err = s.scanAll(a)
	s.finish(saved)
	return
}

// Fscanf scans text read from r, storing successive space-separated values into
// successive arguments as determined by the format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	s, saved := startScan(r, false, false)
	n, err = s.scanFormat(format, a)
	s.finish(saved)
	return
}

// stringInput reads a string rune by rune (the input of the Sscan family).
type stringInput struct {
	s    string
	i    int
	last int // start of the last rune read, -1 if it cannot be unread
}

func (r *stringInput) Read(b []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	n := copy(b, r.s[r.i:])
	r.i += n
	r.last = -1
	return n, nil
}

func (r *stringInput) ReadRune() (rune, int, error) {
	if r.i >= len(r.s) {
		r.last = -1
		return 0, 0, io.EOF
	}
	r.last = r.i
	ch, size := utf8.DecodeRuneInString(r.s[r.i:])
	r.i += size
	return ch, size, nil
}

func (r *stringInput) UnreadRune() error {
	if r.last < 0 {
		return errNothingToUnread
	}
	r.i, r.last = r.last, -1
	return nil
}

// byteInput reads runes from a plain io.Reader one byte at a time, so that a scan
// consumes no more of the reader than it looks at; it can give back one rune.
type byteInput struct {
	r       io.Reader
	one     [1]byte
	extra   []byte // bytes read past an invalid UTF-8 prefix, to be returned first
	back    rune   // the rune to return again after UnreadRune
	hasBack bool
	last    rune // the last rune returned
	hasLast bool
}

func (b *byteInput) byte() (byte, error) {
	if len(b.extra) > 0 {
		c := b.extra[0]
		b.extra = b.extra[1:]
		return c, nil
	}
	if _, err := io.ReadFull(b.r, b.one[:]); err != nil {
		return 0, err
	}
	return b.one[0], nil
}

func (b *byteInput) ReadRune() (rune, int, error) {
	if b.hasBack {
		b.hasBack = false
		b.last, b.hasLast = b.back, true
		return b.back, utf8.RuneLen(b.back), nil
	}
	c, err := b.byte()
	if err != nil {
		return 0, 0, err
	}
	if c < utf8.RuneSelf {
		b.last, b.hasLast = rune(c), true
		return rune(c), 1, nil
	}
	seq := []byte{c}
	for !utf8.FullRune(seq) {
		c, err := b.byte()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, 0, err
		}
		seq = append(seq, c)
	}
	r, size := utf8.DecodeRune(seq)
	if size < len(seq) {
		// Invalid UTF-8: keep the bytes after the first for the next reads.
		b.extra = append(seq[size:len(seq):len(seq)], b.extra...)
	}
	b.last, b.hasLast = r, true
	return r, size, nil
}

func (b *byteInput) UnreadRune() error {
	if !b.hasLast {
		return errNothingToUnread
	}
	b.back, b.hasBack, b.hasLast = b.last, true, false
	return nil
}

// scanFailure carries a scanning error up to the recover of the running scan.
type scanFailure struct {
	err error
}

const eof = -1

// ss is the scanner: the ScanState of a scan.
type ss struct {
	in    io.RuneScanner
	tok   []byte // the token being read
	count int    // runes read so far
	atEOF bool   // the input (or the line, for Scanln) has ended
	scanMode
}

// scanMode is the part of ss a nested scan (a Scanner calling Fscan on the ScanState)
// changes and restores.
type scanMode struct {
	active    bool // belongs to a started scan
	nlIsEnd   bool // a newline ends the input (Scanln)
	nlIsSpace bool // a newline is ordinary space (Scan)
	argLimit  int  // count limit of the current operand
	limit     int  // count limit of the whole scan
	maxWid    int  // width of the current operand
}

const hugeWid = 1 << 30

// startScan prepares a scan of r; a Scanner scanning its own ScanState continues that
// scan with adjusted newline rules.
func startScan(r io.Reader, nlIsSpace, nlIsEnd bool) (s *ss, saved scanMode) {
	if s, ok := r.(*ss); ok {
		saved = s.scanMode
		s.limit = s.argLimit
		s.nlIsEnd = nlIsEnd || s.nlIsEnd
		s.nlIsSpace = nlIsSpace
		return s, saved
	}
	s = new(ss)
	switch r := r.(type) {
	case io.RuneScanner:
		s.in = r
	default:
		s.in = &byteInput{r: r}
	}
	s.scanMode = scanMode{active: true, nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd,
		argLimit: hugeWid, limit: hugeWid, maxWid: hugeWid}
	return s, saved
}

// finish restores the mode of an enclosing scan.
func (s *ss) finish(saved scanMode) {
	if saved.active {
		s.scanMode = saved
	}
}

// Read is part of ScanState but not used for scanning.
func (s *ss) Read(buf []byte) (n int, err error) {
	return 0, errReadCalled
}

// exhausted reports whether the current operand can take no more input: the input
// ended or the operand's width is used up.
func (s *ss) exhausted() bool { return s.atEOF || s.count >= s.argLimit }

// ReadRune reads the next rune, within the operand's width and, for Scanln, the line.
func (s *ss) ReadRune() (r rune, size int, err error) {
	if s.exhausted() {
		return 0, 0, io.EOF
	}
	r, size, err = s.in.ReadRune()
	switch {
	case err == nil:
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	case err == io.EOF:
		s.atEOF = true
	}
	return
}

// UnreadRune gives the last rune back.
func (s *ss) UnreadRune() error {
	s.in.UnreadRune()
	s.atEOF = false
	s.count--
	return nil
}

// Width returns the operand's width, if the format gave one.
func (s *ss) Width() (wid int, ok bool) {
	if s.maxWid == hugeWid {
		return 0, false
	}
	return s.maxWid, true
}

// next returns the next rune, or eof; a read error ends the scan.
func (s *ss) next() rune {
	r, _, err := s.ReadRune()
	if err == io.EOF {
		return eof
	}
	if err != nil {
		s.fail(err)
	}
	return r
}

// mustNext is next where the end of input is an error (inside a token).
func (s *ss) mustNext() rune {
	r := s.next()
	if r == eof {
		s.fail(io.ErrUnexpectedEOF)
	}
	return r
}

// fail ends the scan with err.
func (s *ss) fail(err error) { panic(scanFailure{err}) }

// failf ends the scan with an error of text msg.
func (s *ss) failf(msg string) { panic(scanFailure{errors.New(msg)}) }

// requireInput ends the scan with io.EOF if there is no more input.
func (s *ss) requireInput() {
	if s.next() == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

// Token returns the next token of runes satisfying f (non-space by default).
func (s *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			f, ok := e.(scanFailure)
			if !ok {
				panic(e)
			}
			err = f.err
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.tok = s.tok[:0]
	return s.takeWhile(skipSpace, f), nil
}

// isSpace reports whether r is space for scanning: Unicode white space except U+200B
// and the other zero-width characters fmt does not count.
func isSpace(r rune) bool {
	switch {
	case r <= ' ':
		return r == ' ' || '\t' <= r && r <= '\r'
	case r < 0x85:
		return false
	case 0x2000 <= r && r <= 0x200a:
		return true
	}
	switch r {
	case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return false
}

func notSpace(r rune) bool { return !isSpace(r) }

// SkipSpace skips blanks; a newline is a blank for Scan, the end for Scanln (where
// meeting one here is an error), and an error in a Scanf operand.
func (s *ss) SkipSpace() {
	for {
		r := s.next()
		switch {
		case r == eof:
			return
		case r == '\r' && s.lookahead("\n"):
			continue
		case r == '\n':
			if s.nlIsSpace {
				continue
			}
			s.failf("unexpected newline")
			return
		case !isSpace(r):
			s.UnreadRune()
			return
		}
	}
}

// takeWhile appends to the token the runes satisfying f.
func (s *ss) takeWhile(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		r := s.next()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.tok = utf8.AppendRune(s.tok, r)
	}
	return s.tok
}

func runeIn(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// match reads the next rune and reports whether it is in set; if keep, a matching
// rune goes into the token and a non-matching one is given back.
func (s *ss) match(set string, keep bool) bool {
	r := s.next()
	if r == eof {
		return false
	}
	if runeIn(set, r) {
		if keep {
			s.tok = utf8.AppendRune(s.tok, r)
		}
		return true
	}
	if keep {
		s.UnreadRune()
	}
	return false
}

// take consumes the next rune into the token if it is in set.
func (s *ss) take(set string) bool { return s.match(set, true) }

// lookahead reports whether the next rune is in set, without consuming it.
func (s *ss) lookahead(set string) bool {
	r := s.next()
	if r != eof {
		s.UnreadRune()
	}
	return runeIn(set, r)
}

// checkVerb fails the scan unless verb is one of verbs (for values of type typ).
func (s *ss) checkVerb(verb rune, verbs, typ string) bool {
	if runeIn(verbs, verb) {
		return true
	}
	s.failf("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

// Go's texts for these scanning errors.
var (
	errComplex         = errors.New("syntax error scanning complex number")
	errBool            = errors.New("syntax error scanning boolean")
	errNothingToUnread = errors.New("fmt: scanning called UnreadRune with no rune available")
	errReadCalled      = errors.New("ScanState's Read should not be called. Use ReadRune")
)

func (s *ss) readBool(verb rune) bool {
	s.SkipSpace()
	s.requireInput()
	if !s.checkVerb(verb, "tv", "boolean") {
		return false
	}
	// 0, 1, t[rue], f[alse] in any case; a partial word is an error.
	switch s.next() {
	case '1':
		return true
	case 't', 'T':
		if s.take("rR") && (!s.take("uU") || !s.take("eE")) {
			s.fail(errBool)
		}
		return true
	case 'f', 'F':
		if s.take("aA") && (!s.take("lL") || !s.take("sS") || !s.take("eE")) {
			s.fail(errBool)
		}
	}
	return false
}

const (
	// The digits of base b are a prefix of digits: 2, 8, 10 or all of it.
	digits            = "0123456789aAbBcCdDeEfF"
	hexadecimalDigits = digits
	signs             = "+-"
	floatVerbs        = "beEfFgGv"
)

var binaryDigits, octalDigits, decimalDigits = digits[:2], digits[:8], digits[:10]

// integerBase returns the base and digits of an integer verb.
func (s *ss) integerBase(verb rune) (base int, digits string) {
	s.checkVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binaryDigits
	case 'o':
		return 8, octalDigits
	case 'x', 'X', 'U':
		return 16, hexadecimalDigits
	}
	return 10, decimalDigits
}

// prefixedDigits reads the optional base prefix of a %v integer (0b, 0o, 0x, or a
// leading 0 for octal): it returns the digits that may follow and whether a digit was
// already read. The base is then 0: strconv reads the prefix.
func (s *ss) prefixedDigits() (digits string, haveDigit bool) {
	if !s.lookahead("0") {
		return decimalDigits + "_", false
	}
	s.take("0")
	switch {
	case s.lookahead("bB"):
		s.take("bB")
		return binaryDigits + "_", true
	case s.lookahead("oO"):
		s.take("oO")
		return octalDigits + "_", true
	case s.lookahead("xX"):
		s.take("xX")
		return hexadecimalDigits + "_", true
	}
	return octalDigits + "_", true
}

// scanCharacter reads one rune as the value of a %c integer.
func (s *ss) scanCharacter(bitSize int) int64 {
	s.requireInput()
	r := s.next()
	n := uint(bitSize)
	if x := (int64(r) << (64 - n)) >> (64 - n); x != int64(r) {
		s.failf("overflow on character value " + string(r))
	}
	return int64(r)
}

// integerToken reads the token of an integer verb and returns it with its base.
func (s *ss) integerToken(verb rune, signed bool) (string, int) {
	s.SkipSpace()
	s.requireInput()
	base, digits := s.integerBase(verb)
	haveDigit := false
	if verb == 'U' {
		if !s.match("U", false) || !s.match("+", false) {
			s.failf("bad unicode format ")
		}
	} else {
		if signed {
			s.take(signs)
		}
		if verb == 'v' {
			base = 0
			digits, haveDigit = s.prefixedDigits()
		}
	}
	if !haveDigit {
		s.requireInput()
		if !s.take(digits) {
			s.failf("expected integer")
		}
	}
	for s.take(digits) {
	}
	return string(s.tok), base
}

// readInteger scans an integer operand (or a character, for %c) that must fit in
// bitSize bits, signed or not, and returns its bits.
func (s *ss) readInteger(verb rune, bitSize int, signed bool) uint64 {
	if verb == 'c' {
		return uint64(s.scanCharacter(bitSize))
	}
	tok, base := s.integerToken(verb, signed)
	unused := uint(64 - bitSize) // high bits that must be a sign extension (or 0)
	if signed {
		v, err := strconv.ParseInt(tok, base, 64)
		if err != nil {
			s.fail(err)
		}
		if v<<unused>>unused != v {
			s.failf("integer overflow on token " + tok)
		}
		return uint64(v)
	}
	v, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	if v<<unused>>unused != v {
		s.failf("unsigned integer overflow on token " + tok)
	}
	return v
}

// floatText reads what looks like a float (NaN, [sign] Inf, decimal or hex digits,
// a point, an exponent); strconv checks the syntax.
func (s *ss) floatText() string {
	s.tok = s.tok[:0]
	if s.take("nN") && s.take("aA") && s.take("nN") {
		return string(s.tok)
	}
	s.take(signs)
	if s.take("iI") && s.take("nN") && s.take("fF") {
		return string(s.tok)
	}
	digits, exp := decimalDigits+"_", "eEpP"
	if s.take("0") && s.take("xX") {
		digits, exp = hexadecimalDigits+"_", "pP"
	}
	for s.take(digits) {
	}
	if s.take(".") {
		for s.take(digits) {
		}
	}
	if s.take(exp) {
		s.take(signs)
		for s.take(decimalDigits + "_") {
		}
	}
	return string(s.tok)
}

// complexTokens reads (re+imi) or re+imi and returns the two float tokens.
func (s *ss) complexTokens() (re, im string) {
	parens := s.take("(")
	re = s.floatText()
	s.tok = s.tok[:0]
	if !s.take(signs) {
		s.fail(errComplex)
	}
	sign := string(s.tok)
	im = s.floatText()
	if !s.take("i") || parens && !s.take(")") {
		s.fail(errComplex)
	}
	return re, sign + im
}

// failNumber fails with a strconv error that names all of str.
func (s *ss) failNumber(err error, str string) {
	switch e := err.(type) {
	case *strconv.NumError:
		e.Num = str
	}
	s.fail(err)
}

// parseFloat converts a float token; a decimal mantissa may carry a binary exponent
// ("1.5p3").
func (s *ss) parseFloat(str string, bitSize int) float64 {
	p := -1
	hex := false
	for i, c := range []byte(str) {
		switch c {
		case 'p':
			if p < 0 {
				p = i
			}
		case 'x', 'X':
			hex = true
		}
	}
	if p >= 0 && !hex {
		mant, err := strconv.ParseFloat(str[:p], bitSize)
		if err != nil {
			s.failNumber(err, str)
		}
		exp, err := strconv.Atoi(str[p+1:])
		if err != nil {
			s.failNumber(err, str)
		}
		return math.Ldexp(mant, exp)
	}
	f, err := strconv.ParseFloat(str, bitSize)
	if err != nil {
		s.fail(err)
	}
	return f
}

func (s *ss) scanFloat(verb rune, bitSize int, typ string) (float64, bool) {
	if !s.checkVerb(verb, floatVerbs, typ) {
		return 0, false
	}
	s.SkipSpace()
	s.requireInput()
	return s.parseFloat(s.floatText(), bitSize), true
}

func (s *ss) readComplex(verb rune, bitSize int) complex128 {
	if !s.checkVerb(verb, floatVerbs, "complex") {
		return 0
	}
	s.SkipSpace()
	s.requireInput()
	re, im := s.complexTokens()
	return complex(s.parseFloat(re, bitSize/2), s.parseFloat(im, bitSize/2))
}

// scanString reads a word (%s, %v), a Go quoted string (%q) or hex pairs (%x, %X).
func (s *ss) scanString(verb rune) string {
	if !s.checkVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.requireInput()
	switch verb {
	case 'q':
		return s.quoted()
	case 'x', 'X':
		return s.hexBytes()
	}
	return string(s.takeWhile(true, notSpace))
}

// quoted reads a back-quoted or double-quoted Go string literal.
func (s *ss) quoted() string {
	s.requireInput()
	switch q := s.next(); q {
	case '`':
		for {
			r := s.mustNext()
			if r == '`' {
				return string(s.tok)
			}
			s.tok = utf8.AppendRune(s.tok, r)
		}
	case '"':
		// Collect the literal (an escaped rune right after a backslash cannot end it)
		// and let strconv unquote it.
		s.tok = append(s.tok, '"')
		for {
			r := s.mustNext()
			s.tok = utf8.AppendRune(s.tok, r)
			if r == '\\' {
				s.tok = utf8.AppendRune(s.tok, s.mustNext())
			} else if r == '"' {
				break
			}
		}
		str, err := strconv.Unquote(string(s.tok))
		if err != nil {
			s.fail(err)
		}
		return str
	}
	s.failf("expected quoted string")
	return ""
}

func hexValue(r rune) (int, bool) {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0'), true
	case 'a' <= r && r <= 'f':
		return int(r-'a') + 10, true
	case 'A' <= r && r <= 'F':
		return int(r-'A') + 10, true
	}
	return -1, false
}

// hexBytes reads pairs of hex digits as bytes, up to the first non-digit.
func (s *ss) hexBytes() string {
	s.requireInput()
	for {
		r := s.next()
		if r == eof {
			break
		}
		hi, ok := hexValue(r)
		if !ok {
			s.UnreadRune()
			break
		}
		lo, ok := hexValue(s.mustNext())
		if !ok {
			s.failf("illegal hex digit")
		}
		s.tok = append(s.tok, byte(hi<<4|lo))
	}
	if len(s.tok) == 0 {
		s.failf("no hex data for %x string")
	}
	return string(s.tok)
}

// store scans one operand into arg, a Scanner or a pointer to a predeclared basic
// type (or *[]byte). Pointers to other types, named basic types included, are not
// supported by minigo ("can't scan type").
func (s *ss) store(verb rune, arg any) {
	s.tok = s.tok[:0]
	if sc, isScanner := arg.(Scanner); isScanner {
		if err := sc.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.fail(err)
		}
		return
	}
	switch v := arg.(type) {
	case *bool:
		*v = s.readBool(verb)
	case *complex64:
		*v = complex64(s.readComplex(verb, 64))
	case *complex128:
		*v = s.readComplex(verb, 128)
	case *int:
		*v = int(s.readInteger(verb, 64, true))
	case *int8:
		*v = int8(s.readInteger(verb, 8, true))
	case *int16:
		*v = int16(s.readInteger(verb, 16, true))
	case *int32:
		*v = int32(s.readInteger(verb, 32, true))
	case *int64:
		*v = int64(s.readInteger(verb, 64, true))
	case *uint:
		*v = uint(s.readInteger(verb, 64, false))
	case *uint8:
		*v = uint8(s.readInteger(verb, 8, false))
	case *uint16:
		*v = uint16(s.readInteger(verb, 16, false))
	case *uint32:
		*v = uint32(s.readInteger(verb, 32, false))
	case *uint64:
		*v = s.readInteger(verb, 64, false)
	case *uintptr:
		*v = uintptr(s.readInteger(verb, 64, false))
	case *float32:
		if f, ok := s.scanFloat(verb, 32, "float32"); ok {
			*v = float32(f)
		}
	case *float64:
		if f, ok := s.scanFloat(verb, 64, "float64"); ok {
			*v = f
		}
	case *string:
		*v = s.scanString(verb)
	case *[]byte:
		*v = []byte(s.scanString(verb))
	default:
		if reflectlite.KindOf(arg) != reflectlite.KindPointer {
			s.failf("type not a pointer: " + reflectlite.TypeString(arg))
		}
		s.failf("can't scan type: " + reflectlite.TypeString(arg))
	}
}

// catchScan ends a scan: a scanFailure or io.EOF becomes the error result, anything
// else keeps panicking.
func catchScan(errp *error) {
	if e := recover(); e != nil {
		if f, ok := e.(scanFailure); ok {
			*errp = f.err
		} else if err, ok := e.(error); ok && err == io.EOF {
			*errp = err
		} else {
			panic(e)
		}
	}
}

// scanAll scans the operands of Scan and Scanln.
func (s *ss) scanAll(a []any) (numProcessed int, err error) {
	defer catchScan(&err)
	for _, arg := range a {
		s.store('v', arg)
		numProcessed++
	}
	if s.nlIsEnd {
		// Scanln: only blanks may remain before the newline or the end.
		for {
			r := s.next()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.failf("expected newline")
			}
		}
	}
	return
}

// skipFormatSpace handles a run of blanks in a Scanf format: each newline in it must
// meet a newline of the input (blanks around it are skipped); other blanks need a
// blank in the input unless they follow a newline.
func (s *ss) skipFormatSpace(newlines int, trailingSpace bool) {
	for range newlines {
		r := s.next()
		for isSpace(r) && r != '\n' {
			r = s.next()
		}
		if r != '\n' && r != eof {
			s.failf("newline in format does not match input")
		}
	}
	if !trailingSpace {
		return
	}
	r := s.next()
	if newlines == 0 {
		if !isSpace(r) && r != eof {
			s.failf("expected space in input to match format")
		}
		if r == '\n' {
			s.failf("newline in input does not match format")
		}
	}
	for isSpace(r) && r != '\n' {
		r = s.next()
	}
	if r != eof {
		s.UnreadRune()
	}
}

// matchLiteral consumes the literal part of a Scanf format (blanks and text, %% included)
// against the input and returns how many format bytes it consumed: 0 at a verb (or
// when the input ended), -1 if the input did not match.
func (s *ss) matchLiteral(format string) (i int) {
	for i < len(format) {
		c, w := leadingRune(format[i:])
		if isSpace(c) {
			newlines := 0
			trailingSpace := false
			for isSpace(c) && i < len(format) {
				if c == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				c, w = utf8.DecodeRuneInString(format[i:])
			}
			s.skipFormatSpace(newlines, trailingSpace)
			continue
		}
		if c == '%' {
			if i+w == len(format) {
				s.failf("missing verb: % at end of format string")
			}
			if next, _ := utf8.DecodeRuneInString(format[i+w:]); next != '%' {
				return // a verb
			}
			i += w // %% matches a literal %
		}
		if r := s.mustNext(); r != c {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return
}

// scanFormat scans the operands of Scanf.
func (s *ss) scanFormat(format string, a []any) (numProcessed int, err error) {
	defer catchScan(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.matchLiteral(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			// Stuck on literal text: a mismatch, or the end of the input.
			if w < 0 {
				s.failf("input does not match format")
			}
			break
		}
		i++
		var widPresent bool
		s.maxWid, widPresent, i = number(format, i, end)
		if !widPresent {
			s.maxWid = hugeWid
		}
		verb, w := leadingRune(format[i:])
		i += w
		if verb != 'c' {
			s.SkipSpace()
		}
		if verb == '%' {
			s.SkipSpace()
			s.requireInput()
			if !s.take("%") {
				s.failf("missing literal %")
			}
			continue
		}
		s.argLimit = min(s.limit, s.count+s.maxWid)
		if numProcessed >= len(a) {
			s.failf("too few operands for format '%" + format[i-w:] + "'")
		}
		s.store(verb, a[numProcessed])
		numProcessed++
		s.argLimit = s.limit
	}
	if numProcessed < len(a) {
		s.failf("too many operands")
	}
	return
}
