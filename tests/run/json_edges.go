package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
)

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return []byte(`{bad`), nil }

type Failing struct{}

func (Failing) MarshalJSON() ([]byte, error) { return nil, errors.New("nope") }

type Inner struct{ X, Y int }
type Outer struct {
	*Inner
	Z int `json:"z,omitempty"`
}

type A1 struct{ Name string }
type A2 struct{ Name string }
type Both struct {
	A1
	A2
	Other int
}

type Opt struct {
	I  int     `json:",omitempty"`
	F  float64 `json:",omitempty"`
	S  string  `json:",omitempty"`
	P  *int    `json:",omitempty"`
	M  map[string]int `json:",omitempty"`
	B  bool    `json:"b,omitempty"`
	St struct{} `json:",omitempty"`
	Q  bool    `json:",string"`
	N  int64   `json:"n,string"`
}

func main() {
	_, err := json.Marshal(Bad{})
	fmt.Println(err)
	_, err = json.Marshal(Failing{})
	fmt.Println(err, errors.Unwrap(err))
	b, _ := json.Marshal(Outer{Z: 0})
	fmt.Println(string(b))
	b, _ = json.Marshal(Outer{Inner: &Inner{1, 2}, Z: 3})
	fmt.Println(string(b))
	var o Outer
	fmt.Println(json.Unmarshal([]byte(`{"X": 5, "z": 6}`), &o), o.Inner.X, o.Z)
	b, _ = json.Marshal(Both{A1{"a"}, A2{"b"}, 1})
	fmt.Println(string(b))
	b, _ = json.Marshal(Opt{Q: true, N: 12})
	fmt.Println(string(b))
	var opt Opt
	fmt.Println(json.Unmarshal([]byte(`{"Q": "false", "n": "-5"}`), &opt), opt.Q, opt.N)
	fmt.Println(json.Unmarshal([]byte(`{"n": 5}`), &opt))
	fmt.Println(json.Unmarshal([]byte(`{"n": "x"}`), &opt))
	_, err = json.Marshal(math.Inf(1))
	fmt.Println(err)
	b, _ = json.Marshal([]float64{math.MaxFloat64, math.SmallestNonzeroFloat64, -1.5e-10, 1e6, 123456789012345678})
	fmt.Println(string(b))

	// Existing values are updated in place.
	m := map[string]int{"keep": 1}
	json.Unmarshal([]byte(`{"new": 2}`), &m)
	fmt.Println(m)
	s := []int{9, 9, 9, 9}
	json.Unmarshal([]byte(`[1, 2]`), &s)
	fmt.Println(s, len(s))
	arr := [3]int{7, 7, 7}
	json.Unmarshal([]byte(`[1]`), &arr)
	fmt.Println(arr)
	p := &Inner{X: 1}
	var holder any = p
	json.Unmarshal([]byte(`{"Y": 4}`), &holder)
	fmt.Println(*p)
	ip := new(int)
	json.Unmarshal([]byte(`null`), &ip)
	fmt.Println(ip == nil)
	var f32 float32
	json.Unmarshal([]byte(`0.1`), &f32)
	fmt.Println(f32)
	var big float64
	json.Unmarshal([]byte(`9007199254740993`), &big)
	fmt.Println(big)
	var iface fmt.Stringer
	fmt.Println(json.Unmarshal([]byte(`"x"`), &iface))
	var str string
	fmt.Println(json.Unmarshal([]byte(`"\u00e9\ud83d\ude00\ud800x\n\"\/"`), &str), str)
	fmt.Println(json.Unmarshal([]byte("\"a\tb\""), &str))
	fmt.Println(json.Unmarshal([]byte(`[1,2`), &s))
	fmt.Println(json.Unmarshal([]byte(``), &s))
	fmt.Println(json.Unmarshal([]byte(`  `), &s))
	fmt.Println(json.Unmarshal([]byte(`{"a"`), &m))
	fmt.Println(json.Unmarshal([]byte(`nul`), &m))
	fmt.Println(json.Unmarshal([]byte(`-`), &m))
	fmt.Println(json.Unmarshal([]byte(`1.`), &m))
	fmt.Println(json.Unmarshal([]byte(`[1.x]`), &m))
	fmt.Println(json.Unmarshal([]byte(`"\ug"`), &m))
	fmt.Println(json.Unmarshal([]byte(`{"a":1 "b":2}`), &m))
	fmt.Println(json.Unmarshal([]byte(`'x'`), &m))
	fmt.Println(json.Unmarshal([]byte("\xff"), &m))
	fmt.Println(json.Unmarshal([]byte(`[1,]`), &s))
	fmt.Println(json.Unmarshal([]byte(`{"a":true}`), &m))
	fmt.Println(json.Unmarshal([]byte(`{"a":[1]}`), &m))
	fmt.Println(json.Unmarshal([]byte(`{"a":{}}`), &m))
	fmt.Println(json.Unmarshal([]byte(`{"X":1.5}`), &o))
	type Q struct {
		B bool `json:",string"`
		U uint16
		R []int
	}
	for _, in := range []string{`{"U":[],"B":"s","R":[1]}`, `{"B":"tru","R":[1]}`, `{"B":"","R":[2]}`, `{"B":"nul"}`, `{"B":"1x"}`, `{"B":[]}`} {
		var q Q
		fmt.Println(json.Unmarshal([]byte(in), &q), q)
	}
	var bs []byte
	fmt.Println(json.Unmarshal([]byte(`"!!"`), &bs))
	var e *json.UnmarshalTypeError
	err = json.Unmarshal([]byte(`{"X":"s"}`), &o)
	if errors.As(err, &e) {
		fmt.Println(e.Value, e.Type, e.Struct, e.Field)
	}
}
