package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	fmt.Println("fast:", slowOp(ctx, 10*time.Millisecond))
	fmt.Println("slow:", slowOp(ctx, 2*time.Second))
	child, cc := context.WithTimeout(ctx, time.Hour)
	defer cc()
	<-child.Done()
	fmt.Println("child inherits:", child.Err())
	fmt.Println(errors.Is(child.Err(), context.DeadlineExceeded))
	dl, ok := context.WithDeadline(context.Background(), time.Now().Add(-time.Second))
	fmt.Println(dl.Err(), ok != nil)
	ok()
	type k int
	base := context.WithValue(context.Background(), k(1), "one")
	mid := context.WithValue(base, k(2), "two")
	leaf, lc := context.WithCancel(mid)
	fmt.Println(leaf.Value(k(1)), leaf.Value(k(2)), leaf.Value(k(3)))
	lc()
	fmt.Println(leaf.Err(), mid.Err())
	wctx := context.WithoutCancel(leaf)
	fmt.Println(wctx.Err(), wctx.Value(k(1)))
	stop := context.AfterFunc(leaf, func() {})
	fmt.Println(stop())
}
