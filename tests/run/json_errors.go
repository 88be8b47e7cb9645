package main

import (
	"encoding/json"
	"fmt"
)

type In struct {
	A int `json:"a"`
}
type T struct {
	X  int
	In In
}

func main() {
	b, _ := json.Marshal("a\b\f\n\r\t\x01<>&\u2028\xff\"\\")
	fmt.Println(string(b))
	var t T
	err := json.Unmarshal([]byte(`{"X":"s"}`), &t)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"In":{"a":"s"}}`), &t)
	fmt.Println(err)
	var x []int
	err = json.Unmarshal([]byte(`[1,"a",3]`), &x)
	fmt.Println(err, x)
	var m map[string]int
	fmt.Println(json.Unmarshal([]byte(`{"a":1.5}`), &m), m)
	fmt.Println(json.Unmarshal([]byte(`{"a":1,}`), &m))
	fmt.Println(json.Unmarshal([]byte(`[1 2]`), &x))
	fmt.Println(json.Unmarshal([]byte(`tru`), &x))
	fmt.Println(json.Unmarshal([]byte(`"\x"`), &x))
	fmt.Println(json.Unmarshal([]byte(`1e`), &x))
	fmt.Println(json.Unmarshal([]byte(`{1:2}`), &x))
	fmt.Println(json.Unmarshal([]byte(`1 2`), &x))
	fmt.Println(json.Unmarshal([]byte(`99999999999999999999`), new(int)))
	fmt.Println(json.Unmarshal([]byte(`300`), new(int8)))
	fmt.Println(json.Unmarshal([]byte(`-1`), new(uint)))
	fmt.Println(json.Unmarshal([]byte(`1`), nil), json.Unmarshal([]byte(`1`), t))
	var e *T
	fmt.Println(json.Unmarshal([]byte(`1`), e))
	fmt.Println(json.Marshal(func() {}))
	fmt.Println(json.Marshal(map[bool]int{true: 1}))
	fmt.Println(json.Marshal(1e21))
	b, _ = json.Marshal([]float64{1e-7, 1e20, 1e21, 0.000001, 3.0, -0.0, 123456789.123, float64(float32(0.1))})
	fmt.Println(string(b))
	b, _ = json.Marshal([]float32{1e-7, 0.1, 3.4e38})
	fmt.Println(string(b))
}
