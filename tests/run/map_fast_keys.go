// Maps keyed by one-word scalars and by strings take a specialised hash and compare path,
// and `m[k] op= v` reuses the slot the lookup found. This checks those paths against
// deletes, slot reuse, equal strings at different addresses, wide keys and wide entries.
package main

import (
	"fmt"
	"sort"
)

type big struct{ a, b, c, d, e int }

func main() {
	// string keys built at run time: equal contents at different addresses
	words := map[string]int{}
	parts := []string{"ab", "cd", "ab", "ef", "cd", "ab"}
	for i, p := range parts {
		b := []byte(p)
		k := string(b)
		words[k]++
		words[k] += i
		if i == 3 {
			delete(words, "cd")
		}
	}
	words[""] += 7
	words[""]++
	fmt.Println(len(words), words["ab"], words["cd"], words["ef"], words[""])

	// int keys, negative and large, with delete and reuse of the freed slot
	m := map[int64]int{}
	for i := int64(-5); i < 5; i++ {
		m[i*1000003] = int(i)
	}
	delete(m, -5000015)
	m[1<<62] += 3
	m[1<<62] *= 5
	m[-1<<63]--
	x := m[0]
	m[0] = x + 100
	keys := make([]int64, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()

	// the last found slot goes stale: delete then insert another key into the same slot
	s := map[string]int{"a": 1, "b": 2}
	_ = s["a"]
	delete(s, "a")
	s["c"] = 3
	s["a"] += 10
	fmt.Println(s["a"], s["b"], s["c"], len(s))

	// small integer kinds, bool, pointers and channels as keys
	u8 := map[uint8]int{}
	for i := 0; i < 600; i++ {
		u8[uint8(i)]++
	}
	fmt.Println(len(u8), u8[0], u8[88], u8[255])
	bm := map[bool]string{true: "t"}
	bm[false] += "f"
	bm[true] += "!"
	fmt.Println(bm[true], bm[false])
	p1, p2 := new(int), new(int)
	pm := map[*int]int{p1: 1}
	pm[p2] += 2
	pm[p1] += 10
	fmt.Println(pm[p1], pm[p2], len(pm))
	c1 := make(chan int)
	cm := map[chan int]bool{c1: true}
	fmt.Println(cm[c1], cm[make(chan int)])

	// wide keys and wide entries
	wide := map[big][3]string{}
	for i := 0; i < 20; i++ {
		k := big{i, i * 2, i * 3, i * 4, i * 5}
		v := wide[k]
		v[i%3] = fmt.Sprint(i)
		wide[k] = v
	}
	wide[big{1, 2, 3, 4, 5}] = [3]string{"x", "y", "z"}
	total := 0
	for k, v := range wide {
		total += k.e
		for _, s := range v {
			total += len(s)
		}
	}
	fmt.Println(len(wide), total, wide[big{19, 38, 57, 76, 95}])

	// float keys keep Go's NaN and signed-zero rules
	nan := 0.0
	nan = nan / nan
	fm := map[float64]int{}
	fm[nan]++
	fm[nan]++
	negz := 0.0
	negz = -negz
	fm[0.0] += 1
	fm[negz] += 1
	fmt.Println(len(fm), fm[0])

	// conversions between strings and byte slices
	var empty []byte
	es := string(empty)
	bs := []byte("")
	fmt.Println(len(es), len(bs), string([]byte("héllo")), []byte("hi"))
}
