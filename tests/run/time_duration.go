package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, 1000, 1500 * time.Microsecond, time.Second, 90 * time.Minute, 36*time.Hour + 1, -2 * time.Second, 1234567890}
	for _, d := range ds {
		fmt.Println(d, int64(d), d.String())
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), d.Round(time.Minute), d.Truncate(time.Second))
	fmt.Println(time.Duration(1.5 * float64(time.Second)))
	fmt.Printf("%v %d %T\n", time.Millisecond, time.Millisecond, time.Millisecond)
	p, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(p, err)
	_, err = time.ParseDuration("abc")
	fmt.Println(err)
	fmt.Println(time.Duration(0).Abs(), (-time.Minute).Abs())
	fmt.Println(time.Second > time.Millisecond, time.Minute/time.Second)
}
