package main

import (
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Inner struct {
	X, Y int16
	note string
}

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct {
	Inner
	W, H float64 `unit:"cm"`
	B    bool
	C    complex64
	U    uint8
	Arr  [3]int32
	M    map[string]int
	Ch   chan int
	F    func(int) int
	Any  any
	Err  error
	P    *Inner
}

func (r Rect) Area() float64  { return r.W * r.H }
func (r Rect) Name() string    { return "rect" }
func (r *Rect) Scale(k float64) { r.W *= k; r.H *= k }
func (r Rect) Sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}
func (r Rect) Pair() (int, error) { return 7, errors.New("pair") }

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

func describe(v reflect.Value, depth int) {
	ind := strings.Repeat("  ", depth)
	t := v.Type()
	switch v.Kind() {
	case reflect.Struct:
		fmt.Printf("%sstruct %s (%d fields)\n", ind, t, v.NumField())
		for i := 0; i < v.NumField(); i++ {
			f := t.Field(i)
			fmt.Printf("%s- %s %v anon=%v exported=%v tag=%q off=%d\n", ind, f.Name, f.Type, f.Anonymous, f.IsExported(), f.Tag, f.Offset)
			describe(v.Field(i), depth+1)
		}
	case reflect.Slice, reflect.Array:
		fmt.Printf("%s%s len=%d\n", ind, v.Kind(), v.Len())
		for i := 0; i < v.Len(); i++ {
			describe(v.Index(i), depth+1)
		}
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		fmt.Printf("%smap %s len=%d\n", ind, t, v.Len())
		for _, k := range keys {
			fmt.Printf("%s  %v => %v\n", ind, k, v.MapIndex(k))
		}
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			fmt.Printf("%s%s nil\n", ind, v.Kind())
			return
		}
		fmt.Printf("%s%s ->\n", ind, v.Kind())
		describe(v.Elem(), depth+1)
	default:
		if v.CanInterface() {
			fmt.Printf("%s%s %v (%s) zero=%v\n", ind, v.Kind(), v.Interface(), t, v.IsZero())
		} else {
			fmt.Printf("%s%s %v (%s, unexported)\n", ind, v.Kind(), v, t)
		}
	}
}

func main() {
	r := Rect{Inner: Inner{1, -2, "n"}, W: 2, H: 3.5, B: true, C: 1 + 2i, U: 200,
		Arr: [3]int32{-1, 0, 1}, M: map[string]int{"b": 2, "a": 1}, Any: MyInt(4),
		Err: errors.New("boom"), P: &Inner{X: 9}}
	describe(reflect.ValueOf(r), 0)

	// Types.
	t := reflect.TypeOf(r)
	fmt.Println(t.Size() > 0, t.Kind() == reflect.Struct, reflect.TypeOf(&r).Elem() == t)
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Println("method", i, m.Name, m.Type, m.Index)
	}
	pt := reflect.TypeOf(&r)
	fmt.Println(pt.NumMethod(), pt.Method(2).Name, pt.Elem().Name())
	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	fmt.Println(shape.Kind(), shape.NumMethod(), t.Implements(shape), pt.Implements(shape), reflect.TypeOf(1).Implements(shape))
	stringer := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	fmt.Println(reflect.TypeOf(MyInt(0)).Implements(stringer), reflect.TypeOf(MyInt(0)).ConvertibleTo(reflect.TypeOf(0)), reflect.TypeOf(MyInt(0)).AssignableTo(reflect.TypeOf(0)))
	fmt.Println(reflect.TypeOf(map[string][]int{}).Key(), reflect.TypeOf(map[string][]int{}).Elem(), reflect.TypeOf([4]byte{}).Len())
	fmt.Println(reflect.TypeOf(make(chan<- int)).ChanDir(), reflect.TypeOf(strings.Repeat).NumIn(), reflect.TypeOf(strings.Repeat).Out(0), reflect.TypeOf(fmt.Printf).IsVariadic())
	sf, ok := t.FieldByName("X")
	fmt.Println(sf.Name, sf.Index, ok, reflect.TypeOf(MyInt(1)).Name(), reflect.TypeOf(MyInt(1)).PkgPath(), reflect.TypeOf([]int{}).Name() == "")
	fmt.Println(reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf(0.5)), reflect.ChanOf(reflect.RecvDir, reflect.TypeOf(0)), reflect.ArrayOf(5, reflect.TypeOf(int8(0))))
	fmt.Println(reflect.FuncOf([]reflect.Type{reflect.TypeOf(0)}, []reflect.Type{reflect.TypeOf(""), reflect.TypeOf(errors.New(""))}, false))
	fmt.Println(reflect.Int.String(), reflect.Pointer.String(), reflect.Kind(99), reflect.StructTag(`a:"1" b:"x y"`).Get("b"))

	// Setters through a pointer.
	v := reflect.ValueOf(&r).Elem()
	v.FieldByName("W").SetFloat(10)
	v.FieldByName("X").SetInt(-300)
	v.Field(3).SetBool(false)
	v.FieldByName("U").SetUint(7)
	v.FieldByName("C").SetComplex(3 - 1i)
	v.FieldByName("Arr").Index(1).SetInt(42)
	v.FieldByName("Any").Set(reflect.ValueOf("now a string"))
	v.FieldByName("M").SetMapIndex(reflect.ValueOf("c"), reflect.ValueOf(3))
	v.FieldByName("M").SetMapIndex(reflect.ValueOf("a"), reflect.Value{})
	v.FieldByName("F").Set(reflect.ValueOf(func(x int) int { return x * x }))
	fmt.Println(r.W, r.X, r.B, r.U, r.C, r.Arr, r.Any, len(r.M), r.M["c"], r.F(9))
	fmt.Println(v.FieldByName("note").CanSet(), v.FieldByName("W").CanSet(), reflect.ValueOf(r).Field(1).CanSet())

	// Calls.
	fmt.Println(reflect.ValueOf(r).MethodByName("Area").Call(nil)[0].Float())
	reflect.ValueOf(&r).MethodByName("Scale").Call([]reflect.Value{reflect.ValueOf(0.5)})
	fmt.Println(r.W, r.H)
	sum := reflect.ValueOf(r).MethodByName("Sum")
	fmt.Println(sum.Type(), sum.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})[0].Int())
	fmt.Println(sum.CallSlice([]reflect.Value{reflect.ValueOf([]int{4, 5})})[0])
	res := reflect.ValueOf(r).MethodByName("Pair").Call(nil)
	fmt.Println(res[0].Int(), res[1].Interface().(error).Error(), res[1].Type())
	var sh Shape = r
	fmt.Println(reflect.ValueOf(&sh).Elem().Method(1).Call(nil)[0])
	m, _ := t.MethodByName("Area")
	fmt.Println(m.Func.Call([]reflect.Value{reflect.ValueOf(r)})[0])
	up := reflect.ValueOf(strings.ToUpper).Call([]reflect.Value{reflect.ValueOf("shout")})
	fmt.Println(up[0], r.F(3))

	// Making values.
	s := reflect.MakeSlice(reflect.TypeOf([]string{}), 0, 1)
	s = reflect.Append(s, reflect.ValueOf("x"), reflect.ValueOf("y"))
	s = reflect.AppendSlice(s, reflect.ValueOf([]string{"z"}))
	fmt.Println(s.Len(), s.Cap() >= 3, s.Interface(), s.Slice(1, 3), s.Index(2))
	dst := make([]string, 2)
	fmt.Println(reflect.Copy(reflect.ValueOf(dst), s), dst)
	z := reflect.Zero(reflect.TypeOf(r))
	fmt.Println(z.IsZero(), z.Field(1).Float(), reflect.ValueOf(r).IsZero())
	n := reflect.New(reflect.TypeOf(Inner{}))
	n.Elem().Field(0).SetInt(5)
	fmt.Printf("%+v %v\n", n.Elem().Interface(), n.Type())
	ch := reflect.MakeChan(reflect.TypeOf(make(chan string)), 2)
	ch.Send(reflect.ValueOf("ping"))
	fmt.Println(ch.Len(), ch.Cap(), ch.TrySend(reflect.ValueOf("pong")), ch.TrySend(reflect.ValueOf("full")))
	x, ok := ch.Recv()
	fmt.Println(x, ok)
	ch.Close()
	x, ok = ch.Recv()
	fmt.Println(x, ok)
	x, ok = ch.Recv()
	fmt.Printf("%q %v\n", x.String(), ok)
	iter := reflect.ValueOf(map[int]string{1: "one"}).MapRange()
	for iter.Next() {
		fmt.Println(iter.Key(), iter.Value())
	}
	fmt.Println(reflect.Indirect(reflect.ValueOf(&r)).Type(), reflect.Indirect(reflect.ValueOf(3)))

	// Conversions.
	fmt.Println(reflect.ValueOf(65).Convert(reflect.TypeOf("")), reflect.ValueOf("hé").Convert(reflect.TypeOf([]byte(nil))), reflect.ValueOf(MyInt(3)).Convert(reflect.TypeOf(0)).Interface())
	fmt.Println(reflect.ValueOf(int8(-1)).Convert(reflect.TypeOf(uint16(0))), reflect.ValueOf(2.9).Convert(reflect.TypeOf(float32(0))).Type(), reflect.ValueOf(r).Convert(shape).Type())

	// DeepEqual.
	a := map[string][]int{"x": {1, 2}}
	b := map[string][]int{"x": {1, 2}}
	fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual(r, r), reflect.DeepEqual([]int(nil), []int{}), reflect.DeepEqual(nil, nil), reflect.DeepEqual(1, int64(1)))
	type node struct {
		next *node
		v    int
	}
	c1 := &node{v: 1}
	c1.next = c1
	c2 := &node{v: 1}
	c2.next = c2
	fmt.Println(reflect.DeepEqual(c1, c2), reflect.DeepEqual(errors.New("e"), errors.New("e")))

	// Panics with Go's texts.
	try := func(f func()) {
		defer func() { fmt.Println("recovered:", recover()) }()
		f()
	}
	try(func() { reflect.ValueOf(1).SetInt(2) })
	try(func() { reflect.ValueOf("s").Int() })
	try(func() { reflect.Value{}.Type() })
	try(func() { reflect.ValueOf([]int{1}).Index(5) })
	try(func() { v.FieldByName("note").SetString("x") })
	try(func() { v.FieldByName("W").Set(reflect.ValueOf("str")) })
	try(func() { reflect.ValueOf(r).Field(2).Interface(); reflect.ValueOf(r).Field(0).Field(2).Interface() })
	try(func() { reflect.ValueOf(strings.ToUpper).Call(nil) })
	try(func() { reflect.ValueOf(strings.ToUpper).Call([]reflect.Value{reflect.ValueOf(1)}) })
	try(func() { reflect.TypeOf(1).Elem() })
	var e error = &reflect.ValueError{Method: "m", Kind: reflect.Map}
	fmt.Println(e)
}
