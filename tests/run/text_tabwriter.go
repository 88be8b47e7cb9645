package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

var seed uint32 = 99

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int(seed>>16) % n
}

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("disk full")
	}
	f.n--
	return len(p), nil
}

func main() {
	// The documentation's example, and common uses.
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, '\t', tabwriter.AlignRight)
	fmt.Fprintln(w, "a\tb\tc\t")
	fmt.Fprintln(w, "aa\tbb\tcc\t")
	fmt.Fprintln(w, "aaa\t")
	fmt.Fprintln(w, "aaaa\tdddd\teeee\t")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, '-', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aaa\tbbb\tccc")
	fmt.Fprintln(w, "aaaaa\tbbbbb\tccccc\t")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "NAME\tAGE\tCITY\n")
	for _, r := range [][3]string{{"Alice", "30", "Paris"}, {"Bob", "4", "Rome"}, {"Christopher", "101", "Rio de Janeiro"}} {
		fmt.Fprintf(w, "%s\t%s\t%s\n", r[0], r[1], r[2])
	}
	w.Flush()

	alphabet := []string{"a", "bb", "ccc", "é", "日本", "\t", "\t", "\v", "\n", "\n", "\f", "\xff", "<", ">", "&", ";", " ", "x\ty\n"}
	var sum uint64
	for i := 0; i < 1500; i++ {
		var in strings.Builder
		n := rnd(40)
		for k := 0; k < n; k++ {
			in.WriteString(alphabet[rnd(len(alphabet))])
		}
		flags := uint(rnd(64))
		pad := []byte{' ', '.', '\t'}[rnd(3)]
		minw, tabw, padding := rnd(6), rnd(9), rnd(3)
		var out bytes.Buffer
		tw := tabwriter.NewWriter(&out, minw, tabw, padding, pad, flags)
		src := []byte(in.String())
		for len(src) > 0 {
			k := 1 + rnd(len(src))
			tw.Write(src[:k])
			src = src[k:]
			if rnd(8) == 0 {
				tw.Flush()
			}
		}
		tw.Flush()
		line := fmt.Sprintf("%d %q %d,%d,%d,%q -> %q", flags, in.String(), minw, tabw, padding, pad, out.String())
		if i < 120 {
			fmt.Println(line)
		}
		for _, c := range []byte(line) {
			sum = sum*1099511628211 + uint64(c)
		}
	}
	fmt.Println("checksum", sum)

	fw := &failWriter{n: 1}
	tw := tabwriter.NewWriter(fw, 0, 8, 1, ' ', 0)
	n, err := tw.Write([]byte("a\tb\nno tabs\n"))
	fmt.Println(n, err)
	n, err = tw.Write([]byte("c\td\n"))
	fmt.Println(n, err, tw.Flush())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tabwriter.NewWriter(os.Stdout, -1, 0, 0, ' ', 0)
	}()
	var z tabwriter.Writer
	z.Init(os.Stdout, 4, 4, 0, '*', tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprint(&z, "<b>x</b>\t&amp;\ty\n\xffa\tb\xff\tc\n")
	z.Flush()
	fmt.Println(tabwriter.FilterHTML, tabwriter.StripEscape, tabwriter.AlignRight, tabwriter.DiscardEmptyColumns, tabwriter.TabIndent, tabwriter.Debug, tabwriter.Escape)
}
