package main

import "time"

func main() {
	c := make(chan int, 1)
	select {
	case v := <-c:
		println("got", v)
	default:
		println("empty")
	}
	c <- 1
	select {
	case c <- 2:
		println("sent")
	default:
		println("full")
	}
	select {
	case v, ok := <-c:
		println("got", v, ok)
	}
	var nilc chan int
	select {
	case <-nilc:
		println("no")
	default:
		println("nil chan never ready")
	}
	t := make(chan bool)
	go func() {
		time.Sleep(30 * time.Millisecond)
		t <- true
	}()
	select {
	case <-t:
		println("early")
	case <-time.After(time.Second):
		println("timeout")
	}
	a, b := make(chan int), make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 0; i < 3; i++ {
			b <- i * 10
		}
		close(b)
	}()
	sum := 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
		}
	}
	println("sum", sum)
	quit := make(chan struct{})
	close(quit)
	n := 0
	for {
		select {
		case <-quit:
			println("quit after", n)
			return
		default:
			n++
			if n > 5 {
				println("never")
			}
		}
	}
}
