// Package time measures and shows time: instants (Time), spans (Duration), clocks,
// timers and calendar arithmetic.
//
// In minigo the clocks, Sleep and the timers are natives of the goroutine runtime (see
// natives.go and stdlib/NATIVES.md); calendar computations and formatting are written
// in Go here. Time zones come from the system's zone database (zone*.go).
package time

import (
	"errors"
	"math/bits"
)

// A Time is an instant with nanosecond precision, shown in a location.
//
// Layout (relied on by the VM, which builds the values sent on timer channels): four
// words: sec (seconds since January 1, year 1 00:00:00 UTC), nsec (0..999999999), mono
// (a monotonic clock reading in nanoseconds, 0 if the Time carries none) and loc (nil
// means UTC).
type Time struct {
	sec  int64
	nsec int64
	mono int64
	loc  *Location
}

const (
	secondsPerMinute = 60
	secondsPerHour   = 3600
	secondsPerDay    = 86400

	// daysBefore1970 counts the days from January 1 of year 1 (the origin of Time.sec)
	// to January 1, 1970: 1969 years of 365 days plus their 477 leap days.
	daysBefore1970 = 1969*365 + 477

	// unixToInternal is the Unix epoch in seconds since that origin.
	unixToInternal int64 = daysBefore1970 * secondsPerDay
)

// Month is a month of the year, January = 1.
type Month int

// The months.
const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var (
	longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
	longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
)

// String is the month's English name; out-of-range values print as %!Month(n).
func (m Month) String() string {
	if uint(m-1) < 12 {
		return longMonthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
}

// Weekday is a day of the week, Sunday = 0.
type Weekday int

// The days of the week.
const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// String is the day's English name; out-of-range values print as %!Weekday(n).
func (d Weekday) String() string {
	if uint(d) < 7 {
		return longDayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

// utoa formats u in decimal (negative values show as large unsigned numbers, as in
// Go's messages for invalid months and weekdays).
func utoa(u uint64) string {
	return string(appendScaled(nil, u, 0))
}

// Now returns the current local time (with a monotonic clock reading).
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec: sec + unixToInternal, nsec: int64(nsec), mono: mono, loc: Local}
}

// Unix is the local Time sec seconds plus nsec nanoseconds after the Unix epoch
// (1970-01-01 UTC); nsec may be any value, it is carried into the seconds.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: nsec, loc: Local}
}

// UnixMilli is the local Time msec milliseconds after the Unix epoch.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro is the local Time usec microseconds after the Unix epoch.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Since returns the time elapsed since t. It is shorthand for time.Now().Sub(t).
func Since(t Time) Duration {
	if t.mono != 0 {
		return monoDiff(runtimeNano(), t.mono)
	}
	return Now().Sub(t)
}

// Until returns the duration until t. It is shorthand for t.Sub(time.Now()).
func Until(t Time) Duration {
	if t.mono != 0 {
		return monoDiff(t.mono, runtimeNano())
	}
	return t.Sub(Now())
}

// subMono is t - u saturated to the range of Duration.
func monoDiff(t, u int64) Duration {
	switch {
	case u < 0 && t > int64(longestDuration)+u:
		return longestDuration
	case u > 0 && t < int64(mostNegativeDuration)+u:
		return mostNegativeDuration
	}
	return Duration(t - u)
}

// carry moves whole multiples of base from lo into hi, leaving 0 <= lo < base.
func carry(hi, lo, base int) (int, int) {
	q := lo / base
	if lo%base < 0 {
		q--
	}
	return hi + q, lo - q*base
}

// Date builds the Time of a calendar date and clock reading in loc. Fields out of their
// usual range carry into the next larger field (October 32 is November 1). It panics if
// loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	// Carry each field's overflow into the next larger one.
	year, m0 := carry(year, int(month)-1, 12)
	month = Month(m0 + 1)
	sec, nsec = carry(sec, nsec, 1e9)
	min, sec = carry(min, sec, 60)
	hour, min = carry(hour, min, 60)
	day, hour = carry(day, hour, 24)
	days := daysFromCivil(int64(year), int(month), 1) + int64(day-1)
	abs := (days+daysBefore1970)*secondsPerDay + int64(hour*secondsPerHour+min*secondsPerMinute+sec)
	unix := loc.wallToUnix(abs - unixToInternal)
	t := Time{sec: unix + unixToInternal, nsec: int64(nsec)}
	t.place(loc)
	return t
}

// daysFromCivil returns the number of days since 1970-01-01 of the proleptic Gregorian
// date y-m-d (m in 1..12, d in 1..31), counting in 400-year eras starting in March.
func daysFromCivil(y int64, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400 // [0, 399]
	mp := int64(m+9) % 12
	doy := (153*mp+2)/5 + int64(d) - 1     // [0, 365]
	doe := yoe*365 + yoe/4 - yoe/100 + doy // [0, 146096]
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil.
func civilFromDays(z int64) (y int64, m, d int) {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097                                  // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100) // [0, 365]
	mp := (5*doy + 2) / 153                  // [0, 11]
	d = int(doy - (153*mp+2)/5 + 1)
	if mp < 10 {
		m = int(mp + 3)
	} else {
		m = int(mp - 9)
	}
	if m <= 2 {
		y++
	}
	return
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// isLeap reports whether year has a February 29 (Gregorian rules).
func isLeap(year int) bool {
	switch {
	case year%400 == 0:
		return true
	case year%100 == 0:
		return false
	}
	return year%4 == 0
}

// monthDays is the length of month m of year.
func monthDays(year int, m Month) int {
	if m == February {
		if isLeap(year) {
			return 29
		}
		return 28
	}
	// Months alternate 31 and 30 days from January to July and again from August
	// to December (February aside).
	return 30 + int((m+m/8)&1)
}

// local returns t's seconds since year 1 in its own zone (wall clock seconds).
func (t Time) local() int64 {
	if t.loc == nil {
		return t.sec
	}
	_, off, _, _, _ := t.loc.zoneAt(t.sec - unixToInternal)
	return t.sec + int64(off)
}

// days returns the days since 1970-01-01 and the seconds within that day, in t's zone.
func (t Time) daysAndSecs() (days int64, secs int) {
	l := t.local() - unixToInternal
	days = floorDiv(l, secondsPerDay)
	return days, int(l - days*secondsPerDay)
}

// Date is t's calendar date in t's location.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := t.daysAndSecs()
	y, m, d := civilFromDays(days)
	return int(y), Month(m), d
}

// Year, Month, Day and Weekday are parts of t's calendar date in t's location.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

func (t Time) Weekday() Weekday {
	days, _ := t.daysAndSecs()
	// January 1, 1970 was a Thursday.
	return Weekday((days%7 + 7 + 4) % 7)
}

// YearDay is the day of t's year, from 1 (up to 365, or 366 in leap years).
func (t Time) YearDay() int {
	days, _ := t.daysAndSecs()
	y, _, _ := civilFromDays(days)
	return int(days-daysFromCivil(y, 1, 1)) + 1
}

// ISOWeek is t's ISO 8601 week (1 to 53) and the year it belongs to, which differs from
// t's year in the first and last days of some years.
func (t Time) ISOWeek() (year, week int) {
	days, _ := t.daysAndSecs()
	// Weeks run Monday to Sunday; a week belongs to the year of its Thursday.
	wd := int((days%7 + 7 + 3) % 7) // Monday = 0
	thursday := days - int64(wd) + 3
	y, _, _ := civilFromDays(thursday)
	yday := thursday - daysFromCivil(y, 1, 1)
	return int(y), int(yday)/7 + 1
}

// Clock is t's time of day in t's location.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.daysAndSecs()
	return s / secondsPerHour, s % secondsPerHour / secondsPerMinute, s % secondsPerMinute
}

// Hour is t's hour of the day, 0 to 23.
func (t Time) Hour() int {
	_, s := t.daysAndSecs()
	return s / secondsPerHour
}

// Minute is t's minute within the hour, 0 to 59.
func (t Time) Minute() int {
	_, s := t.daysAndSecs()
	return s % secondsPerHour / secondsPerMinute
}

// Second is t's second within the minute, 0 to 59.
func (t Time) Second() int {
	_, s := t.daysAndSecs()
	return s % secondsPerMinute
}

// Nanosecond is t's nanosecond within the second, 0 to 999999999.
func (t Time) Nanosecond() int { return int(t.nsec) }

// IsZero reports whether t is the zero Time: year 1, January 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether t is a later instant than u (locations do not matter).
func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether t is an earlier instant than u.
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Compare is -1, 0 or +1 as t is before, at or after u.
func (t Time) Compare(u Time) int {
	var tc, uc int64
	if t.mono != 0 && u.mono != 0 {
		tc, uc = t.mono, u.mono
	} else {
		tc, uc = t.sec, u.sec
		if tc == uc {
			tc, uc = t.nsec, u.nsec
		}
	}
	switch {
	case tc < uc:
		return -1
	case tc > uc:
		return +1
	}
	return 0
}

// Equal reports whether t and u are the same instant, whatever their locations.
func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.mono != 0 {
		te := t.mono + int64(d)
		if d < 0 && te > t.mono || d > 0 && te < t.mono {
			t.mono = 0 // overflow: drop the monotonic reading
		} else {
			t.mono = te
		}
	}
	return t
}

// Sub returns the duration t-u. If the result exceeds the maximum (or minimum) value
// that can be stored in a Duration, the maximum (or minimum) duration will be returned.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return monoDiff(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	if u.Add(d).Equal(t) {
		return d // no overflow
	}
	if t.Before(u) {
		return mostNegativeDuration
	}
	return longestDuration
}

// AddDate returns the time corresponding to adding the given number of years, months,
// and days to t, normalized as Date does.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// setLoc sets t's location, dropping the monotonic reading (as Go's In, UTC and Local
// do).
func (t *Time) place(loc *Location) {
	t.mono, t.loc = 0, loc
	if loc == &utcLoc {
		t.loc = nil // the canonical UTC
	}
}

// UTC is the same instant shown in UTC.
func (t Time) UTC() Time {
	t.place(&utcLoc)
	return t
}

// Local is the same instant shown in local time.
func (t Time) Local() Time {
	t.place(Local)
	return t
}

// In is the same instant shown in loc; it panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.place(loc)
	return t
}

// Location is the zone t is shown in (UTC for a nil location).
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone is the abbreviation and offset (seconds east of UTC) of t's zone at t.
func (t Time) Zone() (name string, offset int) {
	name, offset, _, _, _ = t.loc.zoneAt(t.sec - unixToInternal)
	return name, offset
}

// ZoneBounds returns the span [start, end) of instants around t during which t's zone
// is in effect, both shown in t's location; a zone in effect since the beginning of
// time has a zero start, and one that never ends a zero end.
func (t Time) ZoneBounds() (start, end Time) {
	_, _, from, until, _ := t.loc.zoneAt(t.sec - unixToInternal)
	if from != beginningOfTime {
		start = Time{sec: from + unixToInternal, loc: t.loc}
	}
	if until != endOfTime {
		end = Time{sec: until + unixToInternal, loc: t.loc}
	}
	return start, end
}

// IsDST reports whether the time in the configured location is in Daylight Savings
// Time.
func (t Time) IsDST() bool {
	_, _, _, _, dst := t.loc.zoneAt(t.sec - unixToInternal)
	return dst
}

// Unix is t in seconds since the Unix epoch.
func (t Time) Unix() int64 { return t.sec - unixToInternal }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return t.Unix()*1e3 + t.nsec/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return t.Unix()*1e6 + t.nsec/1e3 }

// UnixNano returns t as a Unix time in nanoseconds. The result is undefined if the Unix
// time in nanoseconds cannot be represented by an int64.
func (t Time) UnixNano() int64 { return t.Unix()*1e9 + t.nsec }

// Truncate rounds t down to a multiple of d counted from the zero Time; d <= 0 only
// drops the monotonic reading.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	return t.Add(-r)
}

// Round rounds t to the nearest multiple of d counted from the zero Time, halves upward;
// d <= 0 only drops the monotonic reading.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	if uint64(r) < uint64(d)-uint64(r) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// mod returns the remainder of the time since the zero time divided by d (d > 0), in
// [0, d).
func (t Time) mod(d Duration) Duration {
	neg := t.sec < 0
	sec, nsec := t.sec, t.nsec
	if neg {
		// Work on the magnitude: -(sec + nsec/1e9).
		sec = -sec
		if nsec != 0 {
			sec--
			nsec = 1e9 - nsec
		}
	}
	// n = sec*1e9 + nsec as 128 bits.
	hi, lo := bits.Mul64(uint64(sec), 1e9)
	var c uint64
	lo, c = bits.Add64(lo, uint64(nsec), 0)
	hi += c
	r := Duration(bits.Rem64(hi, lo, uint64(d)))
	if neg && r != 0 {
		r = d - r
	}
	return r
}

// A ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error describes the failure, quoting the value and the layout element.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// MarshalText implements the encoding.TextMarshaler interface (RFC 3339 with
// sub-second precision).
func (t Time) MarshalText() ([]byte, error) {
	if uint(t.Year()) > 9999 {
		return nil, errors.New("Time.MarshalText: year outside of range [0,9999]")
	}
	return t.AppendFormat(nil, RFC3339Nano), nil
}

// UnmarshalText parses an RFC 3339 time into t.
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

// MarshalJSON implements the json.Marshaler interface: a quoted RFC 3339 string.
func (t Time) MarshalJSON() ([]byte, error) {
	b, err := t.MarshalText()
	if err != nil {
		return nil, errors.New("Time.MarshalJSON: " + err.Error()[len("Time.MarshalText: "):])
	}
	out := append([]byte{'"'}, b...)
	return append(out, '"'), nil
}

// UnmarshalJSON implements the json.Unmarshaler interface.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	text, quoted := unquoteJSON(string(data))
	if !quoted {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	return t.UnmarshalText([]byte(text))
}

// unquoteJSON returns s without its surrounding double quotes, and whether it had them.
func unquoteJSON(s string) (string, bool) {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		return s[1 : len(s)-1], true
	}
	return s, false
}
