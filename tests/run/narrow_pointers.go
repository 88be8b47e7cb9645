package main

type S struct {
	a int32
	b int8
	c uint16
	d int64
}

func set32(p *int32, v int32) { *p = v }
func set8(p *int8, v int8)    { *p = v }

var g int32 = -5

func main() {
	arr := [4]int32{1, 2, 3, 4}
	set32(&arr[1], -7)
	println(arr[0], arr[1], arr[2], arr[3])
	s := S{a: -1, b: -2, c: 3, d: 4}
	set32(&s.a, 100)
	set8(&s.b, 5)
	t := s
	println(t.a, t.b, t.c, t.d, s == S{100, 5, 3, 4})
	ps := &s
	set32(&ps.a, -100)
	u := *ps
	println(u.a, u.b, ps.a)
	set32(&g, 9)
	println(g)
	bs := []byte("hello")
	p := &bs[1]
	*p = 'a'
	println(string(bs))
	x := int16(-3)
	q := &x
	*q = 7
	println(x, *q)
	ss := []S{{-1, -1, 1, 1}, {2, 2, 2, 2}}
	set32(&ss[0].a, 1)
	v := ss[0]
	println(v.a, v.b)
}
