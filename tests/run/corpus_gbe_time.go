package main

import (
	"fmt"
	"time"
)

func main() {
	p := fmt.Println
	then := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	p(then)
	p(then.Year(), then.Month(), then.Day(), then.Hour(), then.Minute(), then.Second(), then.Nanosecond(), then.Location())
	p(then.Weekday())
	other := time.Date(2023, 3, 1, 10, 0, 0, 0, time.UTC)
	p(then.Before(other), then.After(other), then.Equal(other))
	diff := other.Sub(then)
	p(diff)
	p(diff.Hours(), diff.Minutes(), diff.Seconds(), diff.Nanoseconds())
	p(then.Add(diff), then.Add(-diff))
	p(then.Format(time.RFC3339))
	p(then.Format(time.RFC3339Nano))
	p(then.Format(time.RFC1123))
	p(then.Format(time.Kitchen))
	p(then.Format(time.ANSIC))
	p(then.Format("3:04PM"))
	p(then.Format("Mon Jan _2 15:04:05 2006"))
	p(then.Format("2006-01-02T15:04:05.999999-07:00"))
	p(then.Format("02/01/06 .000 Z07:00 MST"))
	t1, e := time.Parse(time.RFC3339, "2012-11-01T22:08:41+00:00")
	p(t1, e)
	form := "3 04 PM"
	t2, e := time.Parse(form, "8 41 PM")
	p(t2, e)
	fmt.Printf("%d-%02d-%02dT%02d:%02d:%02d-00:00\n", then.Year(), then.Month(), then.Day(), then.Hour(), then.Minute(), then.Second())
	ansic := "Mon Jan _2 15:04:05 2006"
	_, e = time.Parse(ansic, "8:41PM")
	p(e)
	_, e = time.Parse("2006-01-02", "2021-02-30")
	p(e)
	p(time.Unix(1700000000, 0).UTC())
	p(time.UnixMilli(1700000000123).UTC().Format(time.StampMilli))
	p(then.Unix(), then.UnixNano(), then.UnixMilli())
	p(then.YearDay(), then.Truncate(time.Hour), then.Round(time.Minute))
	d, _ := time.ParseDuration("1h15m30.918273645s")
	p(d, d.Round(time.Millisecond), d.Truncate(time.Minute), time.Duration(1500)*time.Microsecond)
	p(time.Duration(0), time.Duration(1), 90*time.Second, -3*time.Millisecond)
	y, w := then.ISOWeek()
	p(y, w)
	p(then.AddDate(0, 3, 20).Format("Monday, 2 January 2006"))
	p(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0))
	loc := time.FixedZone("EST", -5*3600)
	p(then.In(loc))
	p(then.In(loc).Format(time.RFC822Z))
	var zero time.Time
	p(zero, zero.IsZero())
	fmt.Printf("%v|%s|%d\n", 2*time.Second, time.Minute, time.Millisecond)
}
