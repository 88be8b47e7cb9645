// Rosetta: Conway's Game of Life, Langton's ant, Mandelbrot (ASCII), Sierpinski triangle,
// spiral and zig-zag matrices, magic square, Pascal's triangle, 24 game solver, Gray code,
// power set, permutations.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type field [][]bool

func newField(w, h int) field {
	f := make(field, h)
	for i := range f {
		f[i] = make([]bool, w)
	}
	return f
}

func (f field) alive(x, y int) bool {
	h, w := len(f), len(f[0])
	x = (x + w) % w
	y = (y + h) % h
	return f[y][x]
}

func (f field) next(x, y int) bool {
	n := 0
	for i := -1; i <= 1; i++ {
		for j := -1; j <= 1; j++ {
			if (j != 0 || i != 0) && f.alive(x+i, y+j) {
				n++
			}
		}
	}
	return n == 3 || n == 2 && f.alive(x, y)
}

func (f field) String() string {
	var b strings.Builder
	for _, row := range f {
		for _, c := range row {
			if c {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func solve24(nums []float64, exprs []string) (string, bool) {
	if len(nums) == 1 {
		d := nums[0] - 24
		return exprs[0], d < 1e-9 && d > -1e-9
	}
	for i := 0; i < len(nums); i++ {
		for j := 0; j < len(nums); j++ {
			if i == j {
				continue
			}
			var rn []float64
			var re []string
			for k := range nums {
				if k != i && k != j {
					rn = append(rn, nums[k])
					re = append(re, exprs[k])
				}
			}
			a, b := nums[i], nums[j]
			ea, eb := exprs[i], exprs[j]
			cands := []struct {
				v float64
				e string
			}{{a + b, "(" + ea + "+" + eb + ")"}, {a - b, "(" + ea + "-" + eb + ")"}, {a * b, "(" + ea + "*" + eb + ")"}}
			if b != 0 {
				cands = append(cands, struct {
					v float64
					e string
				}{a / b, "(" + ea + "/" + eb + ")"})
			}
			for _, c := range cands {
				if s, ok := solve24(append(rn, c.v), append(re, c.e)); ok {
					return s, true
				}
			}
		}
	}
	return "", false
}

func permutations(a []int) [][]int {
	if len(a) <= 1 {
		return [][]int{append([]int(nil), a...)}
	}
	var out [][]int
	for i := range a {
		rest := append(append([]int(nil), a[:i]...), a[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]int{a[i]}, p...))
		}
	}
	return out
}

func main() {
	f := newField(8, 6)
	for _, p := range [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}} {
		f[p[1]][p[0]] = true
	}
	for gen := 0; gen < 4; gen++ {
		nf := newField(8, 6)
		for y := range f {
			for x := range f[y] {
				nf[y][x] = f.next(x, y)
			}
		}
		f = nf
	}
	fmt.Print(f)
	const size = 40
	grid := make([][]bool, size)
	for i := range grid {
		grid[i] = make([]bool, size)
	}
	x, y, dir, steps := size/2, size/2, 0, 0
	for x >= 0 && x < size && y >= 0 && y < size {
		if grid[y][x] {
			dir = (dir + 3) % 4
		} else {
			dir = (dir + 1) % 4
		}
		grid[y][x] = !grid[y][x]
		switch dir {
		case 0:
			y--
		case 1:
			x++
		case 2:
			y++
		case 3:
			x--
		}
		steps++
	}
	black := 0
	for _, row := range grid {
		for _, c := range row {
			if c {
				black++
			}
		}
	}
	fmt.Println("ant steps:", steps, "black:", black)
	for py := 0; py < 12; py++ {
		var line strings.Builder
		for px := 0; px < 40; px++ {
			c := complex(float64(px)/16-1.9, float64(py)/6-1)
			z := complex(0, 0)
			i := 0
			for ; i < 50 && real(z)*real(z)+imag(z)*imag(z) < 4; i++ {
				z = z*z + c
			}
			line.WriteByte(" .:-=+*#%@"[i%10])
		}
		fmt.Println(line.String())
	}
	for i := 0; i < 8; i++ {
		var b strings.Builder
		b.WriteString(strings.Repeat(" ", 8-i))
		for j := 0; j <= i; j++ {
			if j&^i == 0 {
				b.WriteString("* ")
			} else {
				b.WriteString("  ")
			}
		}
		fmt.Println(strings.TrimRight(b.String(), " "))
	}
	n := 5
	sp := make([][]int, n)
	for i := range sp {
		sp[i] = make([]int, n)
	}
	top, bottom, left, right, k := 0, n-1, 0, n-1, 0
	for top <= bottom && left <= right {
		for i := left; i <= right; i++ {
			sp[top][i] = k
			k++
		}
		top++
		for i := top; i <= bottom; i++ {
			sp[i][right] = k
			k++
		}
		right--
		for i := right; i >= left && top <= bottom; i-- {
			sp[bottom][i] = k
			k++
		}
		bottom--
		for i := bottom; i >= top && left <= right; i-- {
			sp[i][left] = k
			k++
		}
		left++
	}
	for _, row := range sp {
		fmt.Printf("%3d\n", row)
	}
	m := 5
	ms := make([][]int, m)
	for i := range ms {
		ms[i] = make([]int, m)
	}
	i, j := 0, m/2
	for v := 1; v <= m*m; v++ {
		ms[i][j] = v
		ni, nj := (i-1+m)%m, (j+1)%m
		if ms[ni][nj] != 0 {
			ni, nj = (i+1)%m, j
		}
		i, j = ni, nj
	}
	fmt.Println(ms, "sum", m*(m*m+1)/2)
	row := []int{1}
	for r := 0; r < 8; r++ {
		fmt.Printf("%*s%v\n", 8-r, "", row)
		next := make([]int, len(row)+1)
		next[0], next[len(row)] = 1, 1
		for c := 1; c < len(row); c++ {
			next[c] = row[c-1] + row[c]
		}
		row = next
	}
	for _, q := range [][]float64{{4, 7, 8, 8}, {1, 1, 1, 1}, {3, 3, 8, 8}} {
		ex := make([]string, len(q))
		for i, v := range q {
			ex[i] = fmt.Sprint(v)
		}
		s, ok := solve24(q, ex)
		fmt.Println(q, s, ok)
	}
	for g := 0; g < 8; g++ {
		gray := g ^ g>>1
		fmt.Printf("%d %03b %03b\n", g, g, gray)
	}
	set := []string{"a", "b", "c"}
	var ps []string
	for mask := 0; mask < 1<<len(set); mask++ {
		var sub []string
		for b := range set {
			if mask&(1<<b) != 0 {
				sub = append(sub, set[b])
			}
		}
		ps = append(ps, "{"+strings.Join(sub, ",")+"}")
	}
	sort.Strings(ps)
	fmt.Println(ps)
	perms := permutations([]int{1, 2, 3, 4})
	fmt.Println(len(perms), perms[:4], perms[23])
}
