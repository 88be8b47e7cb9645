// Package rand gives random bytes fit for cryptography, from the kernel's generator
// (getrandom(2)).
package rand

import (
	"errors"
	"io"
	"math/big"
)

// getRandom fills b from getrandom(2); it never fails short.
func getRandom(b []byte)

// kernelSource reads from the kernel's generator.
type kernelSource struct{}

func (kernelSource) Read(b []byte) (int, error) {
	getRandom(b)
	return len(b), nil
}

// Texts of the package's panic and error, as Go words them.
const errIntArg = "crypto/rand: argument to Int is <= 0"

var errPrimeBits = errors.New(
	"crypto/rand: prime size must be at least 2-bit")

// Reader is the shared source of secure random bytes (getrandom(2)); it is safe for
// concurrent use.
var Reader io.Reader = kernelSource{}

// Read fills b completely from Reader (io.ReadFull): n == len(b) exactly when err is
// nil.
func Read(b []byte) (n int, err error) {
	return io.ReadFull(Reader, b)
}

// Int draws a number uniformly from [0, max); max must be positive.
//
// The value is drawn by rejection: read just enough bytes for max-1's bit length, drop
// the extra high bits of the first byte, and retry until the number is below max.
func Int(rand io.Reader, max *big.Int) (n *big.Int, err error) {
	if max.Sign() <= 0 {
		panic(errIntArg)
	}
	top := new(big.Int).Sub(max, big.NewInt(1))
	bits := top.BitLen()
	if bits == 0 {
		return new(big.Int), nil
	}
	buf := make([]byte, (bits+7)/8)
	keep := bits - 8*(len(buf)-1) // significant bits of the first byte, 1..8
	n = new(big.Int)
	for {
		if _, err = io.ReadFull(rand, buf); err != nil {
			return nil, err
		}
		buf[0] &= byte(1<<keep - 1)
		n.SetBytes(buf)
		if n.Cmp(max) < 0 {
			return n, nil
		}
	}
}

// Prime draws a number of exactly `bits` bits (at least 2) that is prime with
// overwhelming probability; a read error of rand is returned as is.
//
// Each candidate comes from (bits+7)/8 random bytes cut to bits bits, with its two
// highest bits set (so a product of two such primes has twice the bits) and its lowest
// bit set; candidates are tried until one passes 20 Miller-Rabin rounds and a
// Baillie-PSW test (big.Int.ProbablyPrime).
func Prime(rand io.Reader, bits int) (*big.Int, error) {
	if bits < 2 {
		return nil, errPrimeBits
	}
	// Like Go, read one byte more half of the time, so that no caller can come to
	// depend on exactly how the stream is used.
	var coin [1]byte
	getRandom(coin[:])
	if coin[0]&1 == 1 {
		if _, err := io.ReadFull(rand, coin[:]); err != nil {
			return nil, err
		}
	}
	buf := make([]byte, (bits+7)/8)
	p := new(big.Int)
	for {
		if _, err := io.ReadFull(rand, buf); err != nil {
			return nil, err
		}
		p.SetBytes(buf)
		// Keep the low `bits` bits, then force bits-1, bits-2 and 0.
		for i := bits; i < 8*len(buf); i++ {
			p.SetBit(p, i, 0)
		}
		p.SetBit(p, bits-1, 1)
		p.SetBit(p, bits-2, 1)
		p.SetBit(p, 0, 1)
		if p.ProbablyPrime(20) {
			return p, nil
		}
	}
}
