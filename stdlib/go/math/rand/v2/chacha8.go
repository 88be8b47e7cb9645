package rand

import (
	"errors"
	"math/bits"
)

// ChaCha8 is the ChaCha8Rand generator (C2SP chacha8rand): each iteration runs the
// ChaCha block function with 8 rounds over its 32-byte key (zero nonce) for the block
// counters 0..15, keeps the key words' final additions but not those of the constants and
// counter, and lays the 16 blocks out four at a time with their words interleaved. The
// first 992 bytes are output (124 little-endian words), the last 32 are the next key.
// The zero ChaCha8 is valid: its key is all zero bytes, and (as in Go) its first draw
// starts at word 32 of that key's iteration.
type ChaCha8 struct {
	key   [8]uint32   // this iteration's key
	words [128]uint64 // this iteration's output; words[124:] are the next key
	used  int         // words handed out from this iteration, 0..124
	ready bool        // words holds the output of key
	set   bool        // Seed or UnmarshalBinary was called (not the zero ChaCha8)
	rbuf  [8]byte     // bytes of a word Read drew but did not use: rbuf[:rlen]
	rlen  int
}

const (
	chachaOut  = 124 // output words per iteration
	chachaTag  = "chacha8:"
	readbufTag = "readbuf:"
)

var (
	errChaChaEncoding  = errors.New("invalid ChaCha8 encoding")
	errReadbufEncoding = errors.New("invalid ChaCha8 Read buffer encoding")
)

// NewChaCha8 returns a ChaCha8 keyed by seed.
func NewChaCha8(seed [32]byte) *ChaCha8 {
	c := new(ChaCha8)
	c.Seed(seed)
	return c
}

// Seed restarts the generator from seed, dropping any bytes left over by Read.
func (c *ChaCha8) Seed(seed [32]byte) {
	for i := range c.key {
		c.key[i] = uint32(seed[4*i]) | uint32(seed[4*i+1])<<8 | uint32(seed[4*i+2])<<16 | uint32(seed[4*i+3])<<24
	}
	c.used = 0
	c.ready = false
	c.set = true
	c.rlen = 0
}

// Uint64 returns the next output word, starting the next iteration when this one is
// used up.
func (c *ChaCha8) Uint64() uint64 {
	if !c.ready {
		c.generate()
		if !c.set {
			c.used = 32
			c.set = true
		}
	}
	if c.used == chachaOut {
		for i := 0; i < 4; i++ {
			w := c.words[chachaOut+i]
			c.key[2*i], c.key[2*i+1] = uint32(w), uint32(w>>32)
		}
		c.used = 0
		c.generate()
	}
	v := c.words[c.used]
	c.used++
	return v
}

// Read fills p with generator output (words little-endian), first using the bytes a
// previous Read left over; the unused tail of a last partial word is kept for the next
// Read. It always returns len(p), nil.
func (c *ChaCha8) Read(p []byte) (int, error) {
	n := len(p)
	if c.rlen > 0 {
		k := copy(p, c.rbuf[:c.rlen])
		copy(c.rbuf[:], c.rbuf[k:c.rlen])
		c.rlen -= k
		p = p[k:]
	}
	for len(p) >= 8 {
		putLE64(p, c.Uint64())
		p = p[8:]
	}
	if len(p) > 0 {
		var w [8]byte
		putLE64(w[:], c.Uint64())
		k := copy(p, w[:])
		c.rlen = copy(c.rbuf[:], w[k:])
	}
	return n, nil
}

func putLE64(b []byte, v uint64) {
	for i := 0; i < 8; i++ {
		b[i] = byte(v >> (8 * i))
	}
}

// MarshalBinary encodes the state: the unread bytes of Read, if any, as "readbuf:",
// their count (one byte) and the bytes; then "chacha8:", the words used in this
// iteration (8 bytes big-endian) and the iteration's 32-byte key.
func (c *ChaCha8) MarshalBinary() ([]byte, error) {
	var out []byte
	if c.rlen > 0 {
		out = append(out, readbufTag...)
		out = append(out, byte(c.rlen))
		out = append(out, c.rbuf[:c.rlen]...)
	}
	out = append(out, chachaTag...)
	out = appendBE64(out, uint64(c.used))
	for _, k := range c.key {
		out = append(out, byte(k), byte(k>>8), byte(k>>16), byte(k>>24))
	}
	return out, nil
}

// UnmarshalBinary restores a state written by MarshalBinary. A "readbuf:" part replaces
// the bytes Read left over even when the rest of data is invalid (as in Go); without one
// they stay. On any other error c is unchanged.
func (c *ChaCha8) UnmarshalBinary(data []byte) error {
	if len(data) >= len(readbufTag) && string(data[:len(readbufTag)]) == readbufTag {
		data = data[len(readbufTag):]
		if len(data) == 0 || data[0] > 7 || len(data) < 1+int(data[0]) {
			return errReadbufEncoding
		}
		c.rlen = copy(c.rbuf[:], data[1:1+data[0]])
		data = data[1+data[0]:]
	}
	if len(data) != len(chachaTag)+8+32 || string(data[:len(chachaTag)]) != chachaTag {
		return errChaChaEncoding
	}
	data = data[len(chachaTag):]
	used := readBE64(data)
	if used > chachaOut {
		return errChaChaEncoding
	}
	var seed [32]byte
	copy(seed[:], data[8:])
	keep, keepLen := c.rbuf, c.rlen
	c.Seed(seed)
	c.generate()
	c.used = int(used)
	c.rbuf, c.rlen = keep, keepLen
	return nil
}

// generate computes the iteration of c.key into c.words.
func (c *ChaCha8) generate() {
	var x [16]uint32
	for group := 0; group < 4; group++ {
		for lane := 0; lane < 4; lane++ {
			counter := uint32(4*group + lane)
			x = [16]uint32{0x61707865, 0x3320646e, 0x79622d32, 0x6b206574,
				c.key[0], c.key[1], c.key[2], c.key[3], c.key[4], c.key[5], c.key[6], c.key[7],
				counter, 0, 0, 0}
			for round := 0; round < 4; round++ { // two rounds each: columns, then diagonals
				quarter(&x, 0, 4, 8, 12)
				quarter(&x, 1, 5, 9, 13)
				quarter(&x, 2, 6, 10, 14)
				quarter(&x, 3, 7, 11, 15)
				quarter(&x, 0, 5, 10, 15)
				quarter(&x, 1, 6, 11, 12)
				quarter(&x, 2, 7, 8, 13)
				quarter(&x, 3, 4, 9, 14)
			}
			for i := 4; i < 12; i++ {
				x[i] += c.key[i-4]
			}
			// Word w of lane b is 32-bit slot 64*group + 4*w + b of the iteration;
			// two consecutive slots form one little-endian output word.
			base := 32 * group
			for w := 0; w < 16; w++ {
				slot := 4*w + lane
				idx := base + slot/2
				if slot%2 == 0 {
					c.words[idx] = c.words[idx]&^0xffffffff | uint64(x[w])
				} else {
					c.words[idx] = c.words[idx]&0xffffffff | uint64(x[w])<<32
				}
			}
		}
	}
	c.ready = true
}

// quarter is ChaCha's quarter-round on words a, b, c, d of x.
func quarter(x *[16]uint32, a, b, c, d int) {
	x[a] += x[b]
	x[d] = bits.RotateLeft32(x[d]^x[a], 16)
	x[c] += x[d]
	x[b] = bits.RotateLeft32(x[b]^x[c], 12)
	x[a] += x[b]
	x[d] = bits.RotateLeft32(x[d]^x[a], 8)
	x[c] += x[d]
	x[b] = bits.RotateLeft32(x[b]^x[c], 7)
}
