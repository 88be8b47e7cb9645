package time

import (
	"errors"
	"sync"
)

// A Location maps instants to the zone in effect there: a name and offset that change at
// the instants of its history (from the zone database), and after the last of them
// follow an optional POSIX TZ rule.
type Location struct {
	name    string
	kinds   []zoneKind   // the distinct zones of the location's history
	history []zoneChange // sorted by instant
	rule    *zoneRule    // the file's POSIX TZ rule for instants after the last change; nil if none or malformed

	// The zone in effect around the instant the location was loaded, and the span
	// [hotFrom, hotUntil) where it holds: most lookups land there.
	hot              *zoneKind
	hotFrom, hotUntil int64
}

// A zoneKind is one zone a location can be in.
type zoneKind struct {
	abbrev string // e.g. "CET"; Format prints it for the MST element
	offset int    // east of Greenwich, in seconds
	dst    bool
}

// A zoneChange is an instant (Unix seconds) from which kinds[kind] is in effect.
type zoneChange struct {
	at   int64
	kind uint8
}

// The ends of time, for spans that have no start or end.
const (
	beginningOfTime int64 = -1 << 63
	endOfTime       int64 = 1<<63 - 1
)

var utcLoc = Location{name: "UTC"}

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

var localLoc Location
var localOnce sync.Once

// Local is the system's local time zone: the TZ environment variable names it (a zone
// database name, or an absolute file path), and without TZ it is /etc/localtime.
var Local *Location = &localLoc

// resolved returns the location a Time's loc field stands for: UTC for nil, and Local
// read on first use.
func (l *Location) resolved() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc {
		localOnce.Do(loadLocal)
	}
	return l
}

// String returns a descriptive name for the time zone information, corresponding to
// the name argument to LoadLocation or FixedZone.
func (l *Location) String() string { return l.resolved().name }

// FixedZone returns a Location that always uses the given zone name and offset
// (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	l := &Location{name: name, kinds: []zoneKind{{abbrev: name, offset: offset}}}
	l.hot, l.hotFrom, l.hotUntil = &l.kinds[0], beginningOfTime, endOfTime
	return l
}

// zoneAt describes l at Unix time sec: the zone's abbreviation and offset, whether it
// is daylight time, and the span [from, until) of instants where the zone holds
// (bounded by the calendar year when the zone comes from the TZ rule).
func (l *Location) zoneAt(sec int64) (abbrev string, offset int, from, until int64, dst bool) {
	l = l.resolved()
	if k := l.hot; k != nil && l.hotFrom <= sec && sec < l.hotUntil {
		return k.abbrev, k.offset, l.hotFrom, l.hotUntil, k.dst
	}
	if len(l.kinds) == 0 {
		return "UTC", 0, beginningOfTime, endOfTime, false
	}
	h := l.history
	if len(h) == 0 || sec < h[0].at {
		k := &l.kinds[l.earliestKind()]
		until = endOfTime
		if len(h) > 0 {
			until = h[0].at
		}
		return k.abbrev, k.offset, beginningOfTime, until, k.dst
	}
	// The last change at or before sec.
	lo, hi := 0, len(h)
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if sec < h[mid].at {
			hi = mid
		} else {
			lo = mid
		}
	}
	until = endOfTime
	if lo+1 < len(h) {
		until = h[lo+1].at
	}
	k := &l.kinds[h[lo].kind]
	if lo == len(h)-1 && l.rule != nil {
		return l.rule.zoneAt(h[lo].at, sec)
	}
	return k.abbrev, k.offset, h[lo].at, until, k.dst
}

// earliestKind picks the zone for instants before the location's first change, as the
// reference tz code does: the first zone if no change uses it; otherwise, when the first
// change enters daylight time, the closest standard zone listed before that one;
// otherwise the first standard zone; otherwise the first zone.
func (l *Location) earliestKind() int {
	used := false
	for _, c := range l.history {
		used = used || c.kind == 0
	}
	if !used {
		return 0
	}
	if len(l.history) > 0 && l.kinds[l.history[0].kind].dst {
		for i := int(l.history[0].kind) - 1; i >= 0; i-- {
			if !l.kinds[i].dst {
				return i
			}
		}
	}
	for i, k := range l.kinds {
		if !k.dst {
			return i
		}
	}
	return 0
}

// offsetOfAbbrev finds the offset of the zone called abbrev near Unix time sec: a zone of
// that name whose offset is the one in effect at sec-offset if there is one, else any
// zone of that name.
func (l *Location) offsetOfAbbrev(abbrev string, sec int64) (int, bool) {
	l = l.resolved()
	for _, k := range l.kinds {
		if k.abbrev == abbrev {
			if _, off, _, _, _ := l.zoneAt(sec - int64(k.offset)); off == k.offset {
				return k.offset, true
			}
		}
	}
	for _, k := range l.kinds {
		if k.abbrev == abbrev {
			return k.offset, true
		}
	}
	return 0, false
}

// wallToUnix converts wall-clock seconds in l (counted like Unix seconds) to Unix
// seconds. A wall time in a gap or overlap of l's history gets the offset in effect
// just before the change, as Go chooses.
func (l *Location) wallToUnix(wall int64) int64 {
	_, off, from, until, _ := l.zoneAt(wall)
	if off == 0 {
		return wall
	}
	if u := wall - int64(off); u < from || u >= until {
		_, off, _, _, _ = l.zoneAt(u)
	}
	return wall - int64(off)
}

// pin caches the zone in effect at Unix time sec (the load time) with its span: the
// span between two listed changes, or, past the last one, the span the rule gives
// (whose zone need not be one of l's kinds). Lookups inside the span return the cached
// zone, so like Go's, the answers near the rule's year-end cuts follow the load time.
func (l *Location) pin(sec int64) {
	h := l.history
	i := len(h) - 1
	for i >= 0 && h[i].at > sec {
		i--
	}
	if i < 0 {
		return
	}
	k, from, until := &l.kinds[h[i].kind], h[i].at, endOfTime
	if i+1 < len(h) {
		until = h[i+1].at
	} else if l.rule != nil {
		abbrev, off, rfrom, runtil, dst := l.rule.zoneAt(from, sec)
		from, until = rfrom, runtil
		k = &zoneKind{abbrev: abbrev, offset: off, dst: dst}
		for j := range l.kinds {
			if c := &l.kinds[j]; *c == *k {
				k = c
			}
		}
	}
	l.hot, l.hotFrom, l.hotUntil = k, from, until
}

// errBadZone is LoadLocationFromTZData's error for data that is not a zone file.
var errBadZone = errors.New("malformed time zone information")
