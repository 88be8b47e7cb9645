package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created,omitempty"`
}

type Person struct {
	Base
	Name     string            `json:"name"`
	Age      int               `json:"age,string"`
	Email    string            `json:"-"`
	Tags     []string          `json:"tags"`
	Addr     *Address          `json:"addr,omitempty"`
	Meta     map[string]any    `json:"meta,omitempty"`
	Scores   map[int]float64   `json:"scores"`
	Raw      json.RawMessage   `json:"raw,omitempty"`
	Data     []byte            `json:"data"`
	private  int
	Ratio    float32
	Nums     [3]int8
	Nested   struct{ A, B int }
	Iface    fmt.Stringer
	Dur      time.Duration
}

type Color int

func (c Color) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"color": %d}`, int(c))), nil
}

type Temp float64

func (t *Temp) UnmarshalJSON(b []byte) error {
	var f float64
	if err := json.Unmarshal(b, &f); err != nil {
		return err
	}
	*t = Temp(f * 10)
	return nil
}

type Level int

func (l Level) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("L%d", int(l))), nil }
func (l *Level) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "L%d", (*int)(l))
	return err
}

func main() {
	p := Person{Base: Base{ID: 7}, Name: "Ann <&>", Age: 30, Email: "x", Tags: nil,
		Addr: &Address{Street: "Main"}, Scores: map[int]float64{2: 1.5, 10: 2, -1: 0},
		Raw: json.RawMessage(`{"k": [1, 2]}`), Data: []byte("hello!?"), Ratio: 0.1,
		Nums: [3]int8{-1, 2, 3}, Dur: time.Second}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(map[string]any{"z": []int{}, "a": map[string]int{}, "m": []any{1, "x", nil, true, 2.5}}, ">", "  ")
	fmt.Println(string(b))
	b, _ = json.Marshal([]any{Color(3), Level(2), map[Level]int{4: 1}, json.Number("12.5e3"), uint8(3), int64(-9)})
	fmt.Println(string(b))

	var q Person
	err = json.Unmarshal([]byte(`{"id": 9, "NAME": "Bob", "age": "41", "tags": ["a","b"], "addr": {"street": "S", "city": "C"},
		"meta": {"x": [1, {"y": null}], "z": 1e3}, "scores": {"3": 4.5}, "raw": [ 1 , 2 ], "data": "aGk=", "Ratio": 2.5,
		"Nums": [1,2,3,4], "Nested": {"A": 1}, "unknown": 5}`), &q)
	fmt.Println(err)
	fmt.Printf("%+v %+v %v %s %s %v\n", q.Base, *q.Addr, q.Meta, q.Raw, q.Data, q.Scores)
	fmt.Println(q.Name, q.Age, q.Tags, q.Ratio, q.Nums, q.Nested)

	var anyv any
	json.Unmarshal([]byte(`{"b": [true, null, -0.5, "s"], "a": {}}`), &anyv)
	fmt.Printf("%v %T\n", anyv, anyv.(map[string]any)["b"].([]any)[2])

	var temps []Temp
	fmt.Println(json.Unmarshal([]byte(`[1.5, 2]`), &temps), temps)
	var lv map[Level]Level
	fmt.Println(json.Unmarshal([]byte(`{"L1": "L2"}`), &lv), lv)

	dec := json.NewDecoder(strings.NewReader(`{"a": 1} {"a": 2}
[1, 2] "str" 3.25`))
	for {
		var v any
		if err := dec.Decode(&v); err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%v ", v)
	}
	fmt.Println()
	dec = json.NewDecoder(strings.NewReader(`{"list": [{"n": 1}, {"n": 2}], "ok": true}`))
	for {
		t, err := dec.Token()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%T:%v ", t, t)
	}
	fmt.Println()
	dec = json.NewDecoder(strings.NewReader(`[{"n": 1}, {"n": 2}]`))
	dec.Token()
	for dec.More() {
		var m struct{ N int }
		dec.Decode(&m)
		fmt.Print(m.N, " ")
	}
	fmt.Println()
	dec = json.NewDecoder(strings.NewReader(`{"x": 1, "y": 2}`))
	dec.DisallowUnknownFields()
	var onlyX struct{ X int }
	fmt.Println(dec.Decode(&onlyX))
	dec = json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890}`))
	dec.UseNumber()
	var nm map[string]any
	dec.Decode(&nm)
	fmt.Printf("%v %T\n", nm["n"], nm["n"])

	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]string{"html": "<b>"})
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "\t")
	enc.Encode(map[string]any{"html": "<b>", "list": []int{1, 2}})

	var buf bytes.Buffer
	json.Indent(&buf, []byte(`{"a":[1,2,{}],"b":{"c":"d"}}`), "", "  ")
	fmt.Println(buf.String())
	buf.Reset()
	json.Compact(&buf, []byte("{ \"a\" : [ 1 , 2 ] }"))
	fmt.Println(buf.String(), json.Valid([]byte(`{"a":}`)), json.Valid([]byte(`[1]`)))
	buf.Reset()
	json.HTMLEscape(&buf, []byte(`{"x":"<a>&"}`))
	fmt.Println(buf.String())

	type Emb struct{ A int }
	type Dup struct {
		Emb
		A int `json:"A"`
	}
	b, _ = json.Marshal(Dup{Emb{1}, 2})
	fmt.Println(string(b))
	var n json.Number = "42"
	i, _ := n.Int64()
	f, _ := n.Float64()
	fmt.Println(i, f, n.String())
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{"a" 1}`), &anyv)
	if e, ok := err.(*json.SyntaxError); ok {
		se = e
	}
	fmt.Println(err, se.Offset)
	var ute struct{ In struct{ V int } }
	err = json.Unmarshal([]byte(`{"In": {"V": "x"}}`), &ute)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"m": {"k": "x"}}`), &struct{ M map[string]int }{})
	fmt.Println(err)
	fmt.Println(json.Marshal(struct{ C chan int }{}))
	_, err = json.Marshal(map[string]float64{"nan": 0 * 0})
	fmt.Println(err)
}
