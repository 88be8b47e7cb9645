package main

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash"
	"hash/maphash"
	"io"
	"strings"
)

var _ hash.Hash64 = (*maphash.Hash)(nil)
var _ io.ByteWriter = (*maphash.Hash)(nil)
var _ io.StringWriter = (*maphash.Hash)(nil)

func main() {
	seed := maphash.MakeSeed()
	other := maphash.MakeSeed()
	fmt.Println("seeds differ:", seed != other, "seed equals itself:", seed == seed)

	var h maphash.Hash
	fmt.Println("size", h.Size(), "block", h.BlockSize())
	h.SetSeed(seed)
	texts := []string{"", "a", "foo", "1234567", "12345678", "123456789", strings.Repeat("xyz", 50), "héllo, wörld"}
	ok := true
	for _, s := range texts {
		want := maphash.String(seed, s)
		if maphash.Bytes(seed, []byte(s)) != want {
			ok = false
		}
		// every way of splitting the input gives the same value
		for cut := 0; cut <= len(s); cut++ {
			h.Reset()
			h.WriteString(s[:cut])
			h.Write([]byte(s[cut:]))
			if h.Sum64() != want {
				ok = false
			}
			h.Reset()
			for i := 0; i < cut; i++ {
				h.WriteByte(s[i])
			}
			h.WriteString(s[cut:])
			if h.Sum64() != want {
				ok = false
			}
		}
		sum := h.Sum([]byte("prefix"))
		if !bytes.HasPrefix(sum, []byte("prefix")) || len(sum) != 14 || binary.LittleEndian.Uint64(sum[6:]) != want {
			ok = false
		}
	}
	fmt.Println("split-invariant, Sum little-endian:", ok)

	// different inputs and different seeds give different values
	seen := map[uint64]string{}
	collisions := 0
	for i := 0; i < 5000; i++ {
		s := fmt.Sprint(i)
		v := maphash.String(seed, s)
		if _, dup := seen[v]; dup {
			collisions++
		}
		seen[v] = s
	}
	fmt.Println("collisions among 5000:", collisions)
	same := 0
	for _, s := range texts {
		if maphash.String(seed, s) == maphash.String(other, s) {
			same++
		}
	}
	fmt.Println("equal across seeds:", same)

	// bits are spread: each output bit is set about half the time
	var counts [64]int
	for i := 0; i < 4000; i++ {
		v := maphash.Bytes(seed, []byte{byte(i), byte(i >> 8)})
		for b := 0; b < 64; b++ {
			counts[b] += int(v >> b & 1)
		}
	}
	balanced := true
	for _, c := range counts {
		if c < 1700 || c > 2300 {
			balanced = false
		}
	}
	fmt.Println("balanced bits:", balanced)

	// Two Hashes with the same seed agree; the zero Hash picks its own seed.
	var a, b maphash.Hash
	a.WriteString("hello")
	b.SetSeed(a.Seed())
	b.WriteString("hello")
	fmt.Println("same seed agrees:", a.Sum64() == b.Sum64(), a.Sum64() == maphash.String(a.Seed(), "hello"))
	var c maphash.Hash
	c.WriteString("hello")
	fmt.Println("zero hashes differ:", c.Seed() != a.Seed())
	// SetSeed discards pending bytes; Reset keeps the seed.
	a.SetSeed(seed)
	fmt.Println("after SetSeed:", a.Sum64() == maphash.String(seed, ""))
	a.WriteString("abc")
	s1 := a.Seed()
	a.Reset()
	fmt.Println("Reset keeps seed:", a.Seed() == s1, a.Sum64() == maphash.String(seed, ""))

	for _, f := range []func(){
		func() { var z maphash.Seed; maphash.String(z, "x") },
		func() { var z maphash.Seed; maphash.Bytes(z, nil) },
		func() { var z maphash.Seed; var h maphash.Hash; h.SetSeed(z) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}
