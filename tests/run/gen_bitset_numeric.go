package main

import (
	"fmt"
	"strings"
)

type Word interface {
	~uint8 | ~uint16 | ~uint32 | ~uint64
}

// BitSet stores bits in words of type W.
type BitSet[W Word] struct {
	words []W
}

func bitsOf[W Word]() int {
	var w W
	w = ^w
	n := 0
	for w != 0 {
		w >>= 1
		n++
	}
	return n
}

func (b *BitSet[W]) Set(i int) {
	n := bitsOf[W]()
	for i/n >= len(b.words) {
		b.words = append(b.words, 0)
	}
	b.words[i/n] |= W(1) << (i % n)
}

func (b *BitSet[W]) Has(i int) bool {
	n := bitsOf[W]()
	return i/n < len(b.words) && b.words[i/n]&(W(1)<<(i%n)) != 0
}

func (b *BitSet[W]) Count() int {
	c := 0
	for _, w := range b.words {
		for ; w != 0; w &= w - 1 {
			c++
		}
	}
	return c
}

func (b *BitSet[W]) String() string {
	var sb strings.Builder
	n := bitsOf[W]()
	for i := 0; i < len(b.words)*n; i++ {
		if b.Has(i) {
			fmt.Fprintf(&sb, "%d ", i)
		}
	}
	return strings.TrimSpace(sb.String())
}

func sieve[W Word](limit int) *BitSet[W] {
	var composite, primes BitSet[W]
	for i := 2; i <= limit; i++ {
		if composite.Has(i) {
			continue
		}
		primes.Set(i)
		for j := i * i; j <= limit; j += i {
			composite.Set(j)
		}
	}
	return &primes
}

func main() {
	fmt.Println(bitsOf[uint8](), bitsOf[uint16](), bitsOf[uint32](), bitsOf[uint64]())
	p8 := sieve[uint8](50)
	p64 := sieve[uint64](50)
	fmt.Println(p8, "|", p8.Count(), len(p8.words))
	fmt.Println(p64.String() == p8.String(), len(p64.words))
	var b BitSet[uint16]
	for _, i := range []int{0, 15, 16, 100} {
		b.Set(i)
	}
	fmt.Println(b.String(), b.Count(), b.Has(99), b.Has(100), b.words)
}
