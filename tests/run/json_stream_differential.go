package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math/rand"
	"strings"
)

type chunky struct {
	s   string
	rng *rand.Rand
}

func (c *chunky) Read(p []byte) (int, error) {
	if c.s == "" {
		return 0, io.EOF
	}
	n := 1 + c.rng.Intn(3)
	if n > len(c.s) {
		n = len(c.s)
	}
	if n > len(p) {
		n = len(p)
	}
	copy(p, c.s[:n])
	c.s = c.s[n:]
	return n, nil
}

var pieces = []string{"{", "}", "[", "]", ",", ":", `"a"`, `"b"`, "1", "2.5", "-3", "true", "null", " ", "\n", `"s"`, "x", "1e5"}

// Random token streams read in 1-3 byte chunks, walked with a random mix of Token,
// Decode and More; every result is printed.
func main() {
	rng := rand.New(rand.NewSource(5))
	for n := 0; n < 1500; n++ {
		var sb strings.Builder
		for i := rng.Intn(12); i >= 0; i-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		in := sb.String()
		o := rng.Int63()
		r := &chunky{in, rand.New(rand.NewSource(rng.Int63()))}
		d := json.NewDecoder(r)
		fmt.Printf("%q:", in)
		for k := 0; k < 12; k++ {
			switch o % 3 {
			case 0:
				t, err := d.Token()
				fmt.Printf(" T%T:%v:%v", t, t, err)
			case 1:
				var x any
				err := d.Decode(&x)
				fmt.Printf(" D%v:%v", x, err)
			case 2:
				fmt.Printf(" M%v", d.More())
			}
			o /= 3
		}
		fmt.Printf(" off=%d\n", d.InputOffset())
	}
}
