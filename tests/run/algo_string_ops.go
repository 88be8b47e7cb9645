package main

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	return s == reverse(s)
}

func wordCount(s string) map[string]int {
	m := map[string]int{}
	word := ""
	for _, c := range s + " " {
		if c == ' ' || c == ',' || c == '.' {
			if word != "" {
				m[word]++
				word = ""
			}
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		word += string(c)
	}
	return m
}

func caesar(s string, k int) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+byte(k))%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+byte(k))%26
		}
	}
	return string(b)
}

func main() {
	println(reverse("hello, 世界"))
	println(isPalindrome("racecar"), isPalindrome("abc"), isPalindrome("日本日"))
	wc := wordCount("The cat and the hat. The end, cat")
	println(wc["the"], wc["cat"], wc["hat"], wc["end"], len(wc))
	enc := caesar("Hello, World!", 3)
	println(enc, caesar(enc, 23))
	// build string with repeated concatenation
	s := ""
	for i := 0; i < 10; i++ {
		s += string(rune('a' + i))
	}
	println(s, len(s))
	// byte-level manipulation
	bs := []byte("abc")
	bs[0] ^= 0x20
	println(string(bs))
	// count vowels
	n := 0
	for _, c := range "programming language" {
		switch c {
		case 'a', 'e', 'i', 'o', 'u':
			n++
		}
	}
	println("vowels:", n)
}
