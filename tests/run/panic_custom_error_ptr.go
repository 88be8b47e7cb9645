package main

import "fmt"

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("my error code %d", e.Code) }

func main() {
	var err error = &MyErr{500}
	panic(err)
}
