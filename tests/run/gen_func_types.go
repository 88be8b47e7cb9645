package main

import (
	"fmt"
	"strings"
)

type Pred[T any] func(T) bool

func (p Pred[T]) And(q Pred[T]) Pred[T] { return func(v T) bool { return p(v) && q(v) } }
func (p Pred[T]) Or(q Pred[T]) Pred[T]  { return func(v T) bool { return p(v) || q(v) } }
func (p Pred[T]) Not() Pred[T]          { return func(v T) bool { return !p(v) } }

func (p Pred[T]) Filter(xs []T) []T {
	var out []T
	for _, x := range xs {
		if p(x) {
			out = append(out, x)
		}
	}
	return out
}

type Handler[Req, Resp any] func(Req) (Resp, error)

type Middleware[Req, Resp any] func(Handler[Req, Resp]) Handler[Req, Resp]

func Chain[Req, Resp any](h Handler[Req, Resp], ms ...Middleware[Req, Resp]) Handler[Req, Resp] {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func Logging[Req, Resp any](name string, log *[]string) Middleware[Req, Resp] {
	return func(next Handler[Req, Resp]) Handler[Req, Resp] {
		return func(r Req) (Resp, error) {
			*log = append(*log, fmt.Sprintf("%s> %v", name, r))
			resp, err := next(r)
			*log = append(*log, fmt.Sprintf("%s< %v %v", name, resp, err))
			return resp, err
		}
	}
}

type Reducer[S, A any] func(S, A) S

func Fold[S, A any](r Reducer[S, A], s S, as ...A) S {
	for _, a := range as {
		s = r(s, a)
	}
	return s
}

type counter map[string]int

func main() {
	even := Pred[int](func(n int) bool { return n%2 == 0 })
	big := Pred[int](func(n int) bool { return n > 5 })
	xs := []int{1, 2, 3, 4, 6, 7, 8, 10}
	fmt.Println(even.And(big).Filter(xs), even.Not().Or(big).Filter(xs))
	hasA := Pred[string](func(s string) bool { return strings.Contains(s, "a") })
	fmt.Println(hasA.Filter([]string{"cat", "dog", "yak"}))

	var log []string
	h := Chain(Handler[string, int](func(s string) (int, error) {
		if s == "" {
			return 0, fmt.Errorf("empty")
		}
		return len(s), nil
	}), Logging[string, int]("outer", &log), Logging[string, int]("inner", &log))
	fmt.Println(h("hello"))
	fmt.Println(h(""))
	fmt.Println(strings.Join(log, "\n"))

	count := Reducer[counter, string](func(c counter, w string) counter { c[w]++; return c })
	fmt.Println(Fold(count, counter{}, "a", "b", "a"))
	fmt.Printf("%T\n", count)
}
