package main

func main() {
	_ = 'ab' // ERROR "more than one character in rune literal"
	_ = '' // ERROR "empty rune literal or unescaped '"
	_ = '\q' // ERROR "unknown escape"
	_ = "\z" // ERROR "unknown escape"
	_ = '\400' // ERROR "octal escape value 256 > 255"
	_ = "\xZZ" // ERROR "invalid character 'Z' in hexadecimal escape"
	_ = '\uD800' // ERROR "escape is invalid Unicode code point U\+D800"
	_ = "\U00110000" // ERROR "escape is invalid Unicode code point U\+110000"
}
