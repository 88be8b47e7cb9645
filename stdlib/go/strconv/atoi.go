package strconv

import "errors"

var (
	ErrRange  = errors.New("value out of range")
	ErrSyntax = errors.New("invalid syntax")
)

// NumError records a failed conversion: which function, on which input, and why
// (ErrRange, ErrSyntax or an error about the base or bit size).
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

// Unwrap returns the cause, for errors.Is and errors.As.
func (e *NumError) Unwrap() error { return e.Err }

// fail builds the error of function fn on input s.
func fail(fn, s string, why error) *NumError { return &NumError{Func: fn, Num: s, Err: why} }

// badArgument is the error for an unusable base or bit size.
func badArgument(fn, s, what string, v int) *NumError {
	return &NumError{Func: fn, Num: s, Err: errors.New("invalid " + what + " " + Itoa(v))}
}

// ParseUint is ParseInt for unsigned numbers: no sign is accepted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, err := parseUnsigned("ParseUint", s, s, base, bitSize)
	if err != nil {
		return v, err
	}
	return v, nil
}

// parseUnsigned converts the digits s (of the input orig, which errors name) in base
// (0: from the prefix) to a value of bitSize bits.
func parseUnsigned(fn, orig, s string, base, bitSize int) (uint64, *NumError) {
	if s == "" {
		return 0, fail(fn, orig, ErrSyntax)
	}
	literal := base == 0 // Go literal syntax: prefixes and underscores
	prefix := 0
	if literal {
		base = 10
		if s[0] == '0' {
			base, prefix = 8, 1
			if len(s) > 2 {
				switch s[1] | 0x20 {
				case 'b':
					base, prefix = 2, 2
				case 'o':
					prefix = 2
				case 'x':
					base, prefix = 16, 2
				}
			}
		}
	} else if base < 2 || base > 36 {
		return 0, badArgument(fn, orig, "base", base)
	}
	switch {
	case bitSize == 0:
		bitSize = IntSize
	case bitSize < 0 || bitSize > 64:
		return 0, badArgument(fn, orig, "bit size", bitSize)
	}
	limit := ^uint64(0) >> uint(64-bitSize)
	var v uint64
	underscores := false
	for i := prefix; i < len(s); i++ {
		if s[i] == '_' && literal {
			underscores = true
			continue
		}
		d := uint64(digitValue(s[i]))
		if d >= uint64(base) {
			return 0, fail(fn, orig, ErrSyntax)
		}
		if d > limit || v > (limit-d)/uint64(base) {
			return limit, fail(fn, orig, ErrRange)
		}
		v = v*uint64(base) + d
	}
	if underscores && !underscoresBetweenDigits(s, base, prefix) {
		return 0, fail(fn, orig, ErrSyntax)
	}
	return v, nil
}

// ParseInt converts s, in base 2 to 36 (or 0: taken from a 0b, 0o, 0 or 0x prefix,
// with underscores allowed between digits), with an optional sign, to a value that
// fits bitSize bits (0 means int). Errors are *NumError with Num = s: ErrSyntax with
// value 0, or ErrRange with the nearest representable value.
func ParseInt(s string, base int, bitSize int) (int64, error) {
	return parseSigned("ParseInt", s, base, bitSize)
}

func parseSigned(fn, s string, base, bitSize int) (int64, error) {
	digits, neg := s, false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		digits, neg = s[1:], s[0] == '-'
	}
	if s == "" {
		return 0, fail(fn, s, ErrSyntax)
	}
	u, err := parseUnsigned(fn, s, digits, base, bitSize)
	if err != nil && err.Err != ErrRange {
		return 0, err
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	top := uint64(1) << uint(bitSize-1) // |most negative value|
	switch {
	case neg && u > top:
		return -int64(top), fail(fn, s, ErrRange)
	case !neg && u >= top:
		return int64(top - 1), fail(fn, s, ErrRange)
	case neg:
		return -int64(u), nil
	}
	return int64(u), nil
}

// Atoi is ParseInt(s, 10, 0) converted to int.
func Atoi(s string) (int, error) {
	// Up to 18 digits cannot overflow: add them up directly.
	if len(s) > 0 && len(s) <= 18 {
		digits := s
		switch s[0] {
		case '-', '+':
			digits = s[1:]
		}
		v, ok := 0, digits != ""
		for i := 0; i < len(digits) && ok; i++ {
			d := int(digits[i]) - '0'
			ok = 0 <= d && d <= 9
			v = 10*v + d
		}
		if ok {
			if s[0] == '-' {
				return -v, nil
			}
			return v, nil
		}
	}
	v, err := parseSigned("Atoi", s, 10, 0)
	return int(v), err
}

// underscoresBetweenDigits reports whether every '_' of the literal lit (digits of base,
// after a base prefix of prefixLen bytes) has a digit or the prefix right before it
// and a digit right after it.
func underscoresBetweenDigits(lit string, base, prefixLen int) bool {
	isDigit := func(k int) bool { return k >= 0 && k < len(lit) && digitValue(lit[k]) < base }
	for k := 0; k < len(lit); k++ {
		if lit[k] != '_' {
			continue
		}
		afterPrefix := prefixLen > 0 && k == prefixLen
		if !(afterPrefix || isDigit(k-1)) || !isDigit(k+1) {
			return false
		}
	}
	return true
}
