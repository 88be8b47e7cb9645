package main

// Zones built from TZif data (LoadLocationFromTZData) whose only content is a POSIX TZ
// rule: each rule form (Julian days with and without Feb 29, month.week.weekday, times
// outside 0-24h, southern-hemisphere order, angle-bracket names, default rules and
// offsets), malformed rules and malformed files. Instants stay before 2021, away from
// the span the location caches at load time.

import (
	"fmt"
	"hash/fnv"
	"time"
)

var state uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

// tzif builds a version-2 TZif file with one zone ("XXX", offset 0) and no changes,
// ending with rule.
func tzif(rule string) []byte {
	var b []byte
	for block := 0; block < 2; block++ {
		b = append(b, "TZif2"...)
		b = append(b, make([]byte, 15)...)
		for _, c := range []int{0, 0, 0, 0, 1, 4} {
			b = append(b, byte(c>>24), byte(c>>16), byte(c>>8), byte(c))
		}
		b = append(b, 0, 0, 0, 0, 0, 0)
		b = append(b, "XXX\x00"...)
	}
	return append(append(append(b, '\n'), rule...), '\n')
}

func main() {
	rules := []string{"EST5EDT,M3.2.0,M11.1.0", "AEST-10AEDT,M10.1.0,M4.1.0/3", "<-03>3", "<+0530>-5:30",
		"CET-1CEST,M3.5.0,M10.5.0/3", "IST-1GMT0,M10.5.0,M3.5.0/1", "XXX3YYY,J60/25,J300/-1", "ABC-2DEF,0/0,364/23:59:59",
		"NZST-12NZDT,M9.5.0,M4.1.0/3", "<-02>2<-01>,M3.5.0/-1,M10.5.0/0", "EST5EDT", "WGT3WGST,M3.5.0/-2,M10.5.0/-1",
		"bad", "ABC", "ABC5DEF,M13.1.0,M1.1.0", "ABC5DEF,J0,J10", "<+00>0<+02>-2,M3.5.0/1,M10.5.0/3",
		"AAA-14BBB-15,J1/0,J365/24", "ZZZ5YYY4,M2.5.6/167,M12.5.6/-167", "AB5", "ABC+5:30:15DEF", "<X>1<Y,M3.2.0,M11.1.0"}
	for _, r := range rules {
		loc, err := time.LoadLocationFromTZData("R", tzif(r))
		if err != nil {
			fmt.Println(r, err)
			continue
		}
		h := fnv.New64a()
		for i := 0; i < 2000; i++ {
			sec := int64(next()%(100*365*86400)) - 49*365*86400
			t := time.Unix(sec, 0).In(loc)
			s, e := t.ZoneBounds()
			fmt.Fprintln(h, t.Format(time.RFC3339+" MST"), s, e, t.IsDST())
			y, m, d := t.Date()
			fmt.Fprintln(h, time.Date(y, m, d, int(next()%26)-1, int(next()%60), 0, 0, loc))
		}
		w := time.Date(2001, 7, 4, 12, 0, 0, 0, loc)
		s, e := w.ZoneBounds()
		fmt.Printf("%-34s %x %v | %v | %v\n", r, h.Sum64(), w, s, e)
	}
	for _, data := range [][]byte{nil, []byte("TZif"), []byte("TZif4" + string(make([]byte, 39))), tzif("X")[:50], []byte("TZif\x00" + string(make([]byte, 39)))} {
		l, err := time.LoadLocationFromTZData("bad", data)
		fmt.Println(l, err)
	}
	v1 := []byte("TZif\x00" + string(make([]byte, 15)))
	for _, c := range []int{0, 0, 0, 2, 2, 8} {
		v1 = append(v1, byte(c>>24), byte(c>>16), byte(c>>8), byte(c))
	}
	for _, at := range []int32{-1 << 31, 1e9} {
		v1 = append(v1, byte(at>>24), byte(at>>16), byte(at>>8), byte(at))
	}
	v1 = append(v1, 1, 0)
	v1 = append(v1, 0, 0, 0x0e, 0x10, 0, 0, 0, 0, 0x1c, 0x20, 1, 4)
	v1 = append(v1, "ONE\x00TWO\x00"...)
	l, err := time.LoadLocationFromTZData("v1", v1)
	fmt.Println(l, err)
	for _, sec := range []int64{-1 << 40, -1 << 31, 0, 1e9 - 1, 1e9, 1 << 40} {
		t := time.Unix(sec, 0).In(l)
		s, e := t.ZoneBounds()
		fmt.Println(t, "|", s, "|", e, t.IsDST())
	}
}
