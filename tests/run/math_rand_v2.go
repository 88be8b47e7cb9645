package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

func main() {
	// Seeded generators give Go's exact sequences.
	p := rand.NewPCG(1, 2)
	for i := 0; i < 3; i++ {
		fmt.Println("pcg", p.Uint64())
	}
	var seed [32]byte
	copy(seed[:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ123456")
	c := rand.NewChaCha8(seed)
	// 130 words cross into the second 992-byte iteration (rekeying).
	sum := uint64(0)
	for i := 0; i < 130; i++ {
		v := c.Uint64()
		sum ^= v * uint64(i+1)
		if i < 2 || i >= 123 && i <= 125 {
			fmt.Printf("chacha8 %d %#x\n", i, v)
		}
	}
	fmt.Printf("chacha8 xor-sum %#x\n", sum)
	b, _ := c.MarshalBinary()
	fmt.Printf("marshal %q\n", b)
	buf := make([]byte, 13)
	c.Read(buf)
	b, _ = c.MarshalBinary()
	fmt.Printf("read %x\nmarshal %q\n", buf, b)
	d := rand.NewChaCha8([32]byte{})
	fmt.Println("unmarshal", d.UnmarshalBinary(b), d.Uint64() == c.Uint64())
	fmt.Println("bad", d.UnmarshalBinary([]byte("chacha8:")), p.UnmarshalBinary([]byte("pcg:")), d.UnmarshalBinary([]byte("readbuf:\x09")))
	var zc rand.ChaCha8
	var zp rand.PCG
	fmt.Println("zero values", zc.Uint64(), zp.Uint64())

	for _, r := range []*rand.Rand{rand.New(rand.NewPCG(42, 1024)), rand.New(rand.NewChaCha8(seed))} {
		fmt.Println(r.IntN(100), r.Int64N(1e12), r.Int32N(7), r.Uint32N(1<<20), r.Uint64N(1<<63+5), r.UintN(9))
		fmt.Println(r.Int(), r.Int32(), r.Int64(), r.Uint32(), r.Uint64(), r.Uint())
		fmt.Println(r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
		fmt.Println(r.Perm(10))
		s := []string{"a", "b", "c", "d", "e", "f"}
		r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
		fmt.Println(s)
		z := rand.NewZipf(r, 1.3, 1, 50)
		for i := 0; i < 8; i++ {
			fmt.Print(z.Uint64(), " ")
		}
		fmt.Println()
		var sum float64
		for i := 0; i < 2000; i++ {
			sum += r.NormFloat64()
		}
		fmt.Printf("norm mean %.6f\n", sum/2000)
	}

	// The top-level functions: values in range (the source is random per process).
	ok := true
	for i := 0; i < 1000; i++ {
		if v := rand.IntN(10); v < 0 || v >= 10 {
			ok = false
		}
		if v := rand.N(5 * time.Second); v < 0 || v >= 5*time.Second {
			ok = false
		}
		if v := rand.N[uint8](200); v >= 200 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if rand.Int() < 0 || rand.Int32() < 0 || rand.Int64() < 0 {
			ok = false
		}
	}
	perm := rand.Perm(20)
	seen := map[int]bool{}
	for _, v := range perm {
		seen[v] = true
	}
	fmt.Println("top-level in range:", ok, "perm is a permutation:", len(seen) == 20)

	for _, f := range []func(){
		func() { rand.IntN(0) },
		func() { rand.N(int64(-1)) },
		func() { rand.Int32N(0) },
		func() { rand.Uint64N(0) },
		func() { rand.Shuffle(-1, nil) },
		func() { var z *rand.Zipf; z.Uint64() },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
	fmt.Println(rand.NewZipf(rand.New(p), 1, 1, 5) == nil)
}
