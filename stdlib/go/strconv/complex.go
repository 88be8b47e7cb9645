package strconv

// FormatComplex converts the complex number c to a string of the form (a+bi) where a
// and b are the real and imaginary parts, formatted according to the format fmt and
// precision prec (as in FormatFloat). The rounding assumes the original was obtained
// from a complex value of bitSize bits, 64 for complex64 and 128 for complex128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize /= 2 // the parts' size
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// ParseComplex converts the string s to a complex number with the precision specified
// by bitSize: 64 for complex64, or 128 for complex128. The string s has the form N,
// Ni, or N±Ni, where each N is a number as ParseFloat accepts it, optionally in
// parentheses. Errors are *NumError values with Func "ParseComplex"; a value out of
// range gives ErrRange with the nearest infinities, as for ParseFloat.
func ParseComplex(s string, bitSize int) (complex128, error) {
	const fn = "ParseComplex"
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var rangeErr error // reported only if nothing else is wrong
	// part parses a float prefix of s, turning its error into a ParseComplex error.
	part := func() (float64, error) {
		f, n, err := parseFloatPrefix(s, size)
		if err != nil {
			ne := err.(*NumError)
			ne.Func = fn
			ne.Num = orig
			if ne.Err != ErrRange {
				return 0, ne
			}
			rangeErr = ne
		}
		s = s[n:]
		return f, nil
	}
	re, err := part()
	if err != nil {
		return 0, err
	}
	if s == "" {
		return complex(re, 0), rangeErr
	}
	switch s[0] {
	case '+':
		// The sign stays with the imaginary part unless it is followed by another sign.
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), rangeErr // a pure imaginary number
		}
		return 0, syntaxError(fn, orig)
	default:
		return 0, syntaxError(fn, orig)
	}
	im, err := part()
	if err != nil {
		return 0, err
	}
	if s != "i" {
		return 0, syntaxError(fn, orig)
	}
	return complex(re, im), rangeErr
}
