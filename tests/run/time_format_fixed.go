package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2024, time.February, 28, 23, 59, 58, 123456789, time.UTC)
	fmt.Println(t)
	fmt.Println(t.Format(time.RFC3339), t.Format(time.RFC3339Nano))
	fmt.Println(t.Format("2006-01-02 15:04:05.000"), t.Format("Jan 2, 2006 at 3:04pm (MST)"))
	fmt.Println(t.Format(time.Kitchen), t.Format(time.ANSIC), t.Format("Monday 02/01/06"))
	fmt.Println(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), t.Weekday(), t.YearDay())
	u := t.Add(36 * time.Hour)
	fmt.Println(u.Format(time.DateTime), u.Sub(t), u.After(t), t.Before(u), t.Equal(t))
	fmt.Println(t.AddDate(0, 1, 1).Format(time.DateOnly), t.AddDate(1, 0, 1).Format(time.DateOnly))
	fmt.Println(t.Truncate(time.Hour).Format(time.TimeOnly), t.Round(time.Second).Format(time.StampMilli))
	fmt.Println(t.Unix(), t.UnixMilli(), time.Unix(0, 0).UTC())
	p, err := time.Parse("2006-01-02 15:04", "2023-07-04 09:30")
	fmt.Println(p, err)
	_, err = time.Parse("2006-01-02", "2023-13-01")
	fmt.Println(err)
	d := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(d, d.Hours()/24)
	fmt.Println(time.Month(13), time.Weekday(7), time.Saturday)
	var zero time.Time
	fmt.Println(zero.IsZero(), zero)
	y, w := t.ISOWeek()
	fmt.Println(y, w)
}
