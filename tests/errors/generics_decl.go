package main

type List[T any] []T

func (l List[T]) Map[U any](f func(T) U) List[U] { // ERROR "syntax error: method must have no type parameters"
	return nil
}

func main() {}
