package main

func main() {
	const N = 5000000
	s := make([]int32, N)
	for i := range s {
		s[i] = int32(i & 1023)
	}
	var sum int64
	for _, v := range s {
		sum += int64(v)
	}
	println(sum)
	m := make(map[int]int)
	for i := 0; i < 200000; i++ {
		m[i*7] = i
	}
	println(len(m), m[7*199999])
	var grow []string
	for i := 0; i < 100000; i++ {
		grow = append(grow, "x")
	}
	println(len(grow))
	b := make([]byte, 0)
	for i := 0; i < 1<<20; i++ {
		b = append(b, byte(i))
	}
	println(len(b), b[1<<20-1])
}
