// Compares mg/math/rand/v2 with the real math/rand/v2: PCG and ChaCha8 streams, every
// Rand method over them, Zipf, and the generators' binary encodings.
package main

import (
	"fmt"
	"math/rand/v2"

	mg "mg/math/rand/v2"
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

func methods(label string, m *mg.Rand, r *rand.Rand, rounds int) {
	for i := 0; i < rounds; i++ {
		n := i*i*97 + 1
		check(label+" ints", fmt.Sprint(m.Uint64(), m.Uint32(), m.Int64(), m.Int32(), m.Int(), m.Uint()),
			fmt.Sprint(r.Uint64(), r.Uint32(), r.Int64(), r.Int32(), r.Int(), r.Uint()))
		check(label+" N", fmt.Sprint(m.IntN(n), m.Int32N(int32(n)), m.Int64N(int64(n)*1e9+7), m.Uint64N(1<<63+uint64(n)), m.Uint32N(uint32(n)*40503), m.UintN(16), m.IntN(1<<40+3), m.Int64N(3)),
			fmt.Sprint(r.IntN(n), r.Int32N(int32(n)), r.Int64N(int64(n)*1e9+7), r.Uint64N(1<<63+uint64(n)), r.Uint32N(uint32(n)*40503), r.UintN(16), r.IntN(1<<40+3), r.Int64N(3)))
		check(label+" float", fmt.Sprint(m.Float64(), m.Float32()), fmt.Sprint(r.Float64(), r.Float32()))
		check(label+" norm/exp", fmt.Sprint(m.NormFloat64(), m.ExpFloat64()), fmt.Sprint(r.NormFloat64(), r.ExpFloat64()))
		if i%50 == 0 {
			check(label+" perm", m.Perm(i%37), r.Perm(i%37))
			a, b := make([]int, 60), make([]int, 60)
			for k := range a {
				a[k], b[k] = k, k
			}
			m.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
			r.Shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
			check(label+" shuffle", a, b)
		}
	}
	// Large ranges where the rejection step is likely.
	for i := 0; i < 200; i++ {
		n := uint64(1)<<63 + uint64(i)*12345
		check(label+" big N", m.Uint64N(n), r.Uint64N(n))
		check(label+" 3/4 N", m.Uint64N(n/2*3), r.Uint64N(n/2*3))
	}
	mz, rz := mg.NewZipf(m, 1.5, 2, 1000), rand.NewZipf(r, 1.5, 2, 1000)
	for i := 0; i < 50; i++ {
		check(label+" zipf", mz.Uint64(), rz.Uint64())
	}
}

func main() {
	seeds := [][2]uint64{{0, 0}, {1, 2}, {3, 4}, {42, 7}, {1 << 63, 1<<64 - 1}, {0xdeadbeef, 0xfeedface}}
	for i := uint64(0); i < 40; i++ {
		seeds = append(seeds, [2]uint64{i * 0x9e3779b97f4a7c15, i*i + 11})
	}
	for _, s := range seeds {
		mp, rp := mg.NewPCG(s[0], s[1]), rand.NewPCG(s[0], s[1])
		for i := 0; i < 100; i++ {
			check("pcg", mp.Uint64(), rp.Uint64())
		}
		mb, _ := mp.MarshalBinary()
		rb, _ := rp.MarshalBinary()
		check("pcg marshal", mb, rb)
		methods(fmt.Sprint("pcg", s), mg.New(mg.NewPCG(s[0], s[1])), rand.New(rand.NewPCG(s[0], s[1])), 120)

		var key [32]byte
		for i := range key {
			key[i] = byte(s[0]>>(i%8*8)) ^ byte(s[1]>>(i%8)) + byte(i)
		}
		mc, rc := mg.NewChaCha8(key), rand.NewChaCha8(key)
		for i := 0; i < 400; i++ {
			check("chacha8", mc.Uint64(), rc.Uint64())
		}
		methods(fmt.Sprint("chacha8", s), mg.New(mg.NewChaCha8(key)), rand.New(rand.NewChaCha8(key)), 120)
		// Read in pieces, interleaved with Uint64 and encodings.
		for _, size := range []int{0, 1, 3, 8, 9, 15, 16, 100, 1000, 7} {
			mbuf, rbuf := make([]byte, size), make([]byte, size)
			mn, merr := mc.Read(mbuf)
			rn, rerr := rc.Read(rbuf)
			check("read", fmt.Sprint(mbuf, mn, merr), fmt.Sprint(rbuf, rn, rerr))
			mb, _ := mc.MarshalBinary()
			rb, _ := rc.MarshalBinary()
			check("chacha8 marshal", mb, rb)
			check("after read", mc.Uint64(), rc.Uint64())
		}
	}

	// Zero values.
	var zp mg.PCG
	var rp rand.PCG
	check("zero pcg", zp.Uint64(), rp.Uint64())
	var zc mg.ChaCha8
	var rc rand.ChaCha8
	for i := 0; i < 300; i++ {
		check("zero chacha8", zc.Uint64(), rc.Uint64())
	}
	mb, _ := zc.MarshalBinary()
	rb, _ := rc.MarshalBinary()
	check("zero chacha8 marshal", mb, rb)

	// Encodings: round trips at every position of an iteration, and bad input.
	var key [32]byte
	copy(key[:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456")
	mc, rcc := mg.NewChaCha8(key), rand.NewChaCha8(key)
	for i := 0; i < 260; i++ {
		mb, _ := mc.MarshalBinary()
		rb, _ := rcc.MarshalBinary()
		check("marshal at", mb, rb)
		d := mg.NewChaCha8([32]byte{})
		check("unmarshal", d.UnmarshalBinary(rb), nil)
		check("resume", d.Uint64(), rcc.Uint64())
		mc.Uint64()
	}
	inputs := [][]byte{nil, []byte("chacha8:"), []byte("pcg:"), []byte("readbuf:"), []byte("readbuf:\x00"), []byte("readbuf:\x08")}
	for n := 0; n < 130; n += 5 {
		inputs = append(inputs, append([]byte("chacha8:\x00\x00\x00\x00\x00\x00\x00"), append([]byte{byte(n)}, key[:]...)...))
	}
	inputs = append(inputs, append([]byte("readbuf:\x03abcchacha8:\x00\x00\x00\x00\x00\x00\x00\x05"), key[:]...))
	inputs = append(inputs, append([]byte("readbuf:\x00chacha8:\x00\x00\x00\x00\x00\x00\x00\x05"), key[:]...))
	inputs = append(inputs, append([]byte("readbuf:\x03abchacha8:\x00\x00\x00\x00\x00\x00\x00\x05"), key[:]...))
	inputs = append(inputs, append([]byte("chacha8:\x00\x00\x00\x00\x00\x00\x00\x05"), key[:31]...))
	inputs = append(inputs, []byte("pcg:\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00\x02"), []byte("pcg:\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x00\x00\x00\x00"))
	for _, in := range inputs {
		m, r := mg.NewChaCha8(key), rand.NewChaCha8(key)
		m.Read(make([]byte, 5))
		r.Read(make([]byte, 5))
		check(fmt.Sprintf("unmarshal %q", in), fmt.Sprint(m.UnmarshalBinary(in)), fmt.Sprint(r.UnmarshalBinary(in)))
		buf1, buf2 := make([]byte, 11), make([]byte, 11)
		m.Read(buf1)
		r.Read(buf2)
		check(fmt.Sprintf("state after %q", in), fmt.Sprint(buf1, m.Uint64()), fmt.Sprint(buf2, r.Uint64()))
		mp, rp := mg.NewPCG(1, 1), rand.NewPCG(1, 1)
		check(fmt.Sprintf("pcg unmarshal %q", in), fmt.Sprint(mp.UnmarshalBinary(in), mp.Uint64()), fmt.Sprint(rp.UnmarshalBinary(in), rp.Uint64()))
	}

	// Panics.
	m := mg.New(mg.NewPCG(1, 2))
	r := rand.New(rand.NewPCG(1, 2))
	check("IntN(0)", pt(func() { m.IntN(0) }), pt(func() { r.IntN(0) }))
	check("Int32N(-1)", pt(func() { m.Int32N(-1) }), pt(func() { r.Int32N(-1) }))
	check("Int64N(0)", pt(func() { m.Int64N(0) }), pt(func() { r.Int64N(0) }))
	check("Uint64N(0)", pt(func() { m.Uint64N(0) }), pt(func() { r.Uint64N(0) }))
	check("Uint32N(0)", pt(func() { m.Uint32N(0) }), pt(func() { r.Uint32N(0) }))
	check("UintN(0)", pt(func() { m.UintN(0) }), pt(func() { r.UintN(0) }))
	check("N(0)", pt(func() { mg.N(0) }), pt(func() { rand.N(0) }))
	check("N(-5)", pt(func() { mg.N(int8(-5)) }), pt(func() { rand.N(int8(-5)) }))
	check("Shuffle(-1)", pt(func() { m.Shuffle(-1, func(i, j int) {}) }), pt(func() { r.Shuffle(-1, func(i, j int) {}) }))
	check("Perm(-1)", pt(func() { m.Perm(-1) }), pt(func() { r.Perm(-1) }))
	check("NewZipf bad", fmt.Sprint(mg.NewZipf(m, 1, 1, 10) == nil, mg.NewZipf(m, 2, 0.5, 10) == nil), fmt.Sprint(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil))
	var nz *mg.Zipf
	var rz *rand.Zipf
	check("nil Zipf", pt(func() { nz.Uint64() }), pt(func() { rz.Uint64() }))
	fmt.Printf("PASS %d/%d\n", pass, total)
}
