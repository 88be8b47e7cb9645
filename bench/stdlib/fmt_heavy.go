// fmt_heavy: Sprintf/Fprintf with the common verbs (%d %s %v %x %q %f %5.2f %-8s %+v),
// Sprint/Sprintln of mixed values, structs and slices; about 300k formatting calls.
package main

import (
	"fmt"
	"os"
	"bufio"
)

type point struct {
	X, Y int
	Name string
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	total := 0
	pts := []point{{1, 2, "a"}, {-3, 40, "bee"}, {500, -6, "sea"}}
	for i := 0; i < 60000; i++ {
		s := fmt.Sprintf("%d %s %x %5.2f|%-8s|%q", i, "item", i*7, float64(i)/3, "pad", "q\"x")
		total += len(s)
		s = fmt.Sprint(i, "x", 2.5, true, nil)
		total += len(s)
		s = fmt.Sprintf("%v %+v %08.3f %e %g", pts[i%3], pts[(i+1)%3], float64(i)*1.5, float64(i)+0.25, 1.0/float64(i+1))
		total += len(s)
		s = fmt.Sprintln([]int{i, i + 1, i + 2}, map[string]int{"k": i})
		total += len(s)
		if i%1000 == 0 {
			fmt.Fprintf(w, "%6d %s\n", i, s[:len(s)-1])
		}
	}
	fmt.Fprintln(w, "total", total)
}
