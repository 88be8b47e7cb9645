package time

import "errors"

// A Location maps time instants to the zone in use at that time. minigo's locations
// are fixed zones: a name, an abbreviation and an offset.
type Location struct {
	name   string
	zone   string // abbreviation, e.g. "CET"
	offset int    // seconds east of UTC
}

var utcLoc = Location{name: "UTC", zone: "UTC"}

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

var localLoc = Location{name: "Local", zone: "UTC"}

// Local represents the system's local time zone. minigo does not read the time zone
// database: Local is UTC under the name "Local".
var Local *Location = &localLoc

// get returns l, or UTC for a nil l.
func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// String returns a descriptive name for the time zone information, corresponding to
// the name argument to LoadLocation or FixedZone.
func (l *Location) String() string { return l.get().name }

// FixedZone returns a Location that always uses the given zone name and offset
// (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

var errLocation = errors.New("time: invalid location name")

// LoadLocation returns the Location with the given name. "" and "UTC" give UTC,
// "Local" gives Local; minigo has no time zone database, so other names fail with
// "unknown time zone NAME".
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	if containsDotDot(name) || len(name) > 0 && (name[0] == '/' || name[0] == '\\') {
		return nil, errLocation
	}
	return nil, errors.New("unknown time zone " + name)
}

func containsDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}
