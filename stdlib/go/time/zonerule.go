package time

// POSIX TZ rules ("EST5EDT,M3.2.0,M11.1.0"): zone files end with one, and it describes
// every instant after the file's last listed change.

// A zoneRule is a parsed TZ string: a standard zone, and optionally a daylight zone with
// the days of the year when daylight time starts and ends.
type zoneRule struct {
	std, dst   zoneKind
	hasDST     bool
	start, end ruleDay
}

// A ruleDay is a day of the year and a time of that day (seconds, local time, in the
// zone in effect before the change).
type ruleDay struct {
	form       byte // 'J': Julian day 1..365 ignoring Feb 29; 'D': day 0..365; 'M': month.week.weekday
	n          int  // the day for 'J' and 'D'
	mon, week  int
	weekday    int
	clock      int
}

// ruleText is a cursor over a TZ string.
type ruleText struct{ s string }

func (t *ruleText) peek() byte {
	if t.s == "" {
		return 0
	}
	return t.s[0]
}

func (t *ruleText) take(c byte) bool {
	if t.peek() == c && c != 0 {
		t.s = t.s[1:]
		return true
	}
	return false
}

// name reads a zone abbreviation: three or more letters, or anything in <...>.
func (t *ruleText) name() (string, bool) {
	if t.take('<') {
		for i := 0; i < len(t.s); i++ {
			if t.s[i] == '>' {
				n := t.s[:i]
				t.s = t.s[i+1:]
				return n, true
			}
		}
		return "", false
	}
	i := 0
	for i < len(t.s) && !isRuleDelim(t.s[i]) {
		i++
	}
	if i < 3 {
		return "", false
	}
	n := t.s[:i]
	t.s = t.s[i:]
	return n, true
}

func isRuleDelim(c byte) bool {
	return '0' <= c && c <= '9' || c == ',' || c == '-' || c == '+'
}

// number reads a decimal number in [lo, hi].
func (t *ruleText) number(lo, hi int) (int, bool) {
	i, v := 0, 0
	for i < len(t.s) && '0' <= t.s[i] && t.s[i] <= '9' {
		v = v*10 + int(t.s[i]-'0')
		if v > hi {
			return 0, false
		}
		i++
	}
	if i == 0 || v < lo {
		return 0, false
	}
	t.s = t.s[i:]
	return v, true
}

// duration reads [+|-]hh[:mm[:ss]] as seconds; hours go up to a week.
func (t *ruleText) duration() (int, bool) {
	neg := false
	if t.take('-') {
		neg = true
	} else {
		t.take('+')
	}
	h, ok := t.number(0, 24*7)
	secs := h * secondsPerHour
	for _, unit := range [2]int{secondsPerMinute, 1} {
		if !ok || !t.take(':') {
			break
		}
		var v int
		v, ok = t.number(0, 59)
		secs += v * unit
	}
	if neg {
		secs = -secs
	}
	return secs, ok
}

// day reads a rule day with its optional /time (2:00:00 by default).
func (t *ruleText) day() (ruleDay, bool) {
	var d ruleDay
	var ok bool
	switch {
	case t.take('J'):
		d.form = 'J'
		d.n, ok = t.number(1, 365)
	case t.take('M'):
		d.form = 'M'
		d.mon, ok = t.number(1, 12)
		if ok && t.take('.') {
			d.week, ok = t.number(1, 5)
		} else {
			ok = false
		}
		if ok && t.take('.') {
			d.weekday, ok = t.number(0, 6)
		} else {
			ok = false
		}
	default:
		d.form = 'D'
		d.n, ok = t.number(0, 365)
	}
	if !ok {
		return d, false
	}
	d.clock = 2 * secondsPerHour
	if t.take('/') {
		d.clock, ok = t.duration()
	}
	return d, ok
}

// parseZoneRule parses a TZ string; a daylight zone without days gets the US rules
// (second Sunday of March to first Sunday of November), as the tz code assumes.
func parseZoneRule(s string) (zoneRule, bool) {
	var r zoneRule
	t := &ruleText{s}
	name, ok := t.name()
	if !ok {
		return r, false
	}
	west, ok := t.duration()
	if !ok {
		return r, false
	}
	r.std = zoneKind{abbrev: name, offset: -west}
	if t.s == "" || t.peek() == ',' {
		return r, true
	}
	if name, ok = t.name(); !ok {
		return r, false
	}
	r.hasDST = true
	r.dst = zoneKind{abbrev: name, offset: r.std.offset + secondsPerHour, dst: true}
	if t.s != "" && t.peek() != ',' {
		if west, ok = t.duration(); !ok {
			return r, false
		}
		r.dst.offset = -west
	}
	if t.s == "" {
		t.s = ",M3.2.0,M11.1.0"
	}
	if !t.take(',') {
		return r, false
	}
	if r.start, ok = t.day(); !ok || !t.take(',') {
		return r, false
	}
	if r.end, ok = t.day(); !ok || t.s != "" {
		return r, false
	}
	return r, true
}

// secondsIntoYear is when d falls in year, in seconds from the start of the year UTC,
// for a zone offset (seconds east) in effect before the change.
func (d ruleDay) secondsIntoYear(year int, offset int) int {
	var yday int
	switch d.form {
	case 'J':
		yday = d.n - 1
		if isLeap(year) && d.n >= 60 {
			yday++
		}
	case 'D':
		yday = d.n
	default:
		first := daysFromCivil(int64(year), d.mon, 1)
		weekdayOfFirst := int((first%7 + 7 + 4) % 7) // 1970-01-01 was a Thursday
		mday := (d.weekday - weekdayOfFirst + 7) % 7
		mday += 7 * (d.week - 1)
		for mday >= monthDays(year, Month(d.mon)) {
			mday -= 7
		}
		yday = int(first-daysFromCivil(int64(year), 1, 1)) + mday
	}
	return yday*secondsPerDay + d.clock - offset
}

// zoneAt gives the rule's zone at Unix time sec, with the span where it holds. Without
// daylight time the span runs from the location's last listed change (since) on;
// otherwise spans are computed within sec's calendar year (UTC) and cut at its ends.
func (r zoneRule) zoneAt(since, sec int64) (abbrev string, offset int, from, until int64, dst bool) {
	if !r.hasDST {
		return r.std.abbrev, r.std.offset, since, endOfTime, false
	}
	days := floorDiv(sec, secondsPerDay)
	y, _, _ := civilFromDays(days)
	year := int(y)
	yearStart := daysFromCivil(y, 1, 1) * secondsPerDay
	// Seconds into the year, with the time of day taken as a truncated remainder: before
	// 1970 that is one day early (except at midnight), and Go compares it so.
	into := (days-yearStart/secondsPerDay)*secondsPerDay + sec%secondsPerDay
	// first and second are the year's two changes in order, entering zone in and out.
	first, second := r.start.secondsIntoYear(year, r.std.offset), r.end.secondsIntoYear(year, r.dst.offset)
	in, out := r.dst, r.std
	if second < first {
		first, second = second, first
		in, out = out, in
	}
	switch {
	case into < int64(first):
		return out.abbrev, out.offset, yearStart, yearStart + int64(first), out.dst
	case into >= int64(second):
		return out.abbrev, out.offset, yearStart + int64(second), yearStart + 365*secondsPerDay, out.dst
	}
	return in.abbrev, in.offset, yearStart + int64(first), yearStart + int64(second), in.dst
}
