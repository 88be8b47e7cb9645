package time

import "errors"

// Location is a time zone. minigo's are fixed zones: a name, an abbreviation and an
// offset.
type Location struct {
	name   string
	zone   string // abbreviation, e.g. "CET"
	offset int    // east of UTC, in seconds
}

var utcLoc = Location{name: "UTC", zone: "UTC"}

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

var localLoc = Location{name: "Local", zone: "UTC"}

// Local is the local time zone. minigo reads no zone database: Local is UTC named
// "Local".
var Local = &localLoc

// get returns l, or UTC for a nil l.
func (l *Location) orUTC() *Location {
	if l == nil {
		return &utcLoc
	}
	return l
}

// String returns a descriptive name for the time zone information, corresponding to
// the name argument to LoadLocation or FixedZone.
func (l *Location) String() string { return l.orUTC().name }

// FixedZone returns a Location that always uses the given zone name and offset
// (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, zone: name, offset: offset}
}

// LoadLocation finds a zone by name: "" and "UTC" give UTC and "Local" gives Local;
// minigo has no zone database, so any other name fails ("unknown time zone NAME").
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	// Names that would leave the zone database directory are refused outright.
	escapes := name[0] == '/' || name[0] == '\\'
	for i := 1; i < len(name) && !escapes; i++ {
		escapes = name[i-1:i+1] == ".."
	}
	if escapes {
		return nil, errors.New("time: invalid location name")
	}
	return nil, errors.New("unknown time zone " + name)
}
