package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(b, len(b))
	fmt.Println(r, len(r))
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string([]byte{}), string([]rune{0x4e16, 0x754c}))
	fmt.Println(string(rune(65)), string(rune(0x1F600)))
	var nilb []byte
	fmt.Printf("%q\n", string(nilb))
	bs := []byte("abc")
	bs = append(bs, "def"...)
	fmt.Println(string(bs))
	rs := []rune("a\xffb")
	fmt.Println(rs)
	fmt.Println(string([]rune{-1, 'x'}))
	for i, c := range []byte("hi") {
		fmt.Println(i, c)
	}
	type MyString string
	ms := MyString("named")
	fmt.Println(string(ms), []byte(ms))
	type Bytes []byte
	fmt.Println(string(Bytes("xyz")))
	// modifying the []byte does not change the string
	orig := "immutable"
	cp := []byte(orig)
	for i := range cp {
		cp[i] = '_'
	}
	fmt.Println(orig, string(cp))
	// copy from string into bytes
	dst := make([]byte, 3)
	n := copy(dst, "wxyz")
	fmt.Println(n, string(dst))
}
