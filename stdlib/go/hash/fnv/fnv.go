// Package fnv implements the Fowler–Noll–Vo hashes FNV-1 and FNV-1a in 32, 64 and 128
// bits. FNV-1 multiplies the state by a prime and then xors in each byte; FNV-1a xors
// first. The state starts at the size's offset basis. Sum appends the hash big-endian.
package fnv

import (
	"hash"
	"math/bits"
)

const (
	basis32 = 2166136261
	prime32 = 16777619
	basis64 = 14695981039346656037
	prime64 = 1099511628211
	// The 128-bit prime is 2^88 + 2^8 + 0x3b: its high word has bit 24 set, its low
	// word is 0x13b.
	prime128Hi = 1 << 24
	prime128Lo = 0x13b
	// The 128-bit offset basis, as two words.
	basis128Hi = 0x6c62272e07bb0142
	basis128Lo = 0x62b821756295c58d
)

type (
	sum32   uint32
	sum32a  uint32
	sum64   uint64
	sum64a  uint64
	sum128  [2]uint64 // high, low
	sum128a [2]uint64
)

// New32 returns a 32-bit FNV-1 hash.
func New32() hash.Hash32 { s := sum32(basis32); return &s }

// New32a returns a 32-bit FNV-1a hash.
func New32a() hash.Hash32 { s := sum32a(basis32); return &s }

// New64 returns a 64-bit FNV-1 hash.
func New64() hash.Hash64 { s := sum64(basis64); return &s }

// New64a returns a 64-bit FNV-1a hash.
func New64a() hash.Hash64 { s := sum64a(basis64); return &s }

// New128 returns a 128-bit FNV-1 hash.
func New128() hash.Hash { s := sum128{basis128Hi, basis128Lo}; return &s }

// New128a returns a 128-bit FNV-1a hash.
func New128a() hash.Hash { s := sum128a{basis128Hi, basis128Lo}; return &s }

func (s *sum32) Write(p []byte) (int, error) {
	h := uint32(*s)
	for _, b := range p {
		h = h*prime32 ^ uint32(b)
	}
	*s = sum32(h)
	return len(p), nil
}

func (s *sum32a) Write(p []byte) (int, error) {
	h := uint32(*s)
	for _, b := range p {
		h = (h ^ uint32(b)) * prime32
	}
	*s = sum32a(h)
	return len(p), nil
}

func (s *sum64) Write(p []byte) (int, error) {
	h := uint64(*s)
	for _, b := range p {
		h = h*prime64 ^ uint64(b)
	}
	*s = sum64(h)
	return len(p), nil
}

func (s *sum64a) Write(p []byte) (int, error) {
	h := uint64(*s)
	for _, b := range p {
		h = (h ^ uint64(b)) * prime64
	}
	*s = sum64a(h)
	return len(p), nil
}

// times128 multiplies (hi, lo) by the 128-bit prime modulo 2^128.
func times128(hi, lo uint64) (uint64, uint64) {
	carry, low := bits.Mul64(lo, prime128Lo)
	high := carry + hi*prime128Lo + lo<<24 // lo * 2^88 contributes lo<<24 to the high word
	return high, low
}

func (s *sum128) Write(p []byte) (int, error) {
	hi, lo := s[0], s[1]
	for _, b := range p {
		hi, lo = times128(hi, lo)
		lo ^= uint64(b)
	}
	s[0], s[1] = hi, lo
	return len(p), nil
}

func (s *sum128a) Write(p []byte) (int, error) {
	hi, lo := s[0], s[1]
	for _, b := range p {
		lo ^= uint64(b)
		hi, lo = times128(hi, lo)
	}
	s[0], s[1] = hi, lo
	return len(p), nil
}

func (s *sum32) Reset()   { *s = basis32 }
func (s *sum32a) Reset()  { *s = basis32 }
func (s *sum64) Reset()   { *s = basis64 }
func (s *sum64a) Reset()  { *s = basis64 }
func (s *sum128) Reset()  { *s = sum128{basis128Hi, basis128Lo} }
func (s *sum128a) Reset() { *s = sum128a{basis128Hi, basis128Lo} }

func (s *sum32) Size() int   { return 4 }
func (s *sum32a) Size() int  { return 4 }
func (s *sum64) Size() int   { return 8 }
func (s *sum64a) Size() int  { return 8 }
func (s *sum128) Size() int  { return 16 }
func (s *sum128a) Size() int { return 16 }

func (s *sum32) BlockSize() int   { return 1 }
func (s *sum32a) BlockSize() int  { return 1 }
func (s *sum64) BlockSize() int   { return 1 }
func (s *sum64a) BlockSize() int  { return 1 }
func (s *sum128) BlockSize() int  { return 1 }
func (s *sum128a) BlockSize() int { return 1 }

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

func appendWord(b []byte, v uint64, n int) []byte {
	for shift := 8 * (n - 1); shift >= 0; shift -= 8 {
		b = append(b, byte(v>>shift))
	}
	return b
}

func (s *sum32) Sum(b []byte) []byte   { return appendWord(b, uint64(*s), 4) }
func (s *sum32a) Sum(b []byte) []byte  { return appendWord(b, uint64(*s), 4) }
func (s *sum64) Sum(b []byte) []byte   { return appendWord(b, uint64(*s), 8) }
func (s *sum64a) Sum(b []byte) []byte  { return appendWord(b, uint64(*s), 8) }
func (s *sum128) Sum(b []byte) []byte  { return appendWord(appendWord(b, s[0], 8), s[1], 8) }
func (s *sum128a) Sum(b []byte) []byte { return appendWord(appendWord(b, s[0], 8), s[1], 8) }
