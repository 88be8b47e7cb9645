package main

import (
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
	"io"
	"strings"
)

func main() {
	inputs := []string{"", "a", "abc", "The quick brown fox jumps over the lazy dog", strings.Repeat("0123456789", 1000)}
	big := make([]byte, 70000)
	for i := range big {
		big[i] = byte(i*31 + i>>8)
	}
	inputs = append(inputs, string(big))
	cast := crc32.MakeTable(crc32.Castagnoli)
	koop := crc32.MakeTable(crc32.Koopman)
	fmt.Println(crc32.MakeTable(crc32.IEEE) == crc32.IEEETable, crc32.MakeTable(crc32.Castagnoli) == cast, crc32.IEEETable[1], cast[255], koop[128])
	iso, ecma := crc64.MakeTable(crc64.ISO), crc64.MakeTable(crc64.ECMA)
	fmt.Println(iso[1], ecma[255], crc64.MakeTable(crc64.ISO) == iso)
	for _, s := range inputs {
		b := []byte(s)
		fmt.Printf("%d: ieee %08x cast %08x koop %08x iso %016x ecma %016x adler %08x\n", len(b),
			crc32.ChecksumIEEE(b), crc32.Checksum(b, cast), crc32.Checksum(b, koop),
			crc64.Checksum(b, iso), crc64.Checksum(b, ecma), adler32.Checksum(b))
		half := len(b) / 3
		fmt.Println("   update", crc32.Update(crc32.ChecksumIEEE(b[:half]), crc32.IEEETable, b[half:]) == crc32.ChecksumIEEE(b),
			crc64.Update(crc64.Checksum(b[:half], ecma), ecma, b[half:]) == crc64.Checksum(b, ecma))
		hs := []hash.Hash{crc32.NewIEEE(), crc32.New(cast), crc64.New(ecma), adler32.New(), fnv.New32(), fnv.New32a(), fnv.New64(), fnv.New64a(), fnv.New128(), fnv.New128a()}
		for _, h := range hs {
			// Written in pieces of varying size.
			for i, n := 0, 1; i < len(b); n = n*2 + 1 {
				end := i + n
				if end > len(b) {
					end = len(b)
				}
				w, err := h.Write(b[i:end])
				if w != end-i || err != nil {
					fmt.Println("bad write", w, err)
				}
				i = end
			}
			fmt.Printf("   %x", h.Sum([]byte{0xAA}))
		}
		fmt.Println()
	}
	hs := map[string]hash.Hash{"crc32": crc32.NewIEEE(), "crc64": crc64.New(iso), "adler32": adler32.New(), "fnv32": fnv.New32(), "fnv32a": fnv.New32a(), "fnv64": fnv.New64(), "fnv64a": fnv.New64a(), "fnv128": fnv.New128(), "fnv128a": fnv.New128a()}
	for _, name := range []string{"crc32", "crc64", "adler32", "fnv32", "fnv32a", "fnv64", "fnv64a", "fnv128", "fnv128a"} {
		h := hs[name]
		io.WriteString(h, "hello")
		s1 := h.Sum(nil)
		s2 := h.Sum(nil)
		io.WriteString(h, " world")
		s3 := h.Sum(nil)
		h.Reset()
		io.WriteString(h, "hello world")
		fmt.Printf("%s size %d block %d %x %v %x %v\n", name, h.Size(), h.BlockSize(), s1, string(s1) == string(s2), s3, string(s3) == string(h.Sum(nil)))
		if h32, ok := h.(hash.Hash32); ok {
			fmt.Printf("  sum32 %d\n", h32.Sum32())
		}
		if h64, ok := h.(hash.Hash64); ok {
			fmt.Printf("  sum64 %d\n", h64.Sum64())
		}
	}
	fmt.Println(crc32.Size, crc64.Size, adler32.Size, crc32.IEEE, crc32.Castagnoli, crc32.Koopman, uint64(crc64.ISO), uint64(crc64.ECMA))
	// Adler-32 over long runs of 0xff (the sums' modulo must not overflow).
	ff := []byte(strings.Repeat("\xff", 1<<20))
	fmt.Printf("%08x %08x\n", adler32.Checksum(ff), crc32.ChecksumIEEE(ff))
	func() {
		defer func() { fmt.Println("nil table:", recover()) }()
		crc32.Update(0, nil, []byte("x"))
	}()
	func() {
		defer func() { fmt.Println("nil table:", recover()) }()
		crc64.Checksum([]byte("x"), nil)
	}()
	// Update on an empty or nil slice leaves the CRC alone.
	fmt.Println(crc32.Update(12345, cast, nil), crc64.Update(999, ecma, []byte{}))
}
