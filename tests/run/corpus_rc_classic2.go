// Rosetta Code style: Levenshtein, LCS, knapsack 0-1, N-queens, Collatz, perfect/amicable numbers.
package main

import (
	"fmt"
	"sort"
)

func levenshtein(s, t string) int {
	a, b := []rune(s), []rune(t)
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for j := 1; j <= len(b); j++ {
		for i := 1; i <= len(a); i++ {
			if a[i-1] == b[j-1] {
				d[i][j] = d[i-1][j-1]
			} else {
				d[i][j] = min(d[i-1][j], d[i][j-1], d[i-1][j-1]) + 1
			}
		}
	}
	return d[len(a)][len(b)]
}

func lcs(a, b string) string {
	aLen, bLen := len(a), len(b)
	lengths := make([][]int, aLen+1)
	for i := range lengths {
		lengths[i] = make([]int, bLen+1)
	}
	for i := 0; i < aLen; i++ {
		for j := 0; j < bLen; j++ {
			if a[i] == b[j] {
				lengths[i+1][j+1] = lengths[i][j] + 1
			} else if lengths[i+1][j] > lengths[i][j+1] {
				lengths[i+1][j+1] = lengths[i+1][j]
			} else {
				lengths[i+1][j+1] = lengths[i][j+1]
			}
		}
	}
	s := make([]byte, 0, lengths[aLen][bLen])
	for x, y := aLen, bLen; x != 0 && y != 0; {
		if lengths[x][y] == lengths[x-1][y] {
			x--
		} else if lengths[x][y] == lengths[x][y-1] {
			y--
		} else {
			s = append(s, a[x-1])
			x--
			y--
		}
	}
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	return string(s)
}

type item struct {
	name          string
	weight, value int
}

func knapsack(items []item, limit int) (int, []string) {
	best := make([][]int, len(items)+1)
	for i := range best {
		best[i] = make([]int, limit+1)
	}
	for i, it := range items {
		for w := 0; w <= limit; w++ {
			best[i+1][w] = best[i][w]
			if it.weight <= w && best[i][w-it.weight]+it.value > best[i+1][w] {
				best[i+1][w] = best[i][w-it.weight] + it.value
			}
		}
	}
	var chosen []string
	w := limit
	for i := len(items); i > 0; i-- {
		if best[i][w] != best[i-1][w] {
			chosen = append(chosen, items[i-1].name)
			w -= items[i-1].weight
		}
	}
	sort.Strings(chosen)
	return best[len(items)][limit], chosen
}

func queens(n int) (count int, first []int) {
	cols := make([]int, n)
	var place func(row int)
	place = func(row int) {
		if row == n {
			if count == 0 {
				first = append([]int(nil), cols...)
			}
			count++
			return
		}
	next:
		for c := 0; c < n; c++ {
			for r := 0; r < row; r++ {
				if cols[r] == c || cols[r]-c == r-row || cols[r]-c == row-r {
					continue next
				}
			}
			cols[row] = c
			place(row + 1)
		}
	}
	place(0)
	return
}

func hailstone(n int) []int {
	seq := []int{n}
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		seq = append(seq, n)
	}
	return seq
}

func divSum(n int) int {
	s := 1
	for i := 2; i*i <= n; i++ {
		if n%i == 0 {
			s += i
			if i*i != n {
				s += n / i
			}
		}
	}
	return s
}

func main() {
	fmt.Println(levenshtein("kitten", "sitting"), levenshtein("rosettacode", "raisethysword"), levenshtein("", "abc"), levenshtein("héllo", "hello"))
	fmt.Println(lcs("thisisatest", "testing123testing"), lcs("1234", "1224533324"))
	items := []item{{"map", 9, 150}, {"compass", 13, 35}, {"water", 153, 200}, {"sandwich", 50, 160}, {"glucose", 15, 60}, {"tin", 68, 45}, {"banana", 27, 60}, {"apple", 39, 40}, {"cheese", 23, 30}, {"beer", 52, 10}, {"suntan cream", 11, 70}, {"camera", 32, 30}}
	v, chosen := knapsack(items, 400)
	fmt.Println(v, chosen)
	for n := 4; n <= 9; n++ {
		c, f := queens(n)
		fmt.Println(n, c, f)
	}
	h := hailstone(27)
	fmt.Println(len(h), h[:4], h[len(h)-4:])
	maxLen, maxN := 0, 0
	for i := 1; i < 100000; i++ {
		if l := len(hailstone(i)); l > maxLen {
			maxLen, maxN = l, i
		}
	}
	fmt.Println(maxN, maxLen)
	var perfect []int
	for i := 2; i < 10000; i++ {
		if divSum(i) == i {
			perfect = append(perfect, i)
		}
	}
	fmt.Println(perfect)
	for i := 2; i < 20000; i++ {
		if j := divSum(i); j > i && divSum(j) == i {
			fmt.Print(i, ",", j, " ")
		}
	}
	fmt.Println()
}
