package main

import (
	"bufio"
	"fmt"
	"io"
	"iter"
	"strings"
)

// Lines yields the lines of r with their numbers; a read error ends the sequence
// and is reported through errp.
func Lines(r io.Reader, errp *error) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		sc := bufio.NewScanner(r)
		n := 0
		for sc.Scan() {
			n++
			if !yield(n, sc.Text()) {
				return
			}
		}
		*errp = sc.Err()
	}
}

func Fields(lines iter.Seq2[int, string]) iter.Seq[[]string] {
	return func(yield func([]string) bool) {
		for _, l := range lines {
			if strings.HasPrefix(l, "#") || strings.TrimSpace(l) == "" {
				continue
			}
			if !yield(strings.Split(l, ",")) {
				return
			}
		}
	}
}

type failing struct{ n int }

func (f *failing) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, fmt.Errorf("disk on fire")
	}
	f.n--
	return copy(p, "line\n"), nil
}

const data = `# name,qty
apple,3

pear,10
# comment
fig,7
`

func main() {
	var err error
	total := 0
	for rec := range Fields(Lines(strings.NewReader(data), &err)) {
		var q int
		fmt.Sscan(rec[1], &q)
		total += q
		fmt.Println(rec[0], q)
	}
	fmt.Println("total", total, err)
	for n, l := range Lines(strings.NewReader(data), &err) {
		if n == 2 {
			fmt.Printf("second line %q\n", l)
			break
		}
	}
	var err2 error
	count := 0
	for range Lines(&failing{3}, &err2) {
		count++
	}
	fmt.Println(count, err2)
}
