// Compares mg/time with the real time package.
package main

import (
	"fmt"
	"math/rand"
	"strings"
	"time"

	mg "mg/time"
)

var pass, total, shown int

func check(what string, got, want any) {
	total++
	g, w := fmt.Sprintf("%v", got), fmt.Sprintf("%v", want)
	if g == w {
		pass++
		return
	}
	if shown < 50 {
		shown++
		fmt.Printf("FAIL %s:\n   got %s\n  want %s\n", what, g, w)
	}
}

func errStr(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

var layouts = []string{
	time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850, time.RFC1123,
	time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp, time.StampMilli, time.StampMicro,
	time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
	"2006-01-02 15:04:05.000000000", "Jan 2, 2006 at 3:04pm (MST)", "Monday January _2 __2 002", "06 1 2 3 4 5 PM pm",
	"-07 -0700 -07:00 -070000 -07:00:00 Z07 Z0700 Z07:00 Z070000 Z07:00:00", "15:04:05,000 15:04:05,999", ".9 .99 .999999",
	"Janet Monkey", "_2006 __2006", "2006-002", "3:04:05.999999999 pm", "Mon, 02 Jan 2006 15:04:05 MST", "hello", "",
}

type pair struct {
	m mg.Time
	r time.Time
}

func main() {
	rnd := rand.New(rand.NewSource(11))
	zones := []struct {
		name string
		off  int
	}{{"UTC", 0}, {"", 0}, {"EST", -5 * 3600}, {"IST", 5*3600 + 1800}, {"X", -(3*3600 + 25*60 + 7)}, {"", 9 * 3600}}
	var pairs []pair
	for i := 0; i < 400; i++ {
		y := 1 + rnd.Intn(3000)
		if i%10 == 0 {
			y = -rnd.Intn(500)
		}
		mo, d, h, mi, s, ns := rnd.Intn(14)-1, rnd.Intn(40)-3, rnd.Intn(30)-2, rnd.Intn(70)-5, rnd.Intn(70)-5, rnd.Intn(2e9)-5e8
		z := zones[i%len(zones)]
		ml := mg.FixedZone(z.name, z.off)
		rl := time.FixedZone(z.name, z.off)
		if i%7 == 0 {
			ml, rl = mg.UTC, time.UTC
		}
		if i%11 == 0 {
			ml, rl = mg.Local, time.Local
		}
		pairs = append(pairs, pair{mg.Date(y, mg.Month(mo), d, h, mi, s, ns, ml), time.Date(y, time.Month(mo), d, h, mi, s, ns, rl)})
	}
	for i := 0; i < 200; i++ {
		sec := rnd.Int63n(1<<36) - 1<<35
		ns := rnd.Int63n(3e9) - 1e9
		pairs = append(pairs, pair{mg.Unix(sec, ns), time.Unix(sec, ns)}, pair{mg.Unix(sec, 0).UTC(), time.Unix(sec, 0).UTC()})
	}
	pairs = append(pairs, pair{mg.Time{}, time.Time{}}, pair{mg.Date(2009, 11, 10, 23, 0, 0, 0, mg.UTC), time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC)},
		pair{mg.UnixMilli(1700000000123), time.UnixMilli(1700000000123)}, pair{mg.UnixMicro(-1700000000123456), time.UnixMicro(-1700000000123456)})
	durs := []time.Duration{0, 1, -1, time.Second, 1500 * time.Millisecond, -90 * time.Minute, 25 * time.Hour, 1<<63 - 1, -1 << 63, 999, 1001 * time.Microsecond, 7 * 24 * time.Hour, 59*time.Minute + 59*time.Second + 999999999}
	for i := 0; i < 300; i++ {
		durs = append(durs, time.Duration(rnd.Int63()>>uint(rnd.Intn(63))*int64(1-2*rnd.Intn(2))))
	}
	for i, p := range pairs {
		m, r := p.m, p.r
		for _, l := range layouts {
			check("Format("+l+")", m.Format(l), r.Format(l))
		}
		check("String", m.String(), r.String())
		check("GoString", m.GoString(), r.GoString())
		check("fields", fmt.Sprint(m.Date()), fmt.Sprint(r.Date()))
		check("clock", fmt.Sprint(m.Clock()), fmt.Sprint(r.Clock()))
		check("more", fmt.Sprint(m.Year(), m.Month(), m.Day(), m.Hour(), m.Minute(), m.Second(), m.Nanosecond(), m.Weekday(), m.YearDay()),
			fmt.Sprint(r.Year(), r.Month(), r.Day(), r.Hour(), r.Minute(), r.Second(), r.Nanosecond(), r.Weekday(), r.YearDay()))
		check("ISOWeek", fmt.Sprint(m.ISOWeek()), fmt.Sprint(r.ISOWeek()))
		check("Unix", fmt.Sprint(m.Unix(), m.UnixMilli(), m.UnixMicro(), m.UnixNano(), m.IsZero()), fmt.Sprint(r.Unix(), r.UnixMilli(), r.UnixMicro(), r.UnixNano(), r.IsZero()))
		n, o := m.Zone()
		rn, ro := r.Zone()
		check("Zone", fmt.Sprint(n, o, m.Location()), fmt.Sprint(rn, ro, r.Location()))
		q := pairs[(i*31+7)%len(pairs)]
		check("Sub", m.Sub(q.m).String(), r.Sub(q.r).String())
		check("Compare", fmt.Sprint(m.Before(q.m), m.After(q.m), m.Equal(q.m), m.Compare(q.m)), fmt.Sprint(r.Before(q.r), r.After(q.r), r.Equal(q.r), r.Compare(q.r)))
		d := durs[i%len(durs)]
		check("Add", m.Add(mg.Duration(d)).String(), r.Add(d).String())
		check("AddDate", m.AddDate(i%5-2, i%30-15, i%100-50).String(), r.AddDate(i%5-2, i%30-15, i%100-50).String())
		for _, td := range []time.Duration{0, -1, 1, time.Microsecond, 7 * time.Millisecond, time.Second, time.Minute, 3 * time.Hour, 24 * time.Hour, 1234567891, d} {
			check("Truncate "+td.String(), m.Truncate(mg.Duration(td)).String(), r.Truncate(td).String())
			check("Round "+td.String(), m.Round(mg.Duration(td)).String(), r.Round(td).String())
		}
		check("UTC/In", m.UTC().String()+m.In(mg.FixedZone("Q", 3600)).String()+m.Local().String(), r.UTC().String()+r.In(time.FixedZone("Q", 3600)).String()+r.Local().String())
		mt, me := m.MarshalJSON()
		rt, re := r.MarshalJSON()
		check("MarshalJSON", string(mt)+errStr(me), string(rt)+errStr(re))
		// Parse what the real package formats.
		for _, l := range layouts {
			s := r.Format(l)
			mp, merr := mg.Parse(l, s)
			rp, rerr := time.Parse(l, s)
			check("Parse("+l+","+s+")", mp.String()+errStr(merr), rp.String()+errStr(rerr))
			mp, merr = mg.ParseInLocation(l, s, mg.FixedZone("EST", -5*3600))
			rp, rerr = time.ParseInLocation(l, s, time.FixedZone("EST", -5*3600))
			check("ParseInLocation("+l+","+s+")", mp.String()+errStr(merr), rp.String()+errStr(rerr))
		}
	}
	bad := []struct{ l, v string }{
		{time.RFC3339, "2006-13-02T15:04:05Z"}, {time.RFC3339, "2006-02-30T15:04:05Z"}, {time.RFC3339, "2006-02-28T25:04:05Z"},
		{time.RFC3339, "2006-02-28T15:61:05Z"}, {time.RFC3339, "2006-02-28T15:04:65Z"}, {time.RFC3339, "2006-02-28T15:04:05"},
		{time.RFC3339, "2006-02-28T15:04:05Z extra"}, {time.RFC3339, "garbage"}, {time.RFC3339, "2006-02-28T15:04:05+25:00"},
		{time.Kitchen, "13:04PM"}, {time.Kitchen, "3:04XM"}, {"Jan _2", "Foo  2"}, {time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 CEST"}, {time.RFC1123, "Mon, 02 Jan 2006 15:04:05 XY"}, {"2006-002", "2024-060"},
		{"2006-002", "2023-366"}, {"2006-01-002", "2024-02-060"}, {"2006 __2", "2024  61"}, {"15:04:05.000", "15:04:05.12"},
		{"15:04:05", "15:04:05.123456789"}, {"15:04:05", "15:04:05,5"}, {"2006-01-02", "2006-1-02"}, {"2006-1-2", "2006-1-2"},
		{"Monday", "monday"}, {"January", "JANUARY"}, {"02 Jan 06", "02 Jan 70"}, {"\x01\xff", "\"quoted\xc2\xb5\""},
		{"2006-01-02T15:04:05.999999999Z07:00", "2006-01-02T15:04:05.1234567891234Z"}, {"PM", "am"}, {"3PM", "12AM"}, {"3pm", "12pm"},
		{"-0700", "+2a00"}, {"-0700", "x0100"}, {"-0700", "+0a99"}, {"-0700", "+2599"}, {"-07:00", "+01-00"}, {"-07:00:00", "+01:02:99"},
		{"-07:00:00", "+01:0x:99"}, {"Z070000", "+010261"}, {"Z07", "+3"}, {"Z07", "Z"}, {"Z07:00", "z"}, {"-07", "+30"}, {"MST", "GMT-5"},
		{"MST", "GMT+24"}, {"MST", "+05"}, {"MST", "ChST"}, {"MST", "WITA"}, {"MST", "ABCDT"}, {"MST", "ABCDE"}, {"MST", "AB"},
		{"15:04:05.000", "15:04:05.-12"}, {"15:04:05.000", "15:04:05x123"}, {"05.999", "05.+1"}, {"06", "+5"}, {"06", "-1"},
		{"2006", "-123"}, {"002", "12"}, {"__2", "  7"}, {"__2", "367"}, {"Jan 2 2006 __2", "Feb 3 2024  34"},
		{"2006 002", "2024 366"}, {"2006 002", "2023 000"}, {"Mon Jan", "Tue Feb"}, {"3:04:05 pm", "3:04:05 PM"}, {"15", "24"},
		{"04", "60"}, {"1", "13"}, {"01", "1"}, {"2", "32"}, {"2006-01-02  15", "2006-01-02 15"}, {"2006-01-02 15", "2006-01-02   15"},
		{"2006-01-02 15", "2006-01-02x15"}, {"05,000", "05,123"}, {"05.000000000000", "05.123456789123"},
	}
	for _, b := range bad {
		mp, merr := mg.Parse(b.l, b.v)
		rp, rerr := time.Parse(b.l, b.v)
		check("Parse bad("+b.l+","+b.v+")", mp.String()+"|"+errStr(merr), rp.String()+"|"+errStr(rerr))
	}
	// Durations.
	for i, d := range durs {
		md := mg.Duration(d)
		check("Duration.String", md.String(), d.String())
		check("Duration units", fmt.Sprint(md.Hours(), md.Minutes(), md.Seconds(), md.Milliseconds(), md.Microseconds(), md.Nanoseconds(), md.Abs()),
			fmt.Sprint(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds(), d.Abs()))
		m := durs[(i*17+1)%len(durs)]
		check("Duration.Round", md.Round(mg.Duration(m)), d.Round(m))
		check("Duration.Truncate", md.Truncate(mg.Duration(m)), d.Truncate(m))
		pd, perr := mg.ParseDuration(d.String())
		check("ParseDuration", fmt.Sprint(int64(pd), errStr(perr)), fmt.Sprint(int64(d), "<nil>"))
	}
	for _, s := range []string{"", "0", "+0", "-0", "1", "1.5h", "1h30m", "-2m3.5s", ".5s", "5.s", ".s", "1x", "1µs", "1μs", "1us", "3ns4ms",
		"9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775807s", "2562048h", "1.0000000000000000000001s",
		"1hh", "h", "-", "+3h", "1e3s", "0.000000001s", "12345678901234567890s", "\xffs", "1\xff", "1.", "1h.5m", "-.5h", ".", "+.s", "1.5.5s", "0.5", "00", "-0.0s", "1h-1m", "9223372036854775807.9ns", "0.9999999999999999999999h", "1.00000000000000000001h", "2562047.788015216h", "-2562047.788015216h", "5 s", "5s ", "1m1m1m"} {
		pd, err := mg.ParseDuration(s)
		rd, rerr := time.ParseDuration(s)
		check("ParseDuration("+s+")", fmt.Sprint(int64(pd), errStr(err)), fmt.Sprint(int64(rd), errStr(rerr)))
	}
	for m := -1; m <= 14; m++ {
		check("Month", mg.Month(m).String(), time.Month(m).String())
		check("Weekday", mg.Weekday(m).String(), time.Weekday(m).String())
	}
	check("LoadLocation", fmt.Sprint(mg.LoadLocation("UTC")), fmt.Sprint(time.LoadLocation("UTC")))
	_, e1 := mg.LoadLocation("Mars/Base")
	_, e2 := time.LoadLocation("Mars/Base")
	check("LoadLocation bad", errStr(e1), errStr(e2))

	// Clocks and timers (behaviour, not values).
	t0 := mg.Now()
	check("Now has m=", strings.Contains(t0.String(), " m=+"), true)
	mg.Sleep(2 * mg.Millisecond)
	check("Since", mg.Since(t0) >= 2*mg.Millisecond, true)
	check("Until", mg.Until(t0) < 0, true)
	tm := mg.NewTimer(mg.Millisecond)
	v := <-tm.C
	check("timer value", v.After(t0), true)
	check("Stop after fire", tm.Stop(), false)
	check("Reset", tm.Reset(mg.Hour), false)
	check("Stop pending", tm.Stop(), true)
	done := make(chan bool)
	mg.AfterFunc(mg.Millisecond, func() { done <- true })
	check("AfterFunc", <-done, true)
	af := mg.AfterFunc(mg.Hour, func() {})
	check("AfterFunc Stop", af.Stop(), true)
	tk := mg.NewTicker(mg.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Stop()
	check("ticker", true, true)
	select {
	case <-mg.After(mg.Millisecond):
		check("After", true, true)
	case <-time.After(time.Second):
		check("After", false, true)
	}
	check("Tick(0)", mg.Tick(0) == nil, true)
	fmt.Printf("PASS %d/%d\n", pass, total)
}
