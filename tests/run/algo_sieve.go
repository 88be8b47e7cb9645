package main

func main() {
	const N = 200
	composite := make([]bool, N+1)
	count := 0
	for i := 2; i <= N; i++ {
		if composite[i] {
			continue
		}
		count++
		print(i, " ")
		for j := i * i; j <= N; j += i {
			composite[j] = true
		}
	}
	println()
	println("primes below", N, ":", count)
	// bigger sieve, only count
	const M = 1000000
	sieve := make([]bool, M+1)
	c := 0
	for i := 2; i <= M; i++ {
		if !sieve[i] {
			c++
			for j := i * i; j <= M; j += i {
				sieve[j] = true
			}
		}
	}
	println("primes up to 1e6:", c)
}
