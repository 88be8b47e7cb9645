// crypto/rand: Read and Reader fill buffers with fresh bytes; Int is uniform below
// max and consumes bytes as Go does (checked with a deterministic reader); Prime
// returns primes of the exact bit length; errors from the reader pass through.
package main

import (
	"bytes"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"math/big"
)

// counter is a deterministic "random" source: 0, 1, 2, ...
type counter struct {
	next byte
	read int
}

func (c *counter) Read(b []byte) (int, error) {
	for i := range b {
		b[i] = c.next
		c.next += 37
	}
	c.read += len(b)
	return len(b), nil
}

type failing struct{}

func (failing) Read(b []byte) (int, error) { return 0, errors.New("no entropy today") }

func main() {
	a := make([]byte, 64)
	b := make([]byte, 64)
	n, err := rand.Read(a)
	fmt.Println(n, err)
	io.ReadFull(rand.Reader, b)
	fmt.Println("distinct:", !bytes.Equal(a, b), "nonzero:", !bytes.Equal(a, make([]byte, 64)))
	big1 := make([]byte, 1<<20)
	rand.Read(big1)
	var counts [256]int
	for _, x := range big1 {
		counts[x]++
	}
	lo, hi := counts[0], counts[0]
	for _, c := range counts {
		lo, hi = min(lo, c), max(hi, c)
	}
	fmt.Println("byte counts plausible:", lo > 3500 && hi < 4700)

	for _, max := range []int64{1, 2, 3, 10, 255, 256, 257, 1000, 1 << 40} {
		src := &counter{}
		var got []string
		for i := 0; i < 5; i++ {
			v, err := rand.Int(src, big.NewInt(max))
			got = append(got, fmt.Sprint(v, err))
		}
		fmt.Println(max, got, "bytes read:", src.read)
	}
	limit := big.NewInt(6)
	var hist [6]int
	for i := 0; i < 6000; i++ {
		v, _ := rand.Int(rand.Reader, limit)
		hist[v.Int64()]++
	}
	ok := true
	for _, h := range hist {
		ok = ok && h > 800 && h < 1200
	}
	fmt.Println("dice uniform:", ok)
	_, err = rand.Int(failing{}, big.NewInt(100))
	fmt.Println(err)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		rand.Int(rand.Reader, big.NewInt(0))
	}()

	// Prime reads a byte more or less at random (as Go does, so that nobody relies on
	// its exact use of the stream): only the results' properties are checked.
	for _, bits := range []int{2, 3, 8, 9, 16, 64, 128, 256, 512} {
		p, err := rand.Prime(rand.Reader, bits)
		fmt.Println(bits, p.BitLen() == bits, p.ProbablyPrime(20), err)
	}
	p, _ := rand.Prime(&counter{}, 2)
	fmt.Println(p)
	_, err = rand.Prime(rand.Reader, 1)
	fmt.Println(err)
	_, err = rand.Prime(failing{}, 64)
	fmt.Println(err)
}
