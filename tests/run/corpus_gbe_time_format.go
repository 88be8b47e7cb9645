package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 651387237, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339))
	fmt.Println(t.Format(time.RFC3339Nano))
	fmt.Println(t.Format(time.Kitchen), t.Format(time.ANSIC), t.Format(time.RFC1123))
	fmt.Println(t.Format("3:04PM"), t.Format("Mon Jan _2 15:04:05 2006"), t.Format("2006-01-02T15:04:05.999999-07:00"))
	fmt.Println(t.Format("Monday, 02-Jan-06 15:04:05.000 MST"), t.Format("06/1/2 3:4:5 pm .00"), t.Format("002 __2"))
	fmt.Printf("%d-%02d-%02dT%02d:%02d:%02d-00:00\n", t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second())
	t1, e := time.Parse(time.RFC3339, "2012-11-01T22:08:41+00:00")
	fmt.Println(t1, e)
	t2, e := time.Parse("3 04 PM", "8 41 PM")
	fmt.Println(t2, e)
	_, e = time.Parse("Mon Jan _2 15:04:05 2006", "8:41PM")
	fmt.Println(e)
	_, e = time.Parse("2006-01-02", "2021-02-30")
	fmt.Println(e)
	d := 90*time.Minute + 30*time.Second + 5*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), d.Round(time.Minute), d.Truncate(time.Hour), time.Duration(1500)*time.Microsecond)
	then := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	diff := t.Sub(then)
	fmt.Println(diff, then.Weekday(), then.YearDay(), then.Before(t), then.Add(-diff).Equal(then.Add(-diff)))
	fmt.Println(then.AddDate(0, 3, 20), then.Truncate(24*time.Hour), then.Unix(), then.UnixMilli())
	y, w := then.ISOWeek()
	fmt.Println(y, w, time.Unix(1700000000, 0).UTC(), time.UnixMilli(1).UTC().Format(time.StampMilli))
	pd, err := time.ParseDuration("1h15m30.918273645s")
	fmt.Println(pd, err, pd.Seconds())
	fmt.Println(time.Date(2023, 2, 29, 0, 0, 0, 0, time.UTC), time.Month(13), time.Saturday)
	loc := time.FixedZone("XYZ", -3*3600-1800)
	fmt.Println(t.In(loc), t.In(loc).Format(time.RFC822Z))
}
