// Compares mg/compress/flate's compressor with the real compress/flate: the compressed
// bytes and the sizes of the writes to the underlying writer, for every level, many
// generated inputs (random, text, repeats, runs, back-copies, 0..200 KB), write
// chunkings with Flush points, Reset, and NewWriterDict.
package main

import (
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"os"
	"strconv"

	mg "mg/compress/flate"
)

type rec struct {
	bytes.Buffer
	calls []int
}

func (r *rec) Write(p []byte) (int, error) {
	r.calls = append(r.calls, len(p))
	return r.Buffer.Write(p)
}

type compressor interface {
	Write([]byte) (int, error)
	Flush() error
	Close() error
}

func drive(w compressor, in []byte, ops []op) {
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
	n := 2500
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	same := map[int]int{}
	total := map[int]int{}
	pass := 0
	for c := 0; c < n; c++ {
		r := &rng{uint64(c)*2654435761 + 1}
		r.next()
		in := genInput(r)
		ops := genOps(r, len(in))
		level := levelsAll[r.n(len(levelsAll))]
		var dict []byte
		useDict := r.n(6) == 0
		if useDict {
			dict = genInput(r)
			if len(dict) > 50000 {
				dict = dict[:r.n(50000)]
			}
		}
		reset := r.n(6) == 0
		var a, b rec
		var gw *flate.Writer
		var ow *mg.Writer
		if useDict {
			gw, _ = flate.NewWriterDict(&a, level, dict)
			ow, _ = mg.NewWriterDict(&b, level, dict)
		} else {
			gw, _ = flate.NewWriter(&a, level)
			ow, _ = mg.NewWriter(&b, level)
		}
		if reset {
			half := in[:len(in)/2]
			drive(gw, half, genOps(&rng{5}, len(half)))
			drive(ow, half, genOps(&rng{5}, len(half)))
			a.Reset()
			a.calls = nil
			b.Reset()
			b.calls = nil
			gw.Reset(&a)
			ow.Reset(&b)
		}
		drive(gw, in, ops)
		drive(ow, in, ops)
		total[level]++
		if bytes.Equal(a.Bytes(), b.Bytes()) && fmt.Sprint(a.calls) == fmt.Sprint(b.calls) {
			same[level]++
			pass++
		} else {
			fmt.Printf("case %d (level %d, %d bytes, dict %v, reset %v): output differs\n", c, level, len(in), useDict, reset)
		}
	}
	// the reader side: mg decompresses what real Go compressed
	r := &rng{77}
	for i := 0; i < 200; i++ {
		in := genInput(r)
		var z bytes.Buffer
		w, _ := flate.NewWriter(&z, levelsAll[i%len(levelsAll)])
		w.Write(in)
		w.Close()
		out, err := io.ReadAll(mgReader{mg.NewReader(bytes.NewReader(z.Bytes()))})
		total[100]++
		if err == nil && bytes.Equal(out, in) {
			pass++
		} else {
			fmt.Printf("inflate case %d: err %v, %d of %d bytes\n", i, err, len(out), len(in))
		}
	}
	for _, l := range levelsAll {
		fmt.Printf("level %d: %d/%d identical\n", l, same[l], total[l])
	}
	all := 0
	for _, t := range total {
		all += t
	}
	fmt.Printf("PASS %d/%d\n", pass, all)
}

// mgReader turns mg/io's EOF into io's.
type mgReader struct {
	r interface{ Read([]byte) (int, error) }
}

func (m mgReader) Read(p []byte) (int, error) {
	n, err := m.r.Read(p)
	if err != nil && err.Error() == "EOF" {
		err = io.EOF
	}
	return n, err
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
