// Package hmac computes keyed message authentication codes (HMAC, FIPS 198):
// H(key ^ opad, H(key ^ ipad, message)).
package hmac

import (
	"crypto/subtle"
	"hash"
)

// errSharedHash is the panic of a constructor that returns one object twice.
const errSharedHash = "crypto/hmac: hash generation function does not produce unique values"

// mac hashes the message with inner (started on key ^ ipad); Sum finishes with outer.
type mac struct {
	inner, outer hash.Hash
	innerPad     []byte // key ^ 0x36..., one block
	outerPad     []byte // key ^ 0x5c..., one block
}

// New is an HMAC (FIPS 198) over the hash h makes, keyed with key. h must return a
// distinct object on each call.
func New(h func() hash.Hash, key []byte) hash.Hash {
	m := &mac{inner: h(), outer: h()}
	if sameHash(m.inner, m.outer) {
		panic(errSharedHash)
	}
	size := m.inner.BlockSize()
	if len(key) > size {
		// Keys longer than a block are replaced by their hash.
		m.outer.Write(key)
		key = m.outer.Sum(nil)
	}
	m.innerPad = make([]byte, size)
	m.outerPad = make([]byte, size)
	copy(m.innerPad, key)
	copy(m.outerPad, key)
	for i := range m.innerPad {
		m.innerPad[i] ^= 0x36
		m.outerPad[i] ^= 0x5c
	}
	m.Reset()
	return m
}

// sameHash says whether a and b are one object (comparable values that are equal).
func sameHash(a, b hash.Hash) (same bool) {
	defer func() {
		if recover() != nil {
			same = false
		}
	}()
	return a == b
}

func (m *mac) Write(p []byte) (int, error) { return m.inner.Write(p) }

func (m *mac) Size() int      { return m.outer.Size() }
func (m *mac) BlockSize() int { return m.inner.BlockSize() }

func (m *mac) Reset() {
	m.inner.Reset()
	m.inner.Write(m.innerPad)
}

func (m *mac) Sum(in []byte) []byte {
	innerSum := m.inner.Sum(nil)
	m.outer.Reset()
	m.outer.Write(m.outerPad)
	m.outer.Write(innerSum)
	return m.outer.Sum(in)
}

// Equal says whether two MACs are the same, taking a time that depends on their
// lengths only.
func Equal(mac1, mac2 []byte) bool {
	same := subtle.ConstantTimeCompare(mac1, mac2)
	return same == 1
}
