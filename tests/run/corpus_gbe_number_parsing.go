package main

import (
	"fmt"
	"strconv"
)

func main() {
	f, _ := strconv.ParseFloat("1.234", 64)
	fmt.Println(f)
	i, _ := strconv.ParseInt("123", 0, 64)
	fmt.Println(i)
	d, _ := strconv.ParseInt("0x1c8", 0, 64)
	fmt.Println(d)
	u, _ := strconv.ParseUint("789", 0, 64)
	fmt.Println(u)
	k, _ := strconv.Atoi("135")
	fmt.Println(k)
	_, e := strconv.Atoi("wat")
	fmt.Println(e)
	for _, s := range []string{"9223372036854775808", "-0b101", "0o17", "1_000", "08", "", " 1"} {
		v, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(v, err)
	}
	for _, s := range []string{"1e400", "-0", "inf", "NaN", "0x1p-2", "1_0.5", ".5e1", "3.4028235e38"} {
		v, err := strconv.ParseFloat(s, 32)
		fmt.Println(v, err)
	}
	b, err := strconv.ParseBool("T")
	fmt.Println(b, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatFloat(1.0/3, 'g', -1, 32), strconv.FormatFloat(123456789, 'e', 3, 64), strconv.Quote("héllo\n\x00"), strconv.QuoteToASCII("héllo"), strconv.Itoa(-9))
	q, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(q, err)
	_, err = strconv.Unquote(`'ab'`)
	fmt.Println(err)
	fmt.Println(strconv.AppendInt([]byte("x="), 42, 2), string(strconv.AppendQuoteRune(nil, '☺')))
	n, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(n, err)
}
