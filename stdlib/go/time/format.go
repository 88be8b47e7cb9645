package time

// Predefined layouts for Time.Format and Time.Parse. The reference time used in these
// layouts is the specific time stamp "01/02 03:04:05PM '06 -0700".
const (
	Layout      = "01/02 03:04:05PM '06 -0700" // The reference time, in numerical order.
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	// Handy time stamps.
	Stamp      = "Jan _2 15:04:05"
	StampMilli = "Jan _2 15:04:05.000"
	StampMicro = "Jan _2 15:04:05.000000"
	StampNano  = "Jan _2 15:04:05.000000000"
	DateTime   = "2006-01-02 15:04:05"
	DateOnly   = "2006-01-02"
	TimeOnly   = "15:04:05"
)

// Layout elements. Fractional seconds carry their digit count in the bits above
// elemShift and their separator (',' or '.') in elemComma.
const (
	_ = iota
	elemLongMonth
	elemMonth
	elemNumMonth
	elemZeroMonth
	elemLongWeekDay
	elemWeekDay
	elemDay
	elemUnderDay
	elemZeroDay
	elemUnderYearDay
	elemZeroYearDay
	elemHour
	elemHour12
	elemZeroHour12
	elemMinute
	elemZeroMinute
	elemSecond
	elemZeroSecond
	elemLongYear
	elemYear
	elemPM
	elempm
	elemTZ
	elemISO8601TZ
	elemISO8601SecondsTZ
	elemISO8601ShortTZ
	elemISO8601ColonTZ
	elemISO8601ColonSecondsTZ
	elemNumTZ
	elemNumSecondsTz
	elemNumShortTZ
	elemNumColonTZ
	elemNumColonSecondsTZ
	elemFracSecond0 // ".0", ".00", ... trailing zeros kept
	elemFracSecond9 // ".9", ".99", ... trailing zeros omitted

	elemMask  = 1<<8 - 1
	elemShift = 8
	elemComma = 1 << 16
)

var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func startsWithLowerCase(s string) bool {
	return len(s) > 0 && 'a' <= s[0] && s[0] <= 'z'
}

func isDigit(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// zeroPadded lists the elements "01" to "06".
var zeroPadded = [...]int{elemZeroMonth, elemZeroDay, elemZeroHour12, elemZeroMinute, elemZeroSecond, elemYear}

// zoneElems lists the numeric zone elements by their text after the sign or Z, longest
// first.
var zoneElems = [...]struct {
	text     string
	num, iso int
}{
	{"070000", elemNumSecondsTz, elemISO8601SecondsTZ},
	{"07:00:00", elemNumColonSecondsTZ, elemISO8601ColonSecondsTZ},
	{"0700", elemNumTZ, elemISO8601TZ},
	{"07:00", elemNumColonTZ, elemISO8601ColonTZ},
	{"07", elemNumShortTZ, elemISO8601ShortTZ},
}

// nextElem finds the first layout element in layout: the text before it, the element,
// and the text after it. elem is 0 if there is none.
func nextElem(layout string) (prefix string, elem int, suffix string) {
	for i := range len(layout) {
		rest := layout[i:]
		n := 0 // length of the element found at i
		switch c := layout[i]; c {
		case 'J': // January, Jan
			if len(rest) >= 3 && rest[:3] == "Jan" {
				if len(rest) >= 7 && rest[:7] == "January" {
					elem, n = elemLongMonth, 7
				} else if !startsWithLowerCase(rest[3:]) {
					elem, n = elemMonth, 3
				}
			}
		case 'M': // Monday, Mon, MST
			if len(rest) >= 3 {
				if rest[:3] == "Mon" {
					if len(rest) >= 6 && rest[:6] == "Monday" {
						elem, n = elemLongWeekDay, 6
					} else if !startsWithLowerCase(rest[3:]) {
						elem, n = elemWeekDay, 3
					}
				}
				if rest[:3] == "MST" {
					elem, n = elemTZ, 3
				}
			}
		case '0': // zero-padded month, day, hour, minute, second, year; 002
			if len(rest) >= 2 && '1' <= rest[1] && rest[1] <= '6' {
				elem, n = zeroPadded[rest[1]-'1'], 2
			} else if len(rest) >= 3 && rest[1] == '0' && rest[2] == '2' {
				elem, n = elemZeroYearDay, 3
			}
		case '1': // 15, 1
			if len(rest) >= 2 && rest[1] == '5' {
				elem, n = elemHour, 2
			} else {
				elem, n = elemNumMonth, 1
			}
		case '2': // 2006, 2
			if len(rest) >= 4 && rest[:4] == "2006" {
				elem, n = elemLongYear, 4
			} else {
				elem, n = elemDay, 1
			}
		case '_': // _2, _2006, __2
			if len(rest) >= 2 && rest[1] == '2' {
				// _2006 is a literal _ followed by a long year.
				if len(rest) >= 5 && rest[1:5] == "2006" {
					return layout[:i+1], elemLongYear, layout[i+5:]
				}
				elem, n = elemUnderDay, 2
			} else if len(rest) >= 3 && rest[1] == '_' && rest[2] == '2' {
				elem, n = elemUnderYearDay, 3
			}
		case '3':
			elem, n = elemHour12, 1
		case '4':
			elem, n = elemMinute, 1
		case '5':
			elem, n = elemSecond, 1
		case 'P': // PM
			if len(rest) >= 2 && rest[1] == 'M' {
				elem, n = elemPM, 2
			}
		case 'p': // pm
			if len(rest) >= 2 && rest[1] == 'm' {
				elem, n = elempm, 2
			}
		case '-', 'Z': // -070000, -07:00:00, -0700, -07:00, -07 and the Z forms
			for _, z := range zoneElems {
				if len(rest) >= 1+len(z.text) && rest[1:1+len(z.text)] == z.text {
					elem, n = z.num, 1+len(z.text)
					if c == 'Z' {
						elem = z.iso
					}
					break
				}
			}
		case '.', ',': // a fraction of a second: a mark and a run of 0s or 9s
			if len(rest) >= 2 && (rest[1] == '0' || rest[1] == '9') {
				d := rest[1]
				j := 1
				for j < len(rest) && rest[j] == d {
					j++
				}
				// Only a fraction if not followed by more digits.
				if !isDigit(rest, j) {
					elem = elemFracSecond0
					if d == '9' {
						elem = elemFracSecond9
					}
					elem |= (j - 1) << elemShift
					if c == ',' {
						elem |= elemComma
					}
					n = j
				}
			}
		}
		if n > 0 {
			return layout[:i], elem, layout[i+n:]
		}
		elem = 0
	}
	return layout, 0, ""
}

// appendInt appends the decimal form of x to b, zero padded to width digits (after the
// sign).
func appendPadded(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = uint64(-x)
	}
	start := len(b)
	for u >= 10 {
		q := u / 10
		b = append(b, byte('0'+u-q*10))
		u = q
	}
	b = append(b, byte('0'+u))
	for len(b)-start < width {
		b = append(b, '0')
	}
	for i, j := start, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return b
}

// appendNano writes the fraction element elem for nanosec: its mark and as many
// digits as the layout has, or for a 9s layout the significant ones only (nothing at
// all if none).
func appendNano(b []byte, nanosec int, elem int) []byte {
	n := elem >> elemShift & elemMask
	var digits [9]byte
	for k, v := 8, nanosec; k >= 0; k, v = k-1, v/10 {
		digits[k] = byte('0' + v%10)
	}
	shown := digits[:min(n, 9)]
	if elem&elemMask == elemFracSecond9 {
		for len(shown) > 0 && shown[len(shown)-1] == '0' {
			shown = shown[:len(shown)-1]
		}
		if len(shown) == 0 {
			return b
		}
	}
	mark := byte('.')
	if elem&elemComma != 0 {
		mark = ','
	}
	b = append(b, mark)
	return append(b, shown...)
}

// stringLayout is the layout of Time.String.
const stringLayout = "2006-01-02 15:04:05.999999999 -0700 MST"

// String shows t with the layout "2006-01-02 15:04:05.999999999 -0700 MST", followed
// by " m=±seconds" when t carries a monotonic clock reading.
func (t Time) String() string {
	s := t.Format(stringLayout)
	if t.mono != 0 {
		m := t.mono - startNano
		sign := byte('+')
		if m < 0 {
			sign = '-'
			m = -m
		}
		buf := append([]byte(s), " m="...)
		buf = append(buf, sign)
		buf = appendPadded(buf, int(m/1e9), 0)
		buf = append(buf, '.')
		buf = appendPadded(buf, int(m%1e9), 9)
		s = string(buf)
	}
	return s
}

// startNano is the monotonic reading at program start (minus one, so "m=" is positive
// right away), the origin of the "m=" field of Time.String.
var startNano = runtimeNano() - 1

// GoString shows t as the Go expression that builds it: time.Date(...) with the
// location as time.UTC, time.Local or time.Location("name").
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := append([]byte(nil), "time.Date("...)
	for i, v := range [...]int{year, int(month), day, hour, min, sec, int(t.nsec)} {
		if i > 0 {
			b = append(b, ", "...)
		}
		if i == 1 && uint(month-1) < 12 {
			b = append(b, "time."...)
			b = append(b, month.String()...)
			continue
		}
		b = appendPadded(b, v, 0)
	}
	b = append(b, ", "...)
	switch loc := t.Location(); {
	case loc == UTC:
		b = append(b, "time.UTC"...)
	case loc == Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("+quote(loc.name)+")"...)
	}
	return string(append(b, ')'))
}

// Format returns a textual representation of the time value formatted according to the
// layout defined by the argument (see the constants like RFC3339).
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, 64), layout))
}

// AppendFormat is like Format but appends the textual representation to b and returns
// the extended buffer.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	name, offset := t.Zone()
	days, secs := t.daysAndSecs()
	y64, m, day := civilFromDays(days)
	year := int(y64)
	month := Month(m)
	hour, min, sec := secs/secondsPerHour, secs%secondsPerHour/secondsPerMinute, secs%secondsPerMinute
	yday := -1
	for layout != "" {
		prefix, elem, suffix := nextElem(layout)
		b = append(b, prefix...)
		if elem == 0 {
			break
		}
		layout = suffix
		switch elem & elemMask {
		case elemYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendPadded(b, y%100, 2)
		case elemLongYear:
			b = appendPadded(b, year, 4)
		case elemMonth:
			b = append(b, shortMonthNames[month-1]...)
		case elemLongMonth:
			b = append(b, longMonthNames[month-1]...)
		case elemNumMonth, elemZeroMonth:
			width := 0
			if elem == elemZeroMonth {
				width = 2
			}
			b = appendPadded(b, m, width)
		case elemWeekDay:
			b = append(b, Weekday((days%7 + 7 + 4) % 7).String()[:3]...)
		case elemLongWeekDay:
			b = append(b, Weekday((days%7+7+4)%7).String()...)
		case elemDay:
			b = appendPadded(b, day, 0)
		case elemUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendPadded(b, day, 0)
		case elemZeroDay:
			b = appendPadded(b, day, 2)
		case elemUnderYearDay, elemZeroYearDay:
			if yday < 0 {
				yday = int(days-daysFromCivil(y64, 1, 1)) + 1
			}
			if elem == elemUnderYearDay {
				if yday < 100 {
					b = append(b, ' ')
					if yday < 10 {
						b = append(b, ' ')
					}
				}
				b = appendPadded(b, yday, 0)
			} else {
				b = appendPadded(b, yday, 3)
			}
		case elemHour:
			b = appendPadded(b, hour, 2)
		case elemHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendPadded(b, hr, 0)
		case elemZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendPadded(b, hr, 2)
		case elemMinute:
			b = appendPadded(b, min, 0)
		case elemZeroMinute:
			b = appendPadded(b, min, 2)
		case elemSecond:
			b = appendPadded(b, sec, 0)
		case elemZeroSecond:
			b = appendPadded(b, sec, 2)
		case elemPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case elempm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case elemISO8601TZ, elemISO8601ColonTZ, elemISO8601SecondsTZ, elemISO8601ShortTZ, elemISO8601ColonSecondsTZ,
			elemNumTZ, elemNumColonTZ, elemNumSecondsTz, elemNumShortTZ, elemNumColonSecondsTZ:
			b = appendOffset(b, offset, offsetForms[elem&elemMask])
		case elemTZ:
			if name != "" {
				b = append(b, name...)
				break
			}
			// No abbreviation: use -0700 format.
			zone := offset / 60
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
			} else {
				b = append(b, '+')
			}
			b = appendPadded(b, zone/60, 2)
			b = appendPadded(b, zone%60, 2)
		case elemFracSecond0, elemFracSecond9:
			b = appendNano(b, int(t.nsec), elem)
		}
	}
	return b
}

// equalFoldASCII reports whether a and b (of equal length) are equal ignoring the
// case of ASCII letters.
func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// nameAt returns the index of the name of names that s starts with (any case) and its
// length, or -1.
func nameAt(names []string, s string) (index, n int) {
	for i, name := range names {
		if len(s) >= len(name) && equalFoldASCII(s[:len(name)], name) {
			return i, len(name)
		}
	}
	return -1, 0
}

// leadingDigits reads up to max decimal digits at the start of s; ok says at least min
// were there.
func leadingDigits(s string, min, max int) (v, n int, ok bool) {
	for n < max && isDigit(s, n) {
		v = 10*v + int(s[n]-'0')
		n++
	}
	return v, n, n >= min
}

// signedNumber parses all of s as a decimal integer with an optional sign.
func signedNumber(s string) (int, bool) {
	sign := 1
	if s != "" && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = -1
		}
		s = s[1:]
	}
	v, n, ok := wholeNumber(s)
	return sign * int(v), ok && n == len(s)
}

// skipLiteral consumes the layout text lit from value. Spaces are loose: a run of
// spaces in lit matches any run of spaces (or none) in value, but not other text.
func skipLiteral(value, lit string) (string, bool) {
	for lit != "" {
		if lit[0] != ' ' {
			if value == "" || value[0] != lit[0] {
				return value, false
			}
			lit, value = lit[1:], value[1:]
			continue
		}
		if value != "" && value[0] != ' ' {
			return value, false
		}
		lit = trimLeadingSpaces(lit)
		value = trimLeadingSpaces(value)
	}
	return value, true
}

// trimLeadingSpaces drops the leading ASCII spaces of s.
func trimLeadingSpaces(s string) string {
	for s != "" && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

func isFractionMark(c byte) bool { return c == '.' || c == ',' }

// fractionNanos converts a fraction mark and the digits after it (frac, which the
// caller has checked starts with the mark) to nanoseconds; digits past the ninth are
// ignored. A negative number (a sign after the mark) is out of range.
func fractionNanos(frac string) (ns int, outOfRange, ok bool) {
	digits := frac[1:]
	if len(digits) > 9 {
		digits = digits[:9]
	}
	v, ok := signedNumber(digits)
	if !ok {
		return 0, false, false
	}
	if v < 0 {
		return 0, true, true
	}
	for k := len(digits); k < 9; k++ {
		v *= 10
	}
	return v, false, true
}

// zoneAbbrevLen returns the length of the zone abbreviation value starts with: three
// capitals; four ending in T, or WITA, ChST, MeST; five ending in T; GMT with an
// optional signed hour; or a bare signed hour. 0 if there is none.
func zoneAbbrevLen(value string) int {
	if len(value) < 3 {
		return 0
	}
	if len(value) >= 4 {
		switch value[:4] {
		case "ChST", "MeST":
			return 4
		}
	}
	if value[:3] == "GMT" {
		return 3 + signedHourLen(value[3:])
	}
	switch value[0] {
	case '+', '-':
		return signedHourLen(value)
	}
	caps := 0
	for caps < len(value) && caps < 6 && 'A' <= value[caps] && value[caps] <= 'Z' {
		caps++
	}
	switch {
	case caps == 3:
		return 3
	case caps == 4 && (value[3] == 'T' || value[:4] == "WITA"):
		return 4
	case caps == 5 && value[4] == 'T':
		return 5
	}
	return 0
}

// signedHourLen is the length of a sign and an hour 0-23 at the start of s, or 0.
func signedHourLen(s string) int {
	if s == "" || (s[0] != '+' && s[0] != '-') {
		return 0
	}
	v, n, ok := wholeNumber(s[1:])
	if ok && n > 0 && v <= 23 {
		return n + 1
	}
	return 0
}

// Parse reads value according to layout (written as the reference time, see Layout).
// Without a zone in the value, the result is in UTC.
func Parse(layout, value string) (Time, error) {
	return parseTime(layout, value, UTC, Local)
}

// ParseInLocation is Parse with loc in place of UTC for values without a zone, and
// loc used for a zone offset or abbreviation that matches loc's.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parseTime(layout, value, loc, loc)
}

// timeFields collects what the elements of a layout read from a value; -1 marks
// month, day and yday not given.
type timeFields struct {
	year, month, day, yday int
	hour, min, sec, nsec   int
	am, pm                 bool
	loc                    *Location // set by Z or UTC
	offset                 int       // a numeric zone, when hasOffset
	hasOffset              bool
	zoneName               string
}

// read consumes the text of element elem from value. rest is the layout after the
// element. It returns the remaining value, a field name when a number is out of range,
// and ok false when the text does not fit the element.
func (f *timeFields) read(elem int, value, rest string) (string, string, bool) {
	kind := elem & elemMask
	switch kind {
	case elemYear:
		if len(value) < 2 {
			return value, "", false
		}
		y, ok := signedNumber(value[:2])
		if y < 69 {
			f.year = y + 2000
		} else {
			f.year = y + 1900
		}
		return value[2:], "", ok
	case elemLongYear:
		y, n, ok := leadingDigits(value, 4, 4)
		f.year = y
		return value[n:], "", ok
	case elemMonth, elemLongMonth:
		names := longMonthNames
		if kind == elemMonth {
			names = shortMonthNames
		}
		i, n := nameAt(names, value)
		f.month = i + 1
		return value[n:], "", i >= 0
	case elemWeekDay, elemLongWeekDay:
		names := longDayNames
		if kind == elemWeekDay {
			names = shortDayNames
		}
		i, n := nameAt(names, value)
		return value[n:], "", i >= 0
	case elemNumMonth, elemZeroMonth:
		v, n, ok := leadingDigits(value, 1+btoi(kind == elemZeroMonth), 2)
		if !ok {
			return value, "", false
		}
		f.month = v
		return value[n:], rangeName(v < 1 || v > 12, "month"), true
	case elemDay, elemUnderDay, elemZeroDay:
		if kind == elemUnderDay && value != "" && value[0] == ' ' {
			value = value[1:]
		}
		v, n, ok := leadingDigits(value, 1+btoi(kind == elemZeroDay), 2)
		f.day = v // checked against the month at the end
		return value[n:], "", ok
	case elemUnderYearDay, elemZeroYearDay:
		if kind == elemUnderYearDay {
			for k := 0; k < 2 && value != "" && value[0] == ' '; k++ {
				value = value[1:]
			}
		}
		v, n, ok := leadingDigits(value, 1+2*btoi(kind == elemZeroYearDay), 3)
		f.yday = v
		return value[n:], "", ok
	case elemHour:
		v, n, ok := leadingDigits(value, 1, 2)
		f.hour = v
		return value[n:], rangeName(ok && v >= 24, "hour"), ok
	case elemHour12, elemZeroHour12:
		v, n, ok := leadingDigits(value, 1+btoi(kind == elemZeroHour12), 2)
		f.hour = v
		return value[n:], rangeName(ok && v > 12, "hour"), ok
	case elemMinute, elemZeroMinute:
		v, n, ok := leadingDigits(value, 1+btoi(kind == elemZeroMinute), 2)
		f.min = v
		return value[n:], rangeName(ok && v >= 60, "minute"), ok
	case elemSecond, elemZeroSecond:
		v, n, ok := leadingDigits(value, 1+btoi(kind == elemZeroSecond), 2)
		if !ok {
			return value, "", false
		}
		f.sec, value = v, value[n:]
		if v >= 60 {
			return value, "second", true
		}
		// A fraction right after the seconds is read even if the layout has none,
		// unless the layout's next element is a fraction.
		if len(value) < 2 || !isFractionMark(value[0]) || !isDigit(value, 1) {
			return value, "", true
		}
		if _, next, _ := nextElem(rest); next&elemMask == elemFracSecond0 || next&elemMask == elemFracSecond9 {
			return value, "", true
		}
		end := 2
		for isDigit(value, end) {
			end++
		}
		return f.fraction(value, end)
	case elemFracSecond0:
		end := 1 + elem>>elemShift&elemMask
		if len(value) < end || !isFractionMark(value[0]) {
			return value, "", false
		}
		return f.fraction(value, end)
	case elemFracSecond9:
		if len(value) < 2 || !isFractionMark(value[0]) || !isDigit(value, 1) {
			return value, "", true // no fraction: fine
		}
		end := 2
		for isDigit(value, end) {
			end++
		}
		return f.fraction(value, end)
	case elemPM, elempm:
		if len(value) < 2 {
			return value, "", false
		}
		am, pm := "AM", "PM"
		if kind == elempm {
			am, pm = "am", "pm"
		}
		f.am = f.am || value[:2] == am
		f.pm = f.pm || value[:2] == pm
		return value[2:], "", value[:2] == am || value[:2] == pm
	case elemTZ:
		if len(value) >= 3 && value[:3] == "UTC" {
			f.loc = UTC
			return value[3:], "", true
		}
		n := zoneAbbrevLen(value)
		f.zoneName = value[:n]
		return value[n:], "", n > 0
	}
	if form, ok := offsetForms[kind]; ok {
		return f.readOffset(form, value)
	}
	return value, "", true
}

// fraction reads the fraction value[:end] (mark included) as nanoseconds.
func (f *timeFields) fraction(value string, end int) (string, string, bool) {
	ns, outOfRange, ok := fractionNanos(value[:end])
	f.nsec = ns
	return value[end:], rangeName(outOfRange, "fractional second"), ok
}

// An offsetForm describes a numeric zone element: whether Z may stand for UTC, and
// where its fields sit in the text (after the sign).
type offsetForm struct {
	zulu       bool
	width      int   // text length, sign included
	colons     []int // positions that must hold ':'
	hh, mm, ss int   // field positions, -1 for absent
}

var offsetForms = map[int]offsetForm{
	elemNumTZ:                 {false, 5, nil, 1, 3, -1},
	elemISO8601TZ:             {true, 5, nil, 1, 3, -1},
	elemNumShortTZ:            {false, 3, nil, 1, -1, -1},
	elemISO8601ShortTZ:        {true, 3, nil, 1, -1, -1},
	elemNumColonTZ:            {false, 6, []int{3}, 1, 4, -1},
	elemISO8601ColonTZ:        {true, 6, []int{3}, 1, 4, -1},
	elemNumSecondsTz:          {false, 7, nil, 1, 3, 5},
	elemISO8601SecondsTZ:      {true, 7, nil, 1, 3, 5},
	elemNumColonSecondsTZ:     {false, 9, []int{3, 6}, 1, 4, 7},
	elemISO8601ColonSecondsTZ: {true, 9, []int{3, 6}, 1, 4, 7},
}

// appendOffset writes the zone offset (seconds east of UTC) in the given form.
func appendOffset(b []byte, offset int, form offsetForm) []byte {
	if form.zulu && offset == 0 {
		return append(b, 'Z')
	}
	// The sign comes from the whole minutes: an offset of less than a minute west
	// shows as +00 with a negative seconds field, as in Go.
	minutes, sign := offset/60, byte('+')
	if minutes < 0 {
		minutes, offset, sign = -minutes, -offset, '-'
	}
	b = append(b, sign)
	b = appendPadded(b, minutes/60, 2)
	for _, part := range [2]struct{ at, v int }{{form.mm, minutes % 60}, {form.ss, offset % 60}} {
		if part.at < 0 {
			break
		}
		if len(form.colons) > 0 {
			b = append(b, ':')
		}
		b = appendPadded(b, part.v, 2)
	}
	return b
}

func (f *timeFields) readOffset(form offsetForm, value string) (string, string, bool) {
	if form.zulu && value != "" && value[0] == 'Z' {
		f.loc = UTC
		return value[1:], "", true
	}
	if len(value) < form.width {
		return value, "", false
	}
	for _, c := range form.colons {
		if value[c] != ':' {
			return value, "", false
		}
	}
	text := value[:form.width]
	value = value[form.width:]
	// Hours, minutes, seconds in turn; reading stops at a bad field (the rest count
	// as zero).
	var hms [3]int
	ok := true
	for k, at := range [3]int{form.hh, form.mm, form.ss} {
		if at < 0 || !ok {
			continue
		}
		hms[k], _, ok = leadingDigits(text[at:], 2, 2)
		if !ok {
			hms[k] = 0
		}
	}
	hh, mm, ss := hms[0], hms[1], hms[2]
	rangeErr := ""
	switch {
	case ss > 60:
		rangeErr = "time zone offset second"
	case mm > 60:
		rangeErr = "time zone offset minute"
	case hh > 24:
		rangeErr = "time zone offset hour"
	}
	f.offset, f.hasOffset = hh*3600+mm*60+ss, true
	switch text[0] {
	case '-':
		f.offset = -f.offset
	case '+':
	default:
		ok = false
	}
	return value, rangeErr, ok
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// rangeName is name if bad, else "".
func rangeName(bad bool, name string) string {
	if bad {
		return name
	}
	return ""
}

func parseTime(layout, value string, defaultLoc, local *Location) (Time, error) {
	origLayout, origValue := layout, value
	failure := func(elemText, valueText, msg string) (Time, error) {
		return Time{}, &ParseError{Layout: origLayout, Value: origValue, LayoutElem: elemText, ValueElem: valueText, Message: msg}
	}
	f := timeFields{month: -1, day: -1, yday: -1}
	for {
		lit, elem, rest := nextElem(layout)
		var ok bool
		if value, ok = skipLiteral(value, lit); !ok {
			return failure(lit, value, "")
		}
		if elem == 0 {
			if value != "" {
				return failure("", value, ": extra text: "+quote(value))
			}
			break
		}
		elemText := layout[len(lit) : len(layout)-len(rest)]
		before := value
		var outOfRange string
		value, outOfRange, ok = f.read(elem, value, rest)
		if outOfRange != "" {
			return failure(elemText, value, ": "+outOfRange+" out of range")
		}
		if !ok {
			return failure(elemText, before, "")
		}
		layout = rest
	}
	switch {
	case f.pm && f.hour < 12:
		f.hour += 12
	case f.am && f.hour == 12:
		f.hour = 0
	}
	if f.yday >= 0 {
		m, d, ok := monthDayOfYearDay(f.year, f.yday)
		switch {
		case !ok:
			return failure("", value, ": day-of-year out of range")
		case f.month >= 0 && f.month != m:
			return failure("", value, ": day-of-year does not match month")
		case f.day >= 0 && f.day != d:
			return failure("", value, ": day-of-year does not match day")
		}
		f.month, f.day = m, d
	}
	if f.month < 0 {
		f.month = int(January)
	}
	if f.day < 0 {
		f.day = 1
	}
	if f.day < 1 || f.day > monthDays(f.year, Month(f.month)) {
		return failure("", value, ": day out of range")
	}
	return f.resolve(defaultLoc, local), nil
}

// monthDayOfYearDay converts day yday (1-based) of year to a month and day.
func monthDayOfYearDay(year, yday int) (month, day int, ok bool) {
	if yday < 1 || yday > 365+btoi(isLeap(year)) {
		return 0, 0, false
	}
	for m := 1; m <= 12; m++ {
		n := monthDays(year, Month(m))
		if yday <= n {
			return m, yday, true
		}
		yday -= n
	}
	return 0, 0, false
}

// resolve builds the time the fields describe, choosing its location.
func (f *timeFields) resolve(defaultLoc, local *Location) Time {
	wall := func(loc *Location) Time {
		return Date(f.year, Month(f.month), f.day, f.hour, f.min, f.sec, f.nsec, loc)
	}
	switch {
	case f.loc != nil:
		return wall(f.loc)
	case f.hasOffset:
		t := wall(UTC)
		t.sec -= int64(f.offset)
		// The local zone is used when it has this offset (and name, if one was given).
		name, off, _, _, _ := local.zoneAt(t.sec - unixToInternal)
		if off == f.offset && (f.zoneName == "" || name == f.zoneName) {
			t.place(local)
		} else {
			t.place(FixedZone(f.zoneName, f.offset))
		}
		return t
	case f.zoneName != "":
		t := wall(UTC)
		if off, ok := local.offsetOfAbbrev(f.zoneName, t.sec-unixToInternal); ok {
			t.sec -= int64(off)
			t.place(local)
			return t
		}
		// An unknown abbreviation: the wall clock is kept and a zone of that name
		// attached, with the hours of a GMT±h name as its offset.
		hours := 0
		if len(f.zoneName) > 3 && f.zoneName[:3] == "GMT" {
			hours, _ = signedNumber(f.zoneName[3:])
		}
		t.place(FixedZone(f.zoneName, 3600*hours))
		return t
	}
	return wall(defaultLoc)
}
