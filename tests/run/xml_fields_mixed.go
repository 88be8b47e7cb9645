package main

import (
	"encoding/xml"
	"fmt"
	"time"
)

type inner struct {
	Hidden string `xml:"hidden"`
}

type Mixed struct {
	XMLName xml.Name `xml:"mixed"`
	Skip    string   `xml:"-"`
	Dash    string   `xml:"-,"`
	inner
	Com   string    `xml:",comment"`
	Kids  []any     `xml:"kid"`
	Text  string    `xml:",chardata"`
	Flags []string  `xml:"flag,attr"`
	On    bool      `xml:"on,attr,omitempty"`
	Off   bool      `xml:"off,attr,omitempty"`
	Z     int       `xml:"z,attr,omitempty"`
	Plain string    `xml:",attr"`
	TP    *time.Time `xml:"tp,attr"`
	T     time.Time `xml:"t"`
	Items []Item    `xml:"items>item"`
	Last  string    `xml:"last"`
	unexp string
}

type Item struct {
	V int `xml:",chardata"`
}

type Wrap struct {
	C string `xml:",comment"`
	X string `xml:"x"`
}

func main() {
	tm := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	m := Mixed{Skip: "s", Dash: "d", inner: inner{"h"}, Com: "c1", Kids: []any{1, "two", 3.5, true, Item{7}, nil}, Text: "text",
		Flags: []string{"a", "b"}, On: true, Plain: "p", TP: &tm, T: tm, Items: []Item{{1}, {2}}, Last: "l", unexp: "u"}
	out, err := xml.MarshalIndent(m, "", "  ")
	fmt.Println(string(out), err)
	var back Mixed
	err = xml.Unmarshal(out, &back)
	fmt.Println(err, back.Skip, back.Dash, back.Hidden, back.Com, len(back.Kids), back.Text, back.Flags, back.On, back.Plain, back.TP.Equal(tm), back.T.Equal(tm), back.Items, back.Last)
	out, err = xml.MarshalIndent(Wrap{C: "first", X: "x"}, "", "  ")
	fmt.Println(string(out), err)
	out, err = xml.MarshalIndent([]any{1, "a", Item{3}, []int{4, 5}}, "", " ")
	fmt.Println(string(out), err)
	var it Item
	fmt.Println(xml.Unmarshal([]byte(`<item>  12  </item>`), &it), it.V)
	fmt.Println(xml.Unmarshal([]byte(`<item>1.5</item>`), &it), it.V)
	var f32 float32
	fmt.Println(xml.Unmarshal([]byte(`<f>1e39</f>`), &f32), f32)
	var u8 uint8
	fmt.Println(xml.Unmarshal([]byte(`<f>-1</f>`), &u8), u8)
	var arr [3]byte
	fmt.Println(xml.Unmarshal([]byte(`<f>abc</f>`), &arr), arr)
	var ia [2]int
	fmt.Println(xml.Unmarshal([]byte(`<f>1</f>`), &ia), ia)
	var tm2 time.Time
	fmt.Println(xml.Unmarshal([]byte(`<t>bad</t>`), &tm2))
}
