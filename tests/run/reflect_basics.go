package main

import (
	"fmt"
	"reflect"
)

type P struct {
	Name string `json:"name" xml:"n"`
	Age  int8   `json:"age,omitempty"`
	tags []string
	In   *P
}

func (p P) Hello(greet string) string { return greet + ", " + p.Name }
func (p *P) Grow(n int)              { p.Age += int8(n) }

func main() {
	p := P{Name: "Ann", Age: 30, tags: []string{"x"}}
	t := reflect.TypeOf(p)
	fmt.Println(t, t.Kind(), t.Name(), t.PkgPath(), t.NumField(), t.NumMethod())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(f.Name, f.Type, f.Tag.Get("json"), f.Offset, f.IsExported(), f.Index)
	}
	v := reflect.ValueOf(&p).Elem()
	v.Field(1).SetInt(41)
	v.FieldByName("Name").SetString("Bob")
	fmt.Println(p.Name, p.Age, v.Field(2).Len(), v.CanSet(), v.Field(2).CanSet())
	m := v.Addr().MethodByName("Grow")
	m.Call([]reflect.Value{reflect.ValueOf(2)})
	fmt.Println(p.Age)
	out := v.MethodByName("Hello").Call([]reflect.Value{reflect.ValueOf("hi")})
	fmt.Println(out[0].String(), len(out))
	s := reflect.ValueOf([]int{3, 1, 2})
	s = reflect.Append(s, reflect.ValueOf(9))
	fmt.Println(s.Len(), s.Index(3).Int(), s.Interface())
	mp := reflect.MakeMap(reflect.TypeOf(map[string]int{}))
	mp.SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
	fmt.Println(mp.Interface(), mp.MapIndex(reflect.ValueOf("a")))
	fmt.Println(reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}), reflect.DeepEqual([]int{1}, []int{2}))
	np := reflect.New(reflect.TypeOf(0))
	np.Elem().SetInt(7)
	fmt.Println(*(np.Interface().(*int)), np.Type())
	f := reflect.ValueOf(fmt.Sprintf)
	r := f.Call([]reflect.Value{reflect.ValueOf("%d-%s"), reflect.ValueOf(1), reflect.ValueOf("z")})
	fmt.Println(r[0])
	fmt.Println(reflect.TypeOf(p.Hello), t.Method(0).Type, reflect.PointerTo(t), reflect.SliceOf(t))
	sw := []string{"a", "b", "c"}
	reflect.Swapper(sw)(0, 2)
	fmt.Println(sw)
	fmt.Println(reflect.ValueOf(3.5).Convert(reflect.TypeOf(int16(0))).Int())
}
