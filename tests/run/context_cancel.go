package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	n := 0
	for {
		select {
		case <-ctx.Done():
			out <- id
			return
		default:
			n++
			time.Sleep(time.Millisecond)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int, 3)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(ctx, i, out, &wg)
	}
	time.Sleep(20 * time.Millisecond)
	cancel()
	wg.Wait()
	close(out)
	sum := 0
	for id := range out {
		sum += id
	}
	fmt.Println("workers stopped, id sum", sum)
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled))
	cancel()
	// timeout
	tctx, tcancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timed out:", tctx.Err())
	case <-time.After(2 * time.Second):
		fmt.Println("should not happen")
	}
	fmt.Println(errors.Is(tctx.Err(), context.DeadlineExceeded))
	_, hasDeadline := tctx.Deadline()
	fmt.Println("has deadline", hasDeadline)
	// parent cancel propagates to children
	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithCancel(parent)
	defer ccancel()
	pcancel()
	<-child.Done()
	fmt.Println("child:", child.Err())
	// values
	type key string
	vctx := context.WithValue(context.Background(), key("user"), "alice")
	fmt.Println(vctx.Value(key("user")), vctx.Value(key("none")))
	fmt.Println(context.Background().Err(), context.TODO().Done() == nil)
	// cause
	cctx, ccause := context.WithCancelCause(context.Background())
	ccause(errors.New("my cause"))
	fmt.Println(cctx.Err(), context.Cause(cctx))
}
