// Formatting and parsing layouts of package time: zone forms (including offsets of
// less than a minute), fractions, day of year, 12-hour clocks, GoString, Duration
// String/Round and ParseDuration errors.
package main

import (
	"fmt"
	"time"
)

func main() {
	zones := []*time.Location{time.UTC, time.FixedZone("", -30), time.FixedZone("", 45), time.FixedZone("X", -3600*5-1800-7),
		time.FixedZone("", 3600*14), time.FixedZone("ABC", 0)}
	layouts := []string{time.RFC3339Nano, time.RFC1123Z, time.RFC1123, "Z0700 Z07:00 Z07 Z070000 Z07:00:00", "-0700 -07:00 -07 -070000 -07:00:00 MST",
		"Jan January Mon Monday 1 01 2 _2 02 __2 002 3 03 15 4 04 5 05 06 2006 PM pm", ".000 .999 ,000 ,999 .9 .0 .000000000 .999999999",
		"2006-01-02T15:04:05.00000Z", "_2006 05.123 05.000x 15.999 1504"}
	times := []time.Time{time.Date(2024, 2, 29, 0, 5, 9, 120000000, time.UTC), time.Date(1999, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(-5, 1, 1, 12, 0, 0, 0, time.UTC), time.Date(10000, 7, 4, 13, 1, 2, 3, time.UTC), time.Date(2023, 1, 9, 0, 0, 0, 0, time.UTC)}
	for _, t := range times {
		for _, z := range zones {
			tz := t.In(z)
			for _, l := range layouts {
				fmt.Println(tz.Format(l))
			}
			fmt.Printf("%#v\n", tz)
			fmt.Println(tz.String())
		}
	}
	for _, d := range []time.Duration{0, 1, 999, 1000, 1001, 1500000, 999999999, 1e9, 61e9, 3600e9, 3601e9 + 5e8, -1, 1<<63 - 1, -1 << 63} {
		fmt.Println(d.String(), d.Round(7e8), d.Round(time.Hour), d.Truncate(time.Second), d.Abs(), d.Seconds(), d.Minutes(), d.Hours())
	}
	for _, s := range []string{"", "0", "-0", "+5s", "1.5h", "1h2m3.5s", ".5s", "5.s", ".s", "1", "1x", "1e3s", "1µs1μs1us", "9223372036854775807ns",
		"9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775808s", "1.0000000000000000000001s", "3h-2m"} {
		d, err := time.ParseDuration(s)
		fmt.Println(s, d, err)
	}
	for _, c := range []struct{ l, v string }{{"2006 002", "2024 060"}, {"2006 __2", "2023  32"}, {"3:04 PM", "12:30 AM"}, {"3:04 pm", "12:30 pm"},
		{time.RFC3339, "2024-01-02T03:04:05-00:00"}, {time.RFC3339, "2024-01-02T03:04:05+05:30"}, {"-07:00:00", "-00:00:30"},
		{time.RFC1123, "Tue, 02 Jan 2024 03:04:05 PST"}, {time.RFC1123, "Tue, 02 Jan 2024 03:04:05 GMT-7"}, {"Jan _2", "Feb  9"},
		{"15:04:05.999", "10:11:12.5"}, {"15:04:05", "10:11:12,25"}, {"06-01-02", "69-01-02"}, {"06-01-02", "68-01-02"}} {
		t, err := time.Parse(c.l, c.v)
		fmt.Println(c.l, "|", c.v, "|", t, err)
	}
}
