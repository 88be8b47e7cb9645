package time

import "errors"

// A Duration represents the elapsed time between two instants as an int64 nanosecond
// count. The representation limits the largest representable duration to
// approximately 290 years.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s". Leading
// zero units are omitted. As a special case, durations less than one second format
// use a smaller unit (milli-, micro-, or nanoseconds) to ensure that the leading digit
// is non-zero. The zero duration formats as 0s.
func (d Duration) String() string {
	// The largest value is "-2562047h47m16.854775808s": 25 bytes.
	var buf [32]byte
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		// Sub-second: one unit, with a fraction.
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			buf[w] = '0'
			return string(buf[w:])
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			// U+00B5 'µ' micro sign is 0xC2 0xB5.
			buf[w] = 0xB5
			w--
			buf[w] = 0xC2
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = fmtFrac(buf[:w], u, 9)
		// u is now whole seconds.
		w = fmtInt(buf[:w], u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return string(buf[w:])
}

// fmtFrac formats the fraction of v/10**prec (e.g., ".12345") into the tail of buf,
// omitting trailing zeros (and the point if the fraction is zero). It returns the index
// where the output bytes begin and the value v/10**prec.
func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

// fmtInt formats v into the tail of buf. It returns the index where the output begins.
func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
		return w
	}
	for v > 0 {
		w--
		buf[w] = byte(v%10) + '0'
		v /= 10
	}
	return w
}

// Nanoseconds, Microseconds and Milliseconds are d in whole units (truncated toward
// zero).
func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds, Minutes and Hours are d in fractional units (whole units plus the remainder,
// so that large durations keep their nanoseconds).
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m. If m <= 0,
// Truncate returns d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether x+x < y but avoids overflow, assuming x and y are both
// positive (Duration is signed).
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns the result of rounding d to the nearest multiple of m. The rounding
// behavior for halfway values is to round away from zero. If the result exceeds the
// maximum (or minimum) value that can be stored in a Duration, Round returns the
// maximum (or minimum) duration. If m <= 0, Round returns d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration // overflow
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration // overflow
}

// Abs returns the absolute value of d. As a special case, math.MinInt64 is converted
// to math.MaxInt64.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	}
	return -d
}

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 = micro symbol
	"μs": uint64(Microsecond), // U+03BC = Greek letter mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// quote returns s in double quotes, escaping " and \ with a backslash and every byte
// outside printable ASCII as \xNN (the quoting of Go's time package).
func quote(s string) string {
	buf := make([]byte, 1, len(s)+2)
	buf[0] = '"'
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c < ' ' {
			buf = append(buf, '\\', 'x', hexDigits[c>>4], hexDigits[c&0xF])
			continue
		}
		if c == '"' || c == '\\' {
			buf = append(buf, '\\')
		}
		buf = append(buf, c)
	}
	return string(append(buf, '"'))
}

const hexDigits = "0123456789abcdef"

// wholeNumber reads the decimal digits at the start of s: their value, how many there
// were, and ok = false if the value passes 1<<63.
func wholeNumber(s string) (value uint64, digits int, ok bool) {
	for digits < len(s) && '0' <= s[digits] && s[digits] <= '9' {
		if value > 1<<63/10 {
			return 0, 0, false
		}
		value = value*10 + uint64(s[digits]-'0')
		if value > 1<<63 {
			return 0, 0, false
		}
		digits++
	}
	return value, digits, true
}

// fraction reads the digits after a decimal point as value/scale; digits that no
// longer fit in value are skipped (counted, but not adding precision).
func fraction(s string) (value uint64, scale float64, digits int) {
	scale = 1
	full := false
	for ; digits < len(s) && '0' <= s[digits] && s[digits] <= '9'; digits++ {
		if full {
			continue
		}
		next := value*10 + uint64(s[digits]-'0')
		if value > (1<<63-1)/10 || next > 1<<63 {
			full = true
			continue
		}
		value, scale = next, scale*10
	}
	return value, scale, digits
}

// ParseDuration reads a duration such as "300ms", "-1.5h" or "2h45m": an optional sign,
// then one or more decimal numbers, each with an optional fraction and a unit: "ns",
// "us" (or "µs"), "ms", "s", "m" or "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	invalid := errors.New("time: invalid duration " + quote(orig))
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalid
	}
	var total uint64 // nanoseconds; 1<<63 is allowed for the negative extreme
	for s != "" {
		whole, n, ok := wholeNumber(s)
		if !ok {
			return 0, invalid
		}
		s = s[n:]
		var frac uint64
		scale, m := 1.0, 0
		if s != "" && s[0] == '.' {
			frac, scale, m = fraction(s[1:])
			s = s[1+m:]
		} else if n == 0 {
			return 0, invalid // neither digits nor a point
		}
		if n == 0 && m == 0 {
			return 0, invalid // a lone point
		}
		end := 0
		for end < len(s) && s[end] != '.' && (s[end] < '0' || s[end] > '9') {
			end++
		}
		if end == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		name := s[:end]
		s = s[end:]
		unit, known := unitMap[name]
		if !known {
			return 0, errors.New("time: unknown unit " + quote(name) + " in duration " + quote(orig))
		}
		if whole > 1<<63/unit {
			return 0, invalid
		}
		v := whole * unit
		if frac > 0 {
			// In float64 so that fractions of an hour stay exact to the nanosecond.
			v += uint64(float64(frac) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalid
			}
		}
		total += v
		if total > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, invalid
	}
	return Duration(total), nil
}
