package main

// Time zones from the system's zone database (/usr/share/zoneinfo): LoadLocation and its
// errors, zone names and offsets in Format, ZoneBounds and IsDST, wall times in gaps and
// overlaps, Parse with zone abbreviations, Local from TZ, and the binary encoding of Times.
// A sweep over a sample of zones hashes the results at many instants between 1800 and
// 2200 (where the zone's POSIX rule takes over from the listed changes).

import (
	"fmt"
	"hash/fnv"
	"os"
	"time"
)

var state uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func main() {
	// TZ is read when Local is first used; set it before anything shows local time.
	os.Setenv("TZ", "America/New_York")
	t := time.Date(2024, 3, 10, 12, 30, 0, 0, time.UTC)
	for _, name := range []string{"America/New_York", "Europe/London", "Asia/Kolkata", "Australia/Lord_Howe",
		"America/Sao_Paulo", "Pacific/Chatham", "Asia/Kathmandu", "Africa/Casablanca", "UTC", "Local", "",
		"Nope/Zone", "America", "America/New_York/", "../etc/passwd", "/etc/localtime", "Etc/GMT+5", "EST5EDT"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Printf("%q: %v\n", name, err)
			continue
		}
		lt := t.In(loc)
		n, off := lt.Zone()
		s, e := lt.ZoneBounds()
		fmt.Println(loc, lt, n, off, lt.Format(time.RFC1123Z), lt.Format(time.RFC3339), lt.IsDST())
		fmt.Println("  ", s, "|", e)
	}
	fmt.Println(time.Local, t.Local(), t.Local().Location())

	ny, _ := time.LoadLocation("America/New_York")
	for _, w := range []time.Time{
		time.Date(2024, 3, 10, 2, 30, 0, 0, ny), // in the spring gap
		time.Date(2024, 11, 3, 1, 30, 0, 0, ny), // in the autumn overlap
		time.Date(2060, 3, 14, 2, 30, 0, 0, ny), // the same, from the rule
		time.Date(2060, 11, 7, 1, 30, 0, 0, ny),
		time.Date(1800, 1, 1, 0, 0, 0, 0, ny), // local mean time, before the first change
		time.Date(2050, 1, 15, 0, 0, 0, 0, ny),
	} {
		s, e := w.ZoneBounds()
		fmt.Println(w, "|", s, "|", e, w.IsDST())
	}

	for _, v := range []string{"Mon, 01 Jul 2024 08:00:00 EDT", "Mon, 01 Jul 2024 08:00:00 EST", "Mon, 01 Jul 2024 08:00:00 CEST"} {
		p, err := time.Parse(time.RFC1123, v)
		fmt.Println(p, err, p.Location())
	}
	p, err := time.Parse(time.RFC1123Z, "Mon, 01 Jul 2024 08:00:00 -0400")
	fmt.Println(p, err, p.Location())
	p, err = time.ParseInLocation("2006-01-02 15:04", "2024-11-03 01:30", ny)
	fmt.Println(p, err)

	for _, tt := range []time.Time{time.Date(2024, 3, 10, 12, 30, 15, 123, ny), time.Date(2024, 7, 1, 0, 0, 0, 0, time.Local),
		time.Date(2024, 3, 10, 12, 30, 15, 123, time.UTC), time.Date(2024, 3, 10, 12, 30, 15, 123, time.FixedZone("odd", 3601)),
		time.Date(2024, 3, 10, 12, 30, 15, 123, time.FixedZone("neg", -59)), time.Date(2024, 3, 10, 12, 30, 15, 123, time.FixedZone("m1", -60)), {}} {
		b, err := tt.MarshalBinary()
		var u time.Time
		uerr := u.UnmarshalBinary(b)
		fmt.Println(b, err, u, uerr, u.Location())
	}
	var u time.Time
	fmt.Println(u.UnmarshalBinary(nil), u.UnmarshalBinary([]byte{3}), u.UnmarshalBinary([]byte{1, 2}), u.GobDecode([]byte{2, 0}))

	h := fnv.New64a()
	zones := []string{"Africa/Cairo", "America/Anchorage", "America/Chicago", "America/Havana", "America/Los_Angeles",
		"America/Santiago", "America/St_Johns", "Antarctica/Troll", "Asia/Gaza", "Asia/Jerusalem", "Asia/Tehran", "Asia/Tokyo",
		"Atlantic/Azores", "Australia/Adelaide", "Australia/Sydney", "Europe/Berlin", "Europe/Dublin", "Europe/Moscow",
		"Pacific/Apia", "Pacific/Auckland", "Pacific/Kiritimati", "CET", "MST7MDT", "Etc/GMT-14"}
	for _, name := range zones {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(name, err)
			continue
		}
		for i := 0; i < 300; i++ {
			sec := int64(next()%(400*365*86400)) - 170*365*86400
			t := time.Unix(sec, 0).In(loc)
			s, e := t.ZoneBounds()
			fmt.Fprintln(h, t.Format(time.RFC3339+" MST"), s, e, t.IsDST())
			y, m, d := t.Date()
			fmt.Fprintln(h, time.Date(y, m, d, int(next()%26)-1, int(next()%60), 0, 0, loc))
		}
	}
	fmt.Printf("sweep %x\n", h.Sum64())
}
