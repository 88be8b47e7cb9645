// Package hash declares the interfaces that every hash function of the standard library
// implements (hash/crc32, hash/fnv, crypto/sha256...).
package hash

import "io"

// Hash is a running hash: Write adds data (it never returns an error), Sum appends the
// hash of everything written so far to b without changing the state, Reset starts over.
// Size is the length of Sum's result and BlockSize the length of the blocks the function
// works on (Write takes any length).
type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}

// Hash32 is a Hash with a 32-bit result.
type Hash32 interface {
	Hash
	Sum32() uint32
}

// Hash64 is a Hash with a 64-bit result.
type Hash64 interface {
	Hash
	Sum64() uint64
}
