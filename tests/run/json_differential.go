package main

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"strings"
)

type E struct {
	A int `json:"a"`
	B string
}
type T struct {
	E
	X  int            `json:"x,omitempty"`
	Y  []float64      `json:"y"`
	Z  map[string]any `json:"z"`
	P  *E             `json:"p"`
	Q  bool           `json:",string"`

	I  any
	S8 int8
	U  uint16
	R  []byte
	Ar [2]string
}
type T2 struct {
	X  int `json:"x,omitempty"`
	Y  []float64
	Z  map[string]any
	P  *E
	Q  bool `json:",string"`
	I  any
	S8 int8
	U  uint16
	R  []byte
	Ar [2]string
	E
}

var pieces = []string{"{", "}", "[", "]", ",", ":", `"a"`, `"x"`, `"y"`, `"z"`, `"p"`, `"Q"`, `"S8"`, `"U"`, `"R"`, `"Ar"`, `"I"`, `"B"`, "1", "-2", "3.5", "1e3", "300", "-129", "true", "false", "null", `"s"`, `"true"`, `"aGk="`, " ", "\n", `"\u00e9"`, "tru", "0x1", `"\q"`, "70000"}

func gen(rng *rand.Rand, depth int) string {
	if depth > 3 || rng.Intn(4) == 0 {
		switch rng.Intn(8) {
		case 0:
			return "1"
		case 1:
			return `"s"`
		case 2:
			return "null"
		case 3:
			return "[1,2]"
		case 4:
			return "true"
		case 5:
			return "-3.25e1"
		case 6:
			return `"aGk="`
		}
		return "300"
	}
	keys := []string{"a", "B", "b", "x", "y", "z", "p", "Q", "N", "I", "S8", "U", "R", "Ar", "A", "X", "E"}
	if rng.Intn(3) == 0 {
		n := rng.Intn(4)
		parts := make([]string, n)
		for i := range parts {
			parts[i] = gen(rng, depth+1)
		}
		return "[" + strings.Join(parts, ",") + "]"
	}
	n := rng.Intn(5)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = fmt.Sprintf("%q:%s", keys[rng.Intn(len(keys))], gen(rng, depth+1))
	}
	return "{" + strings.Join(parts, ",") + "}"
}

// Random JSON texts (valid and not) decoded into several targets; each error and the
// re-encoded result is printed.
func main() {
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 600; n++ {
		var in string
		if n%3 == 0 {
			var sb strings.Builder
			for i := rng.Intn(8); i >= 0; i-- {
				sb.WriteString(pieces[rng.Intn(len(pieces))])
			}
			in = sb.String()
		} else {
			in = gen(rng, 0)
		}
		fmt.Printf("%q\n", in)
		check := func(a any) {
			err := json.Unmarshal([]byte(in), a)
			b, merr := json.Marshal(a)
			fmt.Printf("  %v|%s|%v\n", err, b, merr)
		}
		check(&T{})
		check(&T2{})
		var x any
		check(&x)
		check(&map[string]int{})
		check(&[]int8{})
		var ip *int
		check(&ip)
		b, _ := json.MarshalIndent(x, "", "  ")
		fmt.Println(string(b))
	}
}
