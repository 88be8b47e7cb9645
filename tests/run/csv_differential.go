package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math/rand"
	"strings"
)

// Differential check of encoding/csv: random inputs and options, every result printed.
func main() {
	alpha := []string{"a", "b", ",", "\"", "\n", "\r", " ", "#", "é", ";", "\t"}
	rng := rand.New(rand.NewSource(11))
	for n := 0; n < 1500; n++ {
		var sb strings.Builder
		for i := rng.Intn(24); i > 0; i-- {
			sb.WriteString(alpha[rng.Intn(len(alpha))])
		}
		in := sb.String()
		opts := rng.Intn(32)
		r := csv.NewReader(strings.NewReader(in))
		r.LazyQuotes = opts&1 != 0
		r.TrimLeadingSpace = opts&2 != 0
		if opts&4 != 0 {
			r.Comment = '#'
		}
		if opts&8 != 0 {
			r.FieldsPerRecord = -1
		}
		if opts&16 != 0 {
			r.Comma = ';'
		}
		fmt.Printf("%q %d:", in, opts)
		for k := 0; k < 8; k++ {
			rec, err := r.Read()
			fmt.Printf(" %q %v %d", rec, err, r.InputOffset())
			if err == nil && len(rec) > 0 {
				l, c := r.FieldPos(len(rec) - 1)
				fmt.Printf(" %d:%d", l, c)
			}
			if err != nil && err.Error() == "EOF" {
				break
			}
		}
		fmt.Println()
		var rec []string
		for k := rng.Intn(4); k >= 0; k-- {
			var f strings.Builder
			for i := rng.Intn(5); i > 0; i-- {
				f.WriteString(alpha[rng.Intn(len(alpha))])
			}
			rec = append(rec, f.String())
		}
		var out bytes.Buffer
		w := csv.NewWriter(&out)
		w.UseCRLF = opts&1 != 0
		if opts&2 != 0 {
			w.Comma = '\t'
		}
		w.Write(rec)
		w.Flush()
		fmt.Printf("%q -> %q\n", rec, out.String())
	}
}
