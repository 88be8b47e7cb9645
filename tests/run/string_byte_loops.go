package main

func toUpperASCII(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c -= 32
		}
		b[i] = c
	}
	return string(b)
}

func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	n := 0
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	if neg {
		n = -n
	}
	return n, true
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func main() {
	println(toUpperASCII("hello, world 123 é"))
	for _, s := range []string{"42", "-17", "", "12a", "0"} {
		n, ok := atoi(s)
		println(s, n, ok)
	}
	println(itoa(0), itoa(12345), itoa(-987))
	s := "mississippi"
	counts := [256]int{}
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	for c := 'a'; c <= 'z'; c++ {
		if counts[c] > 0 {
			print(string(c), counts[c], " ")
		}
	}
	println()
	// compare strings byte by byte
	a, b := "apple", "apricot"
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	println("common prefix:", a[:i])
	// string from byte slice subrange shares nothing
	bs := []byte("abcdef")
	sub := string(bs[2:4])
	bs[2] = 'X'
	println(sub, string(bs))
}
