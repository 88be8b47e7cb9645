// Compares mg/sort with the real sort package, including the order of equal elements
// for the unstable sorts.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"

	mg "mg/sort"
)

var pass, total, shown int

func check(what string, got, want any) {
	total++
	g, w := fmt.Sprintf("%v", got), fmt.Sprintf("%v", want)
	if g == w {
		pass++
		return
	}
	if shown < 30 {
		shown++
		fmt.Printf("FAIL %s:\n   got %s\n  want %s\n", what, g, w)
	}
}

type rec struct {
	key, id int
}

type byKey []rec

func (x byKey) Len() int           { return len(x) }
func (x byKey) Less(i, j int) bool { return x[i].key < x[j].key }
func (x byKey) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// counting wraps an Interface and records the calls, to compare call sequences.
type counting struct {
	byKey
	less, swap int
}

func (c *counting) Less(i, j int) bool { c.less++; return c.byKey.Less(i, j) }
func (c *counting) Swap(i, j int)      { c.swap++; c.byKey.Swap(i, j) }

func pt(f func()) (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	f()
	return
}

func main() {
	r := rand.New(rand.NewSource(2))
	gens := []func(n int) []rec{
		func(n int) []rec { // random, many ties
			a := make([]rec, n)
			for i := range a {
				a[i] = rec{r.Intn(n/3 + 1), i}
			}
			return a
		},
		func(n int) []rec { // sorted
			a := make([]rec, n)
			for i := range a {
				a[i] = rec{i / 2, i}
			}
			return a
		},
		func(n int) []rec { // reversed
			a := make([]rec, n)
			for i := range a {
				a[i] = rec{n - i/3, i}
			}
			return a
		},
		func(n int) []rec { // sawtooth
			a := make([]rec, n)
			for i := range a {
				a[i] = rec{i % 17, i}
			}
			return a
		},
		func(n int) []rec { // all equal
			a := make([]rec, n)
			for i := range a {
				a[i] = rec{7, i}
			}
			return a
		},
		func(n int) []rec { // mostly sorted
			a := make([]rec, n)
			for i := range a {
				a[i] = rec{i, i}
			}
			for k := 0; k < 3 && n > 1; k++ {
				i, j := r.Intn(n), r.Intn(n)
				a[i], a[j] = a[j], a[i]
			}
			return a
		},
	}
	for _, n := range []int{0, 1, 2, 5, 12, 13, 20, 49, 50, 51, 100, 257, 1000, 5000} {
		for gi, g := range gens {
			a := g(n)
			b := append([]rec(nil), a...)
			c1 := &counting{byKey: append([]rec(nil), a...)}
			c2 := &counting{byKey: append([]rec(nil), a...)}
			mg.Sort(c1)
			sort.Sort(c2)
			check(fmt.Sprintf("Sort n=%d gen=%d", n, gi), c1.byKey, c2.byKey)
			check(fmt.Sprintf("Sort calls n=%d gen=%d", n, gi), fmt.Sprint(c1.less, c1.swap), fmt.Sprint(c2.less, c2.swap))
			s1 := append([]rec(nil), a...)
			s2 := append([]rec(nil), a...)
			mg.Stable(byKey(s1))
			sort.Stable(byKey(s2))
			check(fmt.Sprintf("Stable n=%d gen=%d", n, gi), s1, s2)
			x1 := append([]rec(nil), b...)
			x2 := append([]rec(nil), b...)
			mg.Slice(x1, func(i, j int) bool { return x1[i].key < x1[j].key })
			sort.Slice(x2, func(i, j int) bool { return x2[i].key < x2[j].key })
			check(fmt.Sprintf("Slice n=%d gen=%d", n, gi), x1, x2)
			x1 = append([]rec(nil), b...)
			x2 = append([]rec(nil), b...)
			mg.SliceStable(x1, func(i, j int) bool { return x1[i].key > x1[j].key })
			sort.SliceStable(x2, func(i, j int) bool { return x2[i].key > x2[j].key })
			check(fmt.Sprintf("SliceStable n=%d gen=%d", n, gi), x1, x2)
			check("IsSorted", fmt.Sprint(mg.IsSorted(byKey(a)), mg.SliceIsSorted(a, func(i, j int) bool { return a[i].key < a[j].key })),
				fmt.Sprint(sort.IsSorted(byKey(a)), sort.SliceIsSorted(a, func(i, j int) bool { return a[i].key < a[j].key })))
			y1 := append([]rec(nil), b...)
			y2 := append([]rec(nil), b...)
			mg.Sort(mg.Reverse(byKey(y1)))
			sort.Sort(sort.Reverse(byKey(y2)))
			check("Reverse", y1, y2)
		}
		ints := make([]int, n)
		fl := make([]float64, n)
		strs := make([]string, n)
		for i := range ints {
			ints[i] = r.Intn(100) - 50
			fl[i] = float64(r.Intn(20)) - 10
			if r.Intn(10) == 0 {
				fl[i] = math.NaN()
			}
			if r.Intn(10) == 0 {
				fl[i] = math.Copysign(0, -1)
			}
			strs[i] = fmt.Sprint(r.Intn(50))
		}
		i1, i2 := append([]int(nil), ints...), append([]int(nil), ints...)
		mg.Ints(i1)
		sort.Ints(i2)
		check("Ints", i1, i2)
		f1, f2 := append([]float64(nil), fl...), append([]float64(nil), fl...)
		mg.Float64s(f1)
		sort.Float64s(f2)
		check("Float64s", f1, f2)
		t1, t2 := append([]string(nil), strs...), append([]string(nil), strs...)
		mg.Strings(t1)
		sort.Strings(t2)
		check("Strings", t1, t2)
		check("AreSorted", fmt.Sprint(mg.IntsAreSorted(i1), mg.IntsAreSorted(ints), mg.Float64sAreSorted(f1), mg.StringsAreSorted(t1), mg.StringsAreSorted(strs)),
			fmt.Sprint(sort.IntsAreSorted(i2), sort.IntsAreSorted(ints), sort.Float64sAreSorted(f2), sort.StringsAreSorted(t2), sort.StringsAreSorted(strs)))
		for _, x := range []int{-60, -50, 0, 3, 49, 60} {
			check("SearchInts", mg.SearchInts(i1, x), sort.SearchInts(i2, x))
			check("SearchFloat64s", mg.SearchFloat64s(f1, float64(x)/5), sort.SearchFloat64s(f2, float64(x)/5))
			check("SearchStrings", mg.SearchStrings(t1, fmt.Sprint(x)), sort.SearchStrings(t2, fmt.Sprint(x)))
			check("Search", mg.Search(n, func(i int) bool { return i*i >= x*x }), sort.Search(n, func(i int) bool { return i*i >= x*x }))
			a1, b1 := mg.Find(len(i1), func(i int) int { return x - i1[i] })
			a2, b2 := sort.Find(len(i2), func(i int) int { return x - i2[i] })
			check("Find", fmt.Sprint(a1, b1), fmt.Sprint(a2, b2))
		}
		check("IntSlice", fmt.Sprint(mg.IntSlice(i1).Search(5), mg.StringSlice(t1).Search("3"), mg.Float64Slice(f1).Search(math.NaN())),
			fmt.Sprint(sort.IntSlice(i2).Search(5), sort.StringSlice(t2).Search("3"), sort.Float64Slice(f2).Search(math.NaN())))
	}
	check("Slice panic", pt(func() { mg.Slice(3, nil) }), pt(func() { sort.Slice(3, nil) }))
	fmt.Printf("PASS %d/%d\n", pass, total)
}
