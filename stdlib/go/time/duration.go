package time

import "errors"

// Duration is a span of time in nanoseconds, as an int64 (so at most about 290 years).
type Duration int64

// The extremes of Duration, where saturating operations stop.
const (
	longestDuration      = Duration(^uint64(0) >> 1)
	mostNegativeDuration = -longestDuration - 1
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

// String shows d as hours, minutes and seconds, like "72h3m0.5s", dropping leading
// zero units; below one second it uses the largest of ms, µs and ns that keeps a
// nonzero leading digit. Zero is "0s".
func (d Duration) String() string {
	if d == 0 {
		return "0s"
	}
	b := make([]byte, 0, 32)
	u := uint64(d)
	if d < 0 {
		b = append(b, '-')
		u = -u
	}
	switch {
	case u < 1e3:
		b = appendScaled(b, u, 0)
		return string(append(b, "ns"...))
	case u < 1e6:
		b = appendScaled(b, u, 3)
		return string(append(b, "µs"...))
	case u < 1e9:
		b = appendScaled(b, u, 6)
		return string(append(b, "ms"...))
	}
	const nsPerMinute, nsPerHour = 60e9, 3600e9
	if hours := u / nsPerHour; hours > 0 {
		b = appendScaled(b, hours, 0)
		b = append(b, 'h')
	}
	if u >= nsPerMinute {
		b = appendScaled(b, u%nsPerHour/nsPerMinute, 0)
		b = append(b, 'm')
	}
	b = appendScaled(b, u%nsPerMinute, 9)
	return string(append(b, 's'))
}

// appendScaled writes v / 10^scale in decimal, with the fraction's trailing zeros (and
// then a bare point) left out.
func appendScaled(b []byte, v uint64, scale int) []byte {
	var digits [20]byte
	n := len(digits)
	for k := 0; v > 0 || k <= scale; k++ {
		n--
		digits[n] = byte('0' + v%10)
		v /= 10
	}
	whole := len(digits) - n - scale
	frac := digits[n+whole:]
	for len(frac) > 0 && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1]
	}
	b = append(b, digits[n:n+whole]...)
	if len(frac) > 0 {
		b = append(b, '.')
		b = append(b, frac...)
	}
	return b
}

// Nanoseconds, Microseconds and Milliseconds are d in whole units (truncated toward
// zero).
func (d Duration) Nanoseconds() int64 { return int64(d) }

func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// inUnits is d counted in unit as a float: the whole units plus the remainder's share,
// so that large durations keep their nanoseconds.
func (d Duration) inUnits(unit Duration) float64 {
	return float64(d/unit) + float64(d%unit)/float64(unit)
}

// Seconds is d in seconds.
func (d Duration) Seconds() float64 { return d.inUnits(Second) }

// Minutes is d in minutes.
func (d Duration) Minutes() float64 { return d.inUnits(Minute) }

// Hours is d in hours.
func (d Duration) Hours() float64 { return d.inUnits(Hour) }

// Truncate rounds d toward zero to a multiple of m; m <= 0 leaves d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round rounds d to the nearest multiple of m, halfway values away from zero,
// saturating at the extremes of Duration. m <= 0 leaves d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m // toward-zero remainder, with d's sign
	if r < 0 {
		r = -r
	}
	if uint64(r) < uint64(m)-uint64(r) {
		// Nearer the multiple toward zero.
		if d < 0 {
			return d + r
		}
		return d - r
	}
	away := m - r
	if d < 0 {
		if d < mostNegativeDuration+away {
			return mostNegativeDuration
		}
		return d - away
	}
	if d > longestDuration-away {
		return longestDuration
	}
	return d + away
}

// Abs is |d|, with the most negative Duration mapped to the largest.
func (d Duration) Abs() Duration {
	if d >= 0 {
		return d
	}
	if d == mostNegativeDuration {
		return longestDuration
	}
	return -d
}

// unitNanos is the length in nanoseconds of a ParseDuration unit.
func unitNanos(unit string) (uint64, bool) {
	switch unit {
	case "ns":
		return 1, true
	case "us", "\u00b5s", "\u03bcs": // u, micro sign, Greek mu
		return 1e3, true
	case "ms":
		return 1e6, true
	case "s":
		return 1e9, true
	case "m":
		return 60e9, true
	case "h":
		return 3600e9, true
	}
	return 0, false
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
		name := s[:end]
		s = s[end:]
		unit, known := unitNanos(name)
		switch {
		case name == "":
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		case !known:
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
