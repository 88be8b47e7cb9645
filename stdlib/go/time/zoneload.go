package time

import (
	"errors"
	"sync"
	"syscall"
)

// Zone files are read from the system's zone database (or from $ZONEINFO first, a
// directory or an uncompressed zip archive such as Go's zoneinfo.zip).

// zoneDirs are the system directories that may hold the zone database.
var zoneDirs = []string{
	"/usr/share/zoneinfo/",
	"/usr/share/lib/zoneinfo/",
	"/usr/lib/locale/TZ/",
	"/etc/zoneinfo/",
}

var zoneinfoEnv string
var zoneinfoOnce sync.Once

// LoadLocation returns the Location with the given name: "" or "UTC" give UTC, "Local"
// gives Local, and any other name is looked up in the zone database ($ZONEINFO first,
// read once, then the system's directories), e.g. "America/New_York".
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	if escapesDatabase(name) {
		return nil, errors.New("time: invalid location name")
	}
	zoneinfoOnce.Do(func() { zoneinfoEnv, _ = zoneEnv("ZONEINFO") })
	var firstErr error
	if zoneinfoEnv != "" {
		data, err := readZoneData(zoneinfoEnv, name)
		if err == nil {
			l, err := LoadLocationFromTZData(name, data)
			if err == nil {
				return l, nil
			}
			firstErr = err
		} else if err != syscall.ENOENT {
			firstErr = err
		}
	}
	if l, err := loadFromDirs(name, zoneDirs); err == nil {
		return l, nil
	} else if firstErr == nil {
		firstErr = err
	}
	return nil, firstErr
}

// escapesDatabase reports names that could leave the database directory.
func escapesDatabase(name string) bool {
	if name[0] == '/' || name[0] == '\\' {
		return true
	}
	for i := 0; i+1 < len(name); i++ {
		if name[i] == '.' && name[i+1] == '.' {
			return true
		}
	}
	return false
}

// loadFromDirs loads name from the first directory that has a valid zone file of that
// name. The error is the first one other than a missing file, else "unknown time zone".
func loadFromDirs(name string, dirs []string) (*Location, error) {
	var firstErr error
	for _, dir := range dirs {
		data, err := readZoneFile(dir + name)
		if err == nil {
			var l *Location
			if l, err = LoadLocationFromTZData(name, data); err == nil {
				return l, nil
			}
		}
		if firstErr == nil && err != syscall.ENOENT {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

// readZoneFile reads a whole zone file.
func readZoneFile(path string) ([]byte, error) {
	data, errno := readFile(path)
	if errno != 0 {
		return nil, syscall.Errno(errno)
	}
	return data, nil
}

// readZoneData reads name from a database directory or zip archive.
func readZoneData(source, name string) ([]byte, error) {
	if n := len(source); n > 4 && source[n-4:] == ".zip" {
		archive, err := readZoneFile(source)
		if err != nil {
			return nil, err
		}
		return storedZipEntry(archive, name)
	}
	return readZoneFile(source + "/" + name)
}

// storedZipEntry returns the contents of the entry called name in a zip archive without
// a trailing comment whose entries are stored uncompressed (as Go's zoneinfo.zip is).
// A missing entry is ENOENT; anything unexpected is malformed data.
func storedZipEntry(z []byte, name string) ([]byte, error) {
	le16 := func(p []byte) int { return int(p[0]) | int(p[1])<<8 }
	le32 := func(p []byte) int { return le16(p) | le16(p[2:])<<16 }
	const endSize, dirEntrySize, localSize = 22, 46, 30
	if len(z) < endSize || le32(z[len(z)-endSize:]) != 0x06054b50 {
		return nil, errBadZone
	}
	end := z[len(z)-endSize:]
	count, at := le16(end[10:]), le32(end[16:])
	for ; count > 0; count-- {
		if at+dirEntrySize > len(z) || le32(z[at:]) != 0x02014b50 {
			return nil, errBadZone
		}
		e := z[at:]
		method, size := le16(e[10:]), le32(e[24:])
		nameLen, extraLen, commentLen := le16(e[28:]), le16(e[30:]), le16(e[32:])
		local := le32(e[42:])
		if dirEntrySize+nameLen > len(e) {
			return nil, errBadZone
		}
		if string(e[dirEntrySize:dirEntrySize+nameLen]) == name {
			if method != 0 || local+localSize > len(z) || le32(z[local:]) != 0x04034b50 {
				return nil, errBadZone
			}
			start := local + localSize + le16(z[local+26:]) + le16(z[local+28:])
			if start+size > len(z) {
				return nil, errBadZone
			}
			return z[start : start+size], nil
		}
		at += dirEntrySize + nameLen + extraLen + commentLen
	}
	return nil, syscall.ENOENT
}

// tzifReader reads the big-endian fields of a TZif file.
type tzifReader struct {
	p   []byte
	bad bool
}

func (r *tzifReader) bytes(n int) []byte {
	if n < 0 || n > len(r.p) {
		r.bad = true
		return nil
	}
	b := r.p[:n]
	r.p = r.p[n:]
	return b
}

func (r *tzifReader) uint(size int) uint64 {
	b := r.bytes(size)
	var v uint64
	for _, c := range b {
		v = v<<8 | uint64(c)
	}
	return v
}

// The six counts of a TZif header, in file order.
const (
	cntUTIndicators = iota
	cntStdIndicators
	cntLeaps
	cntChanges
	cntKinds
	cntAbbrevBytes
)

// LoadLocationFromTZData returns a Location with the given name built from TZif data (the
// format of the zone database's files, RFC 8536).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	r := &tzifReader{p: data}
	version, counts, ok := r.header()
	if !ok {
		return nil, errBadZone
	}
	timeSize := 4
	if version >= 2 {
		// Skip the 32-bit block; the 64-bit one follows with its own header.
		r.bytes(counts[cntChanges]*5 + counts[cntKinds]*6 + counts[cntAbbrevBytes] +
			counts[cntLeaps]*8 + counts[cntStdIndicators] + counts[cntUTIndicators])
		if version, counts, ok = r.header(); !ok {
			return nil, errBadZone
		}
		timeSize = 8
	}
	n := counts[cntChanges]
	l := &Location{name: name, history: make([]zoneChange, n)}
	for i := range l.history {
		v := r.uint(timeSize)
		if timeSize == 4 {
			v = uint64(int64(int32(v)))
		}
		l.history[i].at = int64(v)
	}
	for i := range l.history {
		l.history[i].kind = uint8(r.uint(1))
	}
	kinds := make([]struct{ offset, dst, abbrevAt int }, counts[cntKinds])
	for i := range kinds {
		kinds[i].offset = int(int32(r.uint(4)))
		kinds[i].dst = int(r.uint(1))
		kinds[i].abbrevAt = int(r.uint(1))
	}
	abbrevs := r.bytes(counts[cntAbbrevBytes])
	leapSize := timeSize + 4
	r.bytes(counts[cntLeaps]*leapSize + counts[cntStdIndicators] + counts[cntUTIndicators])
	if r.bad || len(kinds) == 0 {
		return nil, errBadZone
	}
	l.kinds = make([]zoneKind, len(kinds))
	for i, k := range kinds {
		if k.abbrevAt >= len(abbrevs) {
			return nil, errBadZone
		}
		a := abbrevs[k.abbrevAt:]
		for j, c := range a {
			if c == 0 {
				a = a[:j]
				break
			}
		}
		l.kinds[i] = zoneKind{abbrev: string(a), offset: k.offset, dst: k.dst != 0}
	}
	for _, c := range l.history {
		if int(c.kind) >= len(l.kinds) {
			return nil, errBadZone
		}
	}
	// Version 2 files end with "\nRULE\n".
	if version >= 2 && len(r.p) > 2 && r.p[0] == '\n' && r.p[len(r.p)-1] == '\n' {
		// A malformed rule is ignored: the last listed zone then holds for ever.
		if rule, ok := parseZoneRule(string(r.p[1 : len(r.p)-1])); ok {
			l.rule = &rule
		}
	}
	if len(l.history) == 0 {
		// One change at the beginning of time: the first zone throughout, then the rule.
		l.history = []zoneChange{{at: beginningOfTime}}
	}
	sec, _, _ := now()
	l.pin(sec)
	return l, nil
}

// header reads a TZif header: the magic, the version (1, 2 or 3) and the six counts.
func (r *tzifReader) header() (version int, counts [6]int, ok bool) {
	if string(r.bytes(4)) != "TZif" {
		return 0, counts, false
	}
	switch v := r.bytes(16); {
	case r.bad:
		return 0, counts, false
	case v[0] == 0:
		version = 1
	case v[0] == '2' || v[0] == '3':
		version = int(v[0] - '0')
	default:
		return 0, counts, false
	}
	for i := range counts {
		c := r.uint(4)
		if c >= 1<<31 {
			return 0, counts, false
		}
		counts[i] = int(c)
	}
	return version, counts, !r.bad
}

// loadLocal sets up Local: from $TZ when set (a database name, or a file given by an
// absolute path; "" and "UTC" mean UTC), else from /etc/localtime. A zone that cannot
// be loaded leaves Local as UTC.
func loadLocal() {
	tz, set := zoneEnv("TZ")
	var l *Location
	var err error
	switch {
	case !set:
		if l, err = loadFromDirs("localtime", []string{"/etc/"}); err == nil {
			l.name = "Local"
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		switch {
		case tz != "" && tz[0] == '/':
			if l, err = loadFromDirs(tz, []string{""}); err == nil && tz == "/etc/localtime" {
				l.name = "Local"
			}
		case tz != "" && tz != "UTC":
			l, err = loadFromDirs(tz, zoneDirs)
		}
	}
	if l == nil || err != nil {
		localLoc = Location{name: "UTC"}
		return
	}
	localLoc = *l // shares l's zones, so the cached one stays valid
}
