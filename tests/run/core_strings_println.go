package main

func main() {
	s := "héllo, 世界!"
	println(len(s), s[0], s[1], s[1:3], s[7:14])
	n := 0
	for i, r := range s {
		n += i
		if r > 127 {
			println("multibyte at", i, r, string(r))
		}
	}
	println(n)
	bad := "a\xffb\xe4\xb8"
	for i, r := range bad {
		println(i, r)
	}
	bs := []byte("abc")
	rs := []rune("日本")
	println(len(bs), len(rs), string(bs[1:]), string(rs[1]), string(rs))
	println("abc" < "abd", "a" < "", "Z" < "a", "x"+"y" == "xy")
	t := "start"
	for i := 0; i < 3; i++ {
		t += "-" + string(rune('0'+i))
	}
	println(t)
	var e string
	println(len(e), e == "", e+"x")
	println(string(rune(0x10FFFF+1)) == "\uFFFD", string(rune(-1)) == "\uFFFD")
	u := []byte{0xe4, 0xb8, 0x96}
	println(string(u), len(string(u)))
	println("tab\tq\"uote\\", `raw\n`)
	b2 := []byte(s)
	b2[0] = 'H'
	println(string(b2), s[0:1])
	r := []rune(bad)
	println(len(r), r[1] == 0xFFFD)
}
