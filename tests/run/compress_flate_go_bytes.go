// compress/flate writes Go's exact bytes at every level (HuffmanOnly, Default,
// NoCompression, 1..9): generated inputs (random, text, repeats, runs, back-copies,
// 0..200 KB) written in varied chunks with Flush points, after Reset, and with
// NewWriterDict. Each line is a case's output size and CRC-32 and the number of writes
// the compressor made to the underlying writer.
package main

import (
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
)

type rec struct {
	bytes.Buffer
	calls int
}

func (r *rec) Write(p []byte) (int, error) { r.calls++; return r.Buffer.Write(p) }

func drive(w *flate.Writer, in []byte, ops []op) {
	at := 0
	for _, o := range ops {
		if o.kind == 0 {
			w.Write(in[at : at+o.n])
			at += o.n
		} else {
			w.Flush()
		}
	}
	w.Close()
}

func main() {
	for c := 0; c < 144; c++ {
		r := &rng{uint64(c)*2654435761 + 12345}
		r.next()
		in := genInput(r)
		ops := genOps(r, len(in))
		level := levelsAll[c%len(levelsAll)]
		var dict []byte
		useDict := r.n(6) == 0
		if useDict {
			dict = genInput(r)
			if len(dict) > 50000 {
				dict = dict[:r.n(50000)]
			}
		}
		reset := r.n(6) == 0
		var a rec
		var w *flate.Writer
		if useDict {
			w, _ = flate.NewWriterDict(&a, level, dict)
		} else {
			w, _ = flate.NewWriter(&a, level)
		}
		if reset {
			half := in[:len(in)/2]
			drive(w, half, genOps(&rng{5}, len(half)))
			a.Reset()
			a.calls = 0
			w.Reset(&a)
		}
		drive(w, in, ops)
		fmt.Printf("case %d level %d: %d bytes in %d ops (dict %v, reset %v) -> %d bytes crc %08x, %d writes\n",
			c, level, len(in), len(ops), useDict, reset, a.Len(), crc32.ChecksumIEEE(a.Bytes()), a.calls)
	}
	if _, err := flate.NewWriter(nil, 10); err != nil {
		fmt.Println(err)
	}
}

// deterministic case generator shared by the harnesses
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s ^= r.s << 13
	r.s ^= r.s >> 7
	r.s ^= r.s << 17
	return r.s
}
func (r *rng) n(k int) int { return int(r.next() % uint64(k)) }

var words = []string{"the ", "quick ", "brown ", "fox ", "jumps ", "over ", "lazy ", "dog", ". ", "\n", "compress ", "flate ", "Huffman ", "a", "ab", "abc ", "1234", ", "}

func genInput(r *rng) []byte {
	var size int
	switch r.n(10) {
	case 0:
		size = r.n(20)
	case 1, 2, 3:
		size = r.n(600)
	case 4, 5, 6:
		size = r.n(8000)
	case 7, 8:
		size = r.n(70000)
	default:
		size = r.n(200000)
	}
	b := make([]byte, 0, size)
	kind := r.n(7)
	for len(b) < size {
		switch kind {
		case 0: // random bytes
			b = append(b, byte(r.next()))
		case 1: // text
			b = append(b, words[r.n(len(words))]...)
		case 2: // repeated pattern with mutations
			pl := 1 + r.n(300)
			pat := make([]byte, pl)
			for i := range pat {
				pat[i] = byte('a' + r.n(4))
			}
			for len(b) < size {
				if r.n(50) == 0 {
					b = append(b, byte(r.next()))
				} else {
					b = append(b, pat...)
				}
			}
		case 3: // runs
			c := byte(r.next())
			for k := r.n(400); k > 0; k-- {
				b = append(b, c)
			}
		case 4: // small alphabet
			b = append(b, byte('0'+r.n(3)))
		case 5: // mixed: random or copy from back
			if len(b) > 10 && r.n(3) > 0 {
				back := 1 + r.n(min(len(b), 40000))
				l := 3 + r.n(300)
				st := len(b) - back
				for i := 0; i < l; i++ {
					b = append(b, b[st+i])
				}
			} else {
				for k := r.n(30); k >= 0; k-- {
					b = append(b, byte(r.n(40)+32))
				}
			}
		default: // skewed
			x := r.n(1000)
			b = append(b, byte(x*x/4000))
		}
	}
	return b[:size]
}

// op: kind 0 write n bytes, 1 flush, 2 reset(and restart),
type op struct{ kind, n int }

func genOps(r *rng, size int) []op {
	var ops []op
	mode := r.n(5)
	left := size
	for left > 0 {
		var n int
		switch mode {
		case 0:
			n = left
		case 1:
			n = 1 + r.n(100)
		case 2:
			n = 1 + r.n(70000)
		case 3:
			n = 1 + r.n(5000)
		default:
			if r.n(3) == 0 {
				n = 1 + r.n(3)
			} else {
				n = 1 + r.n(30000)
			}
		}
		n = min(n, left)
		ops = append(ops, op{0, n})
		left -= n
		if r.n(8) == 0 {
			ops = append(ops, op{1, 0})
		}
	}
	return ops
}

var levelsAll = []int{-2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
