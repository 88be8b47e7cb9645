// Layout (Indent/Compact/HTMLEscape), string escaping and decoding corners of
// encoding/json, compared with real Go.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"
)

type Inner struct{ X, Y int }
type inner struct{ Z int }
type Outer struct {
	*Inner
	*inner
	Name string  `json:"name,omitempty"`
	F    float64 `json:",omitempty"`
	P    *int    `json:",omitempty"`
	Q    any     `json:",omitempty"`
	S    []int   `json:",omitempty"`
	N    int64   `json:",string"`
}

func main() {
	src := []byte(` { "a" : [ 1 , 2 , { } , [ ] , "x \" <&> \u2028" ] , "b" : { "c" : null } } `)
	var buf bytes.Buffer
	fmt.Println(json.Indent(&buf, src, ">", "\t"), buf.String())
	buf.Reset()
	fmt.Println(json.Compact(&buf, src), buf.String())
	buf.Reset()
	json.HTMLEscape(&buf, []byte("{\"k\":\"<a href='x'>&amp;\u2028\u2029\u2027 é\"}"))
	fmt.Println(buf.String())
	buf.Reset()
	fmt.Println(json.Indent(&buf, []byte(`{"a":}`), "", " "), buf.Len())
	var all []rune
	for r := rune(0); r < 0x80; r++ {
		all = append(all, r)
	}
	s := string(all) + "\u2028\u2029\ufffd" + "\xff\xfe" + "ok\xc3" + "é"
	b, _ := json.Marshal(s)
	fmt.Println(string(b))
	var enc bytes.Buffer
	e := json.NewEncoder(&enc)
	e.SetEscapeHTML(false)
	e.SetIndent("", "  ")
	e.Encode(map[string]any{"h": "<&>", "l": []any{1, "x", nil, map[string]int{}}})
	fmt.Print(enc.String())
	for _, f := range []float32{1e-6, 9.999999e-7, 1e21, 1e20, float32(math.SmallestNonzeroFloat32), -0} {
		b, _ := json.Marshal(f)
		fmt.Print(string(b), " ")
	}
	for _, f := range []float64{1e-6, 9.999999999e-7, 1e21, 1e20, 123456789e-15, -1e-7, math.Copysign(0, -1)} {
		b, _ := json.Marshal(f)
		fmt.Print(string(b), " ")
	}
	fmt.Println()
	n := 0
	b, err := json.Marshal(Outer{F: math.Copysign(0, -1), P: &n, Q: (*int)(nil), S: []int{}, N: 7})
	fmt.Println(string(b), err)
	var o Outer
	err = json.Unmarshal([]byte(`{"X":1,"Z":2,"name":"n","N":"12"}`), &o)
	fmt.Println(o.Inner, o.inner, o.Name, o.N, err)
	dec := json.NewDecoder(strings.NewReader(`{"a": [1, "two", {"b": true}] , "c" : null} [}`))
	for {
		t, err := dec.Token()
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Printf("%T %v more=%v\n", t, t, dec.More())
	}
	for _, in := range []string{`[1 2]`, `{"a" 1}`, `{"a":1 "b"}`, `{1:2}`, `[,]`, `{,}`, `:`} {
		d := json.NewDecoder(strings.NewReader(in))
		var last error
		for i := 0; i < 6; i++ {
			if _, last = d.Token(); last != nil {
				break
			}
		}
		fmt.Printf("%s -> %v\n", in, last)
	}
	var rm *json.RawMessage
	fmt.Println(rm.UnmarshalJSON([]byte("1")))
	var m8 map[int8]string
	fmt.Println(json.Unmarshal([]byte(`{"1":"a","300":"b","x":"c"}`), &m8), m8)
	var mu map[uint16]bool
	fmt.Println(json.Unmarshal([]byte(`{"65535":true,"-1":false}`), &mu), mu)
	sl := make([]int, 1, 10)
	fmt.Println(json.Unmarshal([]byte(`[4,5,6]`), &sl), sl, cap(sl))
	var arr [2]int = [2]int{9, 9}
	fmt.Println(json.Unmarshal([]byte(`[1]`), &arr))
	fmt.Println(arr)
	fmt.Println(json.Unmarshal([]byte(`[1,2,3]`), &arr))
	fmt.Println(arr)
	var empty []string
	fmt.Println(json.Unmarshal([]byte(`[]`), &empty), empty == nil, len(empty))
	var iface any = &Inner{}
	fmt.Println(json.Unmarshal([]byte(`{"X":5}`), &iface), iface)
	var pp **int
	fmt.Println(json.Unmarshal([]byte(`3`), &pp))
	fmt.Println(**pp)
	fmt.Println(json.Unmarshal([]byte(`null`), &pp))
	fmt.Println(pp == nil)
	for _, in := range []string{`"x"`, `1.5`, `true`, `null`, `{}`, `[]`} {
		var x struct{ A int }
		var y []bool
		var z float32
		fmt.Println(json.Unmarshal([]byte(in), &x), json.Unmarshal([]byte(in), &y), json.Unmarshal([]byte(in), &z))
	}
	var bad struct{ V int8 }
	fmt.Println(json.Unmarshal([]byte(`{"V": 1000}`), &bad))
	fmt.Println(json.Unmarshal([]byte(`1`), nil), json.Unmarshal([]byte(`1`), 5), json.Unmarshal([]byte(`1`), (*int)(nil)))
	var num json.Number
	fmt.Println(json.Unmarshal([]byte(`"12e3"`), &num), num, json.Unmarshal([]byte(`"abc"`), &num))
	var anyv any
	d := json.NewDecoder(strings.NewReader(`{"n": 1.50}`))
	d.UseNumber()
	fmt.Println(d.Decode(&anyv), anyv)
}
