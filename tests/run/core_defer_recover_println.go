package main

func f() (r int) {
	defer func() { r *= 3 }()
	defer func() { r += 1 }()
	return 10
}

func g() {
	for i := 0; i < 3; i++ {
		defer println("defer", i)
	}
}

func describe(r interface{}) string {
	switch v := r.(type) {
	case nil:
		return "nil"
	case string:
		return "string: " + v
	case int:
		return "int"
	case error:
		return "error: " + v.Error()
	}
	return "other"
}

func catch(f func()) (res string) {
	defer func() { res = describe(recover()) }()
	f()
	return "none"
}

type E struct{}

func (E) Error() string { return "custom E" }

func main() {
	println(f())
	g()
	println(catch(func() {}))
	println(catch(func() { panic("str") }))
	println(catch(func() { panic(5) }))
	println(catch(func() { panic(E{}) }))
	println(catch(func() {
		defer func() { panic("second") }()
		panic("first")
	}))
	x := 5
	defer println("x was", x)
	x = 6
	println(catch(func() {
		defer func() {
			r := recover()
			panic("re: " + r.(string))
		}()
		panic("orig")
	}))
}
