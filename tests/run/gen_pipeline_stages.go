package main

import (
	"context"
	"fmt"
	"sync"
)

type Stage[In, Out any] func(context.Context, <-chan In) <-chan Out

func Lift[In, Out any](f func(In) Out) Stage[In, Out] {
	return func(ctx context.Context, in <-chan In) <-chan Out {
		out := make(chan Out)
		go func() {
			defer close(out)
			for v := range in {
				select {
				case out <- f(v):
				case <-ctx.Done():
					return
				}
			}
		}()
		return out
	}
}

func FanOut[In, Out any](n int, s Stage[In, Out]) Stage[In, Out] {
	return func(ctx context.Context, in <-chan In) <-chan Out {
		out := make(chan Out)
		var wg sync.WaitGroup
		for range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for v := range s(ctx, in) {
					select {
					case out <- v:
					case <-ctx.Done():
						return
					}
				}
			}()
		}
		go func() { wg.Wait(); close(out) }()
		return out
	}
}

func Compose[A, B, C any](s1 Stage[A, B], s2 Stage[B, C]) Stage[A, C] {
	return func(ctx context.Context, in <-chan A) <-chan C { return s2(ctx, s1(ctx, in)) }
}

func Source[T any](ctx context.Context, xs ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, x := range xs {
			select {
			case out <- x:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx := context.Background()
	square := Lift(func(n int) int { return n * n })
	toStr := Lift(func(n int) string { return fmt.Sprintf("<%d>", n) })
	p := Compose(FanOut(3, square), toStr)
	total := 0
	count := 0
	for s := range p(ctx, Source(ctx, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) {
		var n int
		fmt.Sscanf(s, "<%d>", &n)
		total += n
		count++
	}
	fmt.Println(count, total)

	cctx, cancel := context.WithCancel(ctx)
	naturals := make(chan int)
	go func() {
		defer close(naturals)
		for i := 0; ; i++ {
			select {
			case naturals <- i:
			case <-cctx.Done():
				return
			}
		}
	}()
	got := 0
	for v := range square(cctx, naturals) {
		if v > 50 {
			cancel()
			break
		}
		got++
	}
	fmt.Println(got, cctx.Err())
}
