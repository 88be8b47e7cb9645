package main

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func mergesort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	l, r := mergesort(a[:m]), mergesort(a[m:])
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func main() {
	a := []int{38, 27, 43, 3, 9, 82, 10, -5, 27, 0}
	b := append([]int(nil), a...)
	quicksort(a)
	for _, v := range a {
		print(v, " ")
	}
	println()
	m := mergesort(b)
	for _, v := range m {
		print(v, " ")
	}
	println()
	// pseudo-random large input via LCG
	n := 100000
	big := make([]int, n)
	x := uint32(12345)
	for i := range big {
		x = x*1664525 + 1013904223
		big[i] = int(x >> 8)
	}
	quicksort(big)
	ok := true
	for i := 1; i < n; i++ {
		if big[i-1] > big[i] {
			ok = false
		}
	}
	println("sorted:", ok, big[0] <= big[n-1])
	// binary search
	target := big[n/3]
	lo, hi := 0, n
	for lo < hi {
		mid := (lo + hi) / 2
		if big[mid] < target {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	println("found:", big[lo] == target)
}
