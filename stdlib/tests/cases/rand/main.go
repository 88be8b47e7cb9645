// Compares mg/math/rand with the real math/rand: seeded sequences must be identical.
package main

import (
	"fmt"
	"math/rand"

	mg "mg/math/rand"
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

func pt(f func()) (s string) {
	defer func() { s = fmt.Sprint(recover()) }()
	f()
	return
}

func main() {
	for _, seed := range []int64{0, 1, 42, -7, 1 << 40, 2147483647, 2147483648, -1 << 63} {
		m := mg.New(mg.NewSource(seed))
		r := rand.New(rand.NewSource(seed))
		for i := 0; i < 300; i++ {
			n := i*i*97 + 1
			check("Int63", m.Int63(), r.Int63())
			check("Uint32/64", fmt.Sprint(m.Uint32(), m.Uint64(), m.Int31(), m.Int()), fmt.Sprint(r.Uint32(), r.Uint64(), r.Int31(), r.Int()))
			check("Intn", fmt.Sprint(m.Intn(n), m.Int31n(int32(n)), m.Int63n(int64(n)*1e9+7), m.Intn(1<<40+3), m.Intn(16)), fmt.Sprint(r.Intn(n), r.Int31n(int32(n)), r.Int63n(int64(n)*1e9+7), r.Intn(1<<40+3), r.Intn(16)))
			check("Float", fmt.Sprint(m.Float64(), m.Float32()), fmt.Sprint(r.Float64(), r.Float32()))
			check("Norm/Exp", fmt.Sprint(m.NormFloat64(), m.ExpFloat64()), fmt.Sprint(r.NormFloat64(), r.ExpFloat64()))
		}
		check("Perm", m.Perm(30), r.Perm(30))
		a, b := make([]int, 50), make([]int, 50)
		for i := range a {
			a[i], b[i] = i, i
		}
		m.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
		r.Shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
		check("Shuffle", a, b)
		p1, p2 := make([]byte, 13), make([]byte, 13)
		m.Read(p1[:5])
		m.Read(p1[5:])
		r.Read(p2[:5])
		r.Read(p2[5:])
		check("Read", p1, p2)
		for i := 0; i < 5000; i++ {
			x, y := m.NormFloat64(), r.NormFloat64()
			if x != y {
				check("NormFloat64 long", x, y)
				break
			}
			x, y = m.ExpFloat64(), r.ExpFloat64()
			if x != y {
				check("ExpFloat64 long", x, y)
				break
			}
		}
		z1 := mg.NewZipf(m, 1.5, 2, 1000)
		z2 := rand.NewZipf(r, 1.5, 2, 1000)
		for i := 0; i < 100; i++ {
			check("Zipf", z1.Uint64(), z2.Uint64())
		}
		m.Seed(seed + 1)
		r.Seed(seed + 1)
		check("reseed", m.Int63(), r.Int63())
	}
	mg.Seed(99)
	rand.Seed(99)
	for i := 0; i < 100; i++ {
		check("global seeded", fmt.Sprint(mg.Intn(1000), mg.Float64(), mg.Int63()), fmt.Sprint(rand.Intn(1000), rand.Float64(), rand.Int63()))
	}
	check("panics", fmt.Sprint(pt(func() { mg.Intn(0) }), pt(func() { mg.Int63n(-1) }), pt(func() { mg.Int31n(0) }), pt(func() { mg.Shuffle(-1, nil) })),
		fmt.Sprint(pt(func() { rand.Intn(0) }), pt(func() { rand.Int63n(-1) }), pt(func() { rand.Int31n(0) }), pt(func() { rand.Shuffle(-1, nil) })))
	check("NewZipf bad", mg.NewZipf(mg.New(mg.NewSource(1)), 1, 1, 10) == nil, true)
	fmt.Printf("PASS %d/%d\n", pass, total)
}
