package main

type Reader interface {
	Read(p []int) (int, error)
}

type R1 struct{}

func (R1) Read(p []int) int { return 0 }

type R2 struct{}

func (R2) Read(p string) (int, error) { return 0, nil }

type R3 struct{}

func (R3) read(p []int) (int, error) { return 0, nil }

func use(r Reader) {}

func main() {
	use(R1{}) // ERROR "cannot use R1\{\} \(value of type R1\) as Reader value in argument to use: R1 does not implement Reader \(wrong type for method Read\)"
	use(R2{}) // ERROR "cannot use R2\{\} \(value of type R2\) as Reader value in argument to use: R2 does not implement Reader \(wrong type for method Read\)"
	use(R3{}) // ERROR "cannot use R3\{\} \(value of type R3\) as Reader value in argument to use: R3 does not implement Reader \(missing method Read\)"
	var r Reader = &R1{} // ERROR "cannot use &R1\{\} \(value of type \*R1\) as Reader value in variable declaration: \*R1 does not implement Reader \(wrong type for method Read\)"
	_ = r
}
