// Rosetta Code style: 100 doors, Ackermann, Towers of Hanoi, Sieve, Roman numerals, Luhn.
package main

import (
	"fmt"
	"strings"
)

func ackermann(m, n uint) uint {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string, moves *[]string) {
	if n > 0 {
		hanoi(n-1, from, via, to, moves)
		*moves = append(*moves, from+"→"+to)
		hanoi(n-1, via, to, from, moves)
	}
}

func sieve(limit int) []int {
	c := make([]bool, limit+1)
	var primes []int
	for i := 2; i <= limit; i++ {
		if !c[i] {
			primes = append(primes, i)
			for j := i * i; j <= limit; j += i {
				c[j] = true
			}
		}
	}
	return primes
}

var romanVals = []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
var romanSyms = []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}

func toRoman(n int) string {
	var b strings.Builder
	for i, v := range romanVals {
		for n >= v {
			b.WriteString(romanSyms[i])
			n -= v
		}
	}
	return b.String()
}

func fromRoman(s string) int {
	m := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := m[s[i]]
		if i+1 < len(s) && m[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func luhn(s string) bool {
	sum, odd := 0, true
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if !odd {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		odd = !odd
	}
	return sum%10 == 0
}

func main() {
	var doors [101]bool
	for pass := 1; pass <= 100; pass++ {
		for d := pass; d <= 100; d += pass {
			doors[d] = !doors[d]
		}
	}
	var open []int
	for d, o := range doors {
		if o {
			open = append(open, d)
		}
	}
	fmt.Println("open doors:", open)
	for m := uint(0); m < 4; m++ {
		for n := uint(0); n < 5; n++ {
			fmt.Printf("A(%d,%d)=%d ", m, n, ackermann(m, n))
		}
		fmt.Println()
	}
	var moves []string
	hanoi(4, "A", "C", "B", &moves)
	fmt.Println(len(moves), strings.Join(moves[:7], " "))
	p := sieve(200)
	fmt.Println(len(p), p[len(p)-5:])
	for _, n := range []int{1990, 2008, 1666, 3999, 4, 14} {
		r := toRoman(n)
		fmt.Printf("%d=%s=%d ", n, r, fromRoman(r))
	}
	fmt.Println()
	for _, s := range []string{"49927398716", "49927398717", "1234567812345678", "1234567812345670"} {
		fmt.Println(s, luhn(s))
	}
}
