package strconv

// FormatComplex writes c as (a+bi), each part formatted by FormatFloat with fmt and
// prec; bitSize is 64 for complex64 (float32 parts) or 128.
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	var partSize int
	switch bitSize {
	case 64:
		partSize = 32
	case 128:
		partSize = 64
	default:
		panic("invalid bitSize")
	}
	b := []byte{'('}
	b = AppendFloat(b, real(c), fmt, prec, partSize)
	mark := len(b)
	b = AppendFloat(b, imag(c), fmt, prec, partSize)
	if s := b[mark]; s != '-' && s != '+' {
		b = append(b[:mark], append([]byte{'+'}, b[mark:]...)...)
	}
	return string(append(b, 'i', ')'))
}

// ParseComplex converts s, of the form N, Ni or N±Ni (optionally parenthesized, each N
// as ParseFloat reads it), to a complex number whose parts are rounded to float32 when
// bitSize is 64. Errors are *NumError for Func "ParseComplex"; a part out of range
// gives ErrRange with that part ±Inf.
func ParseComplex(s string, bitSize int) (complex128, error) {
	single := bitSize == 64 // complex64: float32 parts
	bad := fail("ParseComplex", s, ErrSyntax)
	body := s
	if n := len(body); n >= 2 && body[0] == '(' && body[n-1] == ')' {
		body = body[1 : n-1]
	}
	var rangeErr error
	// number reads one float at the front of body.
	number := func() (float64, bool) {
		f, n, err := readFloat(body, single)
		if n == 0 {
			return 0, false
		}
		if err != nil {
			rangeErr = fail("ParseComplex", s, ErrRange)
		}
		body = body[n:]
		return f, true
	}
	re, ok := number()
	switch {
	case !ok:
		return 0, bad
	case body == "":
		return complex(re, 0), rangeErr
	case body == "i":
		return complex(0, re), rangeErr
	case body[0] != '+' && body[0] != '-':
		return 0, bad
	}
	// The imaginary part keeps its sign, except that a '+' before a sign is dropped.
	if body[0] == '+' && len(body) > 1 && body[1] != '+' {
		body = body[1:]
	}
	im, ok := number()
	if !ok || body != "i" {
		return 0, bad
	}
	return complex(re, im), rangeErr
}
