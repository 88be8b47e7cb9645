package time

import "errors"

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
	for i := 0; i < len(layout); i++ {
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
		case '0': // 01, 02, 03, 04, 05, 06, 002
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
		case '.', ',': // ,000, or .000, or ,999, or .999 - repeated digits for fractional seconds.
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
func appendInt(b []byte, x int, width int) []byte {
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

// appendNano appends the fractional second nanosec as the fraction element elem
// requires.
func appendNano(b []byte, nanosec int, elem int) []byte {
	trim := elem&elemMask == elemFracSecond9
	n := elem >> elemShift & elemMask
	if trim && (n == 0 || nanosec == 0) {
		return b
	}
	dot := byte('.')
	if elem&elemComma != 0 {
		dot = ','
	}
	b = append(b, dot)
	b = appendInt(b, nanosec, 9)
	if n < 9 {
		b = b[:len(b)-9+n]
	}
	if trim {
		for len(b) > 0 && b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
		if len(b) > 0 && b[len(b)-1] == dot {
			b = b[:len(b)-1]
		}
	}
	return b
}

// String shows t with the layout "2006-01-02 15:04:05.999999999 -0700 MST", followed
// by " m=±seconds" when t carries a monotonic clock reading.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono - startNano
		sign := byte('+')
		if m < 0 {
			sign = '-'
			m = -m
		}
		buf := append([]byte(s), " m="...)
		buf = append(buf, sign)
		buf = appendInt(buf, int(m/1e9), 0)
		buf = append(buf, '.')
		buf = appendInt(buf, int(m%1e9), 9)
		s = string(buf)
	}
	return s
}

// startNano is the monotonic reading at program start (minus one, so "m=" is positive
// right away), the origin of the "m=" field of Time.String.
var startNano = runtimeNano() - 1

// GoString implements fmt.GoStringer and formats t to be printed in Go source code.
func (t Time) GoString() string {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	b := []byte("time.Date(")
	b = appendInt(b, year, 0)
	if January <= month && month <= December {
		b = append(b, ", time."...)
		b = append(b, longMonthNames[month-1]...)
	} else {
		b = append(b, ", "...)
		b = appendInt(b, int(month), 0)
	}
	b = append(b, ", "...)
	b = appendInt(b, day, 0)
	b = append(b, ", "...)
	b = appendInt(b, hour, 0)
	b = append(b, ", "...)
	b = appendInt(b, min, 0)
	b = append(b, ", "...)
	b = appendInt(b, sec, 0)
	b = append(b, ", "...)
	b = appendInt(b, int(t.nsec), 0)
	b = append(b, ", "...)
	switch loc := t.Location(); loc {
	case UTC:
		b = append(b, "time.UTC"...)
	case Local:
		b = append(b, "time.Local"...)
	default:
		b = append(b, "time.Location("...)
		b = append(b, quote(loc.name)...)
		b = append(b, ')')
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
	l := t.loc.get()
	name, offset := l.zone, l.offset
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
			b = appendInt(b, y%100, 2)
		case elemLongYear:
			b = appendInt(b, year, 4)
		case elemMonth:
			b = append(b, month.String()[:3]...)
		case elemLongMonth:
			b = append(b, month.String()...)
		case elemNumMonth:
			b = appendInt(b, int(month), 0)
		case elemZeroMonth:
			b = appendInt(b, int(month), 2)
		case elemWeekDay:
			b = append(b, Weekday((days%7 + 7 + 4) % 7).String()[:3]...)
		case elemLongWeekDay:
			b = append(b, Weekday((days%7+7+4)%7).String()...)
		case elemDay:
			b = appendInt(b, day, 0)
		case elemUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case elemZeroDay:
			b = appendInt(b, day, 2)
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
				b = appendInt(b, yday, 0)
			} else {
				b = appendInt(b, yday, 3)
			}
		case elemHour:
			b = appendInt(b, hour, 2)
		case elemHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendInt(b, hr, 0)
		case elemZeroHour12:
			hr := hour % 12
			if hr == 0 {
				hr = 12
			}
			b = appendInt(b, hr, 2)
		case elemMinute:
			b = appendInt(b, min, 0)
		case elemZeroMinute:
			b = appendInt(b, min, 2)
		case elemSecond:
			b = appendInt(b, sec, 0)
		case elemZeroSecond:
			b = appendInt(b, sec, 2)
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
			e := elem & elemMask
			iso := e >= elemISO8601TZ && e <= elemISO8601ColonSecondsTZ
			if iso && offset == 0 {
				b = append(b, 'Z')
				break
			}
			zone := offset / 60 // minutes
			absoffset := offset
			if zone < 0 {
				b = append(b, '-')
				zone = -zone
				absoffset = -absoffset
			} else {
				b = append(b, '+')
			}
			b = appendInt(b, zone/60, 2)
			colon := e == elemISO8601ColonTZ || e == elemNumColonTZ || e == elemISO8601ColonSecondsTZ || e == elemNumColonSecondsTZ
			if colon {
				b = append(b, ':')
			}
			if e != elemNumShortTZ && e != elemISO8601ShortTZ {
				b = appendInt(b, zone%60, 2)
			}
			if e == elemISO8601SecondsTZ || e == elemNumSecondsTz || e == elemNumColonSecondsTZ || e == elemISO8601ColonSecondsTZ {
				if colon {
					b = append(b, ':')
				}
				b = appendInt(b, absoffset%60, 2)
			}
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
			b = appendInt(b, zone/60, 2)
			b = appendInt(b, zone%60, 2)
		case elemFracSecond0, elemFracSecond9:
			b = appendNano(b, int(t.nsec), elem)
		}
	}
	return b
}

var errBad = errors.New("bad value for field") // placeholder not passed to user

// match reports whether s1 and s2 match ignoring ASCII case.
func match(s1, s2 string) bool {
	for i := 0; i < len(s1); i++ {
		c1, c2 := s1[i], s2[i]
		if c1 != c2 {
			c1 |= 'a' - 'A'
			c2 |= 'a' - 'A'
			if c1 != c2 || c1 < 'a' || c1 > 'z' {
				return false
			}
		}
	}
	return true
}

// lookup finds which name of tab starts val (ignoring case).
func lookup(tab []string, val string) (int, string, error) {
	for i, v := range tab {
		if len(val) >= len(v) && match(val[:len(v)], v) {
			return i, val[len(v):], nil
		}
	}
	return -1, val, errBad
}

// getnum parses a one- or two-digit number (exactly two if fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBad
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 parses a one- to three-digit number (exactly three if fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	var n, i int
	for i = 0; i < 3 && isDigit(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

var errAtoi = errors.New("time: invalid number")

// atoi parses an optionally signed decimal integer that is all of s.
func atoi(s string) (int, error) {
	neg := false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	q, n, ok := wholeNumber(s)
	x := int(q)
	if !ok || n < len(s) {
		return 0, errAtoi
	}
	if neg {
		x = -x
	}
	return x, nil
}

// skip removes prefix from value. A run of spaces in prefix matches a (possibly empty)
// run of spaces in value, but not another character.
func skip(value, prefix string) (string, error) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBad
			}
			for len(prefix) > 0 && prefix[0] == ' ' {
				prefix = prefix[1:]
			}
			for len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, errBad
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, nil
}

func commaOrPeriod(b byte) bool { return b == '.' || b == ',' }

// parseNanoseconds parses the fraction value[:nbytes] (separator included) into
// nanoseconds.
func parseNanoseconds(value string, nbytes int) (ns int, rangeErrString string, err error) {
	if !commaOrPeriod(value[0]) {
		return 0, "", errBad
	}
	if nbytes > 10 {
		value = value[:10]
		nbytes = 10
	}
	if ns, err = atoi(value[1:nbytes]); err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := 0; i < 10-nbytes; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// parseTimeZone returns the length of the time zone abbreviation at the start of
// value: three upper-case letters, four ending in T (or ChST, MeST, WITA), five ending
// in T, or GMT with an optional signed hour offset, or a signed offset.
func parseTimeZone(value string) (length int, ok bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		return 3 + parseSignedOffset(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := parseSignedOffset(value)
		return n, n > 0
	}
	nUpper := 0
	for nUpper < 6 && nUpper < len(value) && 'A' <= value[nUpper] && value[nUpper] <= 'Z' {
		nUpper++
	}
	switch nUpper {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

// parseSignedOffset returns the length of a signed hour offset (-23..+23) at the start
// of value, or 0.
func parseSignedOffset(value string) int {
	if len(value) == 0 || value[0] != '-' && value[0] != '+' {
		return 0
	}
	x, n, ok := wholeNumber(value[1:])
	if !ok || n == 0 || x > 23 {
		return 0
	}
	return 1 + n
}

// Parse reads value according to layout (written as the reference time, see Layout).
// Without a zone in the value, the result is in UTC.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is like Parse but interprets a time without time zone information
// in the given location, and a zone offset or abbreviation matching loc's as loc.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

func parse(layout, value string, defaultLocation, local *Location) (Time, error) {
	alayout, avalue := layout, value
	rangeErr := ""
	amSet, pmSet := false, false
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	var z *Location
	zoneOffset := -1
	zoneName := ""

	fail := func(layoutElem, valueElem, message string) (Time, error) {
		return Time{}, &ParseError{alayout, avalue, layoutElem, valueElem, message}
	}

	for {
		prefix, elem, suffix := nextElem(layout)
		elemText := layout[len(prefix) : len(layout)-len(suffix)]
		var err error
		value, err = skip(value, prefix)
		if err != nil {
			return fail(prefix, value, "")
		}
		if elem == 0 {
			if len(value) != 0 {
				return fail("", value, ": extra text: "+quote(value))
			}
			break
		}
		layout = suffix
		hold := value
		switch elem & elemMask {
		case elemYear:
			if len(value) < 2 {
				err = errBad
				break
			}
			p := value[:2]
			value = value[2:]
			if year, err = atoi(p); err != nil {
				break
			}
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case elemLongYear:
			if len(value) < 4 || !isDigit(value, 0) {
				err = errBad
				break
			}
			p := value[:4]
			value = value[4:]
			year, err = atoi(p)
		case elemMonth:
			month, value, err = lookup(shortMonthNames, value)
			month++
		case elemLongMonth:
			month, value, err = lookup(longMonthNames, value)
			month++
		case elemNumMonth, elemZeroMonth:
			month, value, err = getnum(value, elem == elemZeroMonth)
			if err == nil && (month <= 0 || 12 < month) {
				rangeErr = "month"
			}
		case elemWeekDay:
			_, value, err = lookup(shortDayNames, value)
		case elemLongWeekDay:
			_, value, err = lookup(longDayNames, value)
		case elemDay, elemUnderDay, elemZeroDay:
			if elem == elemUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			day, value, err = getnum(value, elem == elemZeroDay)
			// The day is range checked below, against the month.
		case elemUnderYearDay, elemZeroYearDay:
			for i := 0; i < 2; i++ {
				if elem == elemUnderYearDay && len(value) > 0 && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, err = getnum3(value, elem == elemZeroYearDay)
		case elemHour:
			hour, value, err = getnum(value, false)
			if hour < 0 || 24 <= hour {
				rangeErr = "hour"
			}
		case elemHour12, elemZeroHour12:
			hour, value, err = getnum(value, elem == elemZeroHour12)
			if hour < 0 || 12 < hour {
				rangeErr = "hour"
			}
		case elemMinute, elemZeroMinute:
			min, value, err = getnum(value, elem == elemZeroMinute)
			if min < 0 || 60 <= min {
				rangeErr = "minute"
			}
		case elemSecond, elemZeroSecond:
			sec, value, err = getnum(value, elem == elemZeroSecond)
			if err != nil {
				break
			}
			if sec < 0 || 60 <= sec {
				rangeErr = "second"
				break
			}
			// A fractional second in the value is accepted even if the layout has none,
			// unless the layout's next element is a fraction.
			if len(value) >= 2 && commaOrPeriod(value[0]) && isDigit(value, 1) {
				_, next, _ := nextElem(layout)
				next &= elemMask
				if next == elemFracSecond0 || next == elemFracSecond9 {
					break
				}
				n := 2
				for n < len(value) && isDigit(value, n) {
					n++
				}
				nsec, rangeErr, err = parseNanoseconds(value, n)
				value = value[n:]
			}
		case elemPM, elempm:
			if len(value) < 2 {
				err = errBad
				break
			}
			p := value[:2]
			value = value[2:]
			am, pm := "AM", "PM"
			if elem == elempm {
				am, pm = "am", "pm"
			}
			switch p {
			case pm:
				pmSet = true
			case am:
				amSet = true
			default:
				err = errBad
			}
		case elemISO8601TZ, elemISO8601ShortTZ, elemISO8601ColonTZ, elemISO8601SecondsTZ, elemISO8601ColonSecondsTZ,
			elemNumTZ, elemNumShortTZ, elemNumColonTZ, elemNumSecondsTz, elemNumColonSecondsTZ:
			e := elem & elemMask
			iso := e >= elemISO8601TZ && e <= elemISO8601ColonSecondsTZ
			if iso && len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			var sign, hh, mm, ss string
			switch e {
			case elemISO8601ColonTZ, elemNumColonTZ:
				if len(value) < 6 || value[3] != ':' {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], "00", value[6:]
			case elemNumShortTZ, elemISO8601ShortTZ:
				if len(value) < 3 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], "00", "00", value[3:]
			case elemISO8601ColonSecondsTZ, elemNumColonSecondsTZ:
				if len(value) < 9 || value[3] != ':' || value[6] != ':' {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], value[7:9], value[9:]
			case elemISO8601SecondsTZ, elemNumSecondsTz:
				if len(value) < 7 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], value[5:7], value[7:]
			default:
				if len(value) < 5 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], "00", value[5:]
			}
			if err != nil {
				break
			}
			var hr, mi, se int
			hr, _, err = getnum(hh, true)
			if err == nil {
				mi, _, err = getnum(mm, true)
			}
			if err == nil {
				se, _, err = getnum(ss, true)
			}
			if hr > 24 {
				rangeErr = "time zone offset hour"
			}
			if mi > 60 {
				rangeErr = "time zone offset minute"
			}
			if se > 60 {
				rangeErr = "time zone offset second"
			}
			zoneOffset = (hr*60+mi)*60 + se
			switch sign[0] {
			case '+':
			case '-':
				zoneOffset = -zoneOffset
			default:
				err = errBad
			}
		case elemTZ:
			if len(value) >= 3 && value[:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n, ok := parseTimeZone(value)
			if !ok {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case elemFracSecond0:
			ndigit := 1 + (elem >> elemShift & elemMask)
			if len(value) < ndigit {
				err = errBad
				break
			}
			nsec, rangeErr, err = parseNanoseconds(value, ndigit)
			value = value[ndigit:]
		case elemFracSecond9:
			if len(value) < 2 || !commaOrPeriod(value[0]) || value[1] < '0' || '9' < value[1] {
				// Fractional second omitted.
				break
			}
			i := 0
			for i+1 < len(value) && '0' <= value[i+1] && value[i+1] <= '9' {
				i++
			}
			nsec, rangeErr, err = parseNanoseconds(value, 1+i)
			value = value[1+i:]
		}
		if rangeErr != "" {
			return fail(elemText, value, ": "+rangeErr+" out of range")
		}
		if err != nil {
			return fail(elemText, hold, "")
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}

	if yday >= 0 {
		var d, m int
		if isLeap(year) {
			if yday == 31+29 {
				m, d = int(February), 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return fail("", value, ": day-of-year out of range")
		}
		if m == 0 {
			// Find the month in a non-leap year.
			m = 1
			for before := 0; ; m++ {
				n := daysIn(Month(m), 2001)
				if yday <= before+n {
					d = yday - before
					break
				}
				before += n
			}
		}
		if month >= 0 && month != m {
			return fail("", value, ": day-of-year does not match month")
		}
		month = m
		if day >= 0 && day != d {
			return fail("", value, ": day-of-year does not match day")
		}
		day = d
	} else {
		if month < 0 {
			month = int(January)
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return fail("", value, ": day out of range")
	}

	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.sec -= int64(zoneOffset)
		// Use the local zone when it has this offset (and name).
		if l := local.get(); l.offset == zoneOffset && (zoneName == "" || l.zone == zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(zoneName, zoneOffset))
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if l := local.get(); l.zone == zoneName {
			t.sec -= int64(l.offset)
			t.setLoc(local)
			return t, nil
		}
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoi(zoneName[3:])
			offset *= 3600
		}
		// As in Go, the wall clock is kept and the zone attached (no adjustment).
		t.setLoc(FixedZone(zoneName, offset))
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLocation), nil
}
