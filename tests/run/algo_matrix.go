package main

type Matrix [][]float64

func identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]float64, n)
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	n, k, p := len(a), len(b), len(b[0])
	out := make(Matrix, n)
	for i := 0; i < n; i++ {
		out[i] = make([]float64, p)
		for j := 0; j < p; j++ {
			var s float64
			for x := 0; x < k; x++ {
				s += a[i][x] * b[x][j]
			}
			out[i][j] = s
		}
	}
	return out
}

func fibMatrix(n int) int {
	result := [2][2]int{{1, 0}, {0, 1}}
	base := [2][2]int{{1, 1}, {1, 0}}
	mul := func(a, b [2][2]int) [2][2]int {
		var c [2][2]int
		for i := 0; i < 2; i++ {
			for j := 0; j < 2; j++ {
				for k := 0; k < 2; k++ {
					c[i][j] += a[i][k] * b[k][j]
				}
			}
		}
		return c
	}
	for n > 0 {
		if n&1 == 1 {
			result = mul(result, base)
		}
		base = mul(base, base)
		n >>= 1
	}
	return result[0][1]
}

func main() {
	a := Matrix{{1, 2}, {3, 4}}
	b := Matrix{{5, 6}, {7, 8}}
	c := a.Mul(b)
	for _, row := range c {
		println(int(row[0]), int(row[1]))
	}
	id := identity(2)
	d := a.Mul(id)
	println(d[0][0] == 1, d[1][1] == 4)
	println(fibMatrix(10), fibMatrix(50), fibMatrix(90))
	const N = 60
	m := make(Matrix, N)
	for i := range m {
		m[i] = make([]float64, N)
		for j := range m[i] {
			m[i][j] = float64((i*j)%7) - 3
		}
	}
	p := m.Mul(m).Mul(m)
	tr := 0.0
	for i := 0; i < N; i++ {
		tr += p[i][i]
	}
	println(int64(tr))
}
