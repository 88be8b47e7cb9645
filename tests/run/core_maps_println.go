package main

func sortedKeys(m map[string]int) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

type P struct{ X, Y int }

func main() {
	m := map[string]int{}
	for _, w := range []string{"b", "a", "c", "a", "b", "a"} {
		m[w]++
	}
	for _, k := range sortedKeys(m) {
		println(k, m[k])
	}
	v, ok := m["zz"]
	println(v, ok, len(m))
	delete(m, "a")
	println(len(m))
	var nm map[string]int
	println(nm["x"], len(nm), nm == nil)
	pm := map[P]string{{1, 2}: "a"}
	pm[P{1, 2}] += "b"
	println(pm[P{1, 2}], len(pm))
	am := map[[2]int]int{}
	am[[2]int{1, 1}]++
	am[[2]int{1, 1}]++
	println(am[[2]int{1, 1}])
	im := map[interface{}]int{}
	im[1] = 1
	im["1"] = 2
	im[P{0, 0}] = 3
	println(len(im), im[1], im["1"], im[P{}])
	fm := map[float64]int{}
	zero := 0.0
	nan := zero / zero
	fm[nan] = 1
	fm[nan] = 2
	println(len(fm))
	mm := map[int]map[int]int{}
	for i := 0; i < 3; i++ {
		mm[i] = map[int]int{i: i * i}
	}
	println(mm[2][2], len(mm))
	big := map[int]int{}
	for i := 0; i < 10000; i++ {
		big[i] = i
	}
	for k := range big {
		if k%3 != 0 {
			delete(big, k)
		}
	}
	println(len(big))
	clear(big)
	println(len(big))
}
