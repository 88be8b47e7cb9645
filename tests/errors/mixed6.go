package main

func main() {
	ch := make(chan int)
	go func() {
		ch <- "done" // ERROR "cannot use \"done\" \(untyped string constant\) as int value in send"
	}()
	var recv <-chan int = ch
	recv <- 1 // ERROR "invalid operation: cannot send to receive-only channel recv \(variable of type <-chan int\)"
	x, ok := <-ch, true
	close(recv) // ERROR "invalid operation: cannot close receive-only channel recv \(variable of type <-chan int\)"
	select {
	case v := <-ch: // ERROR "declared and not used: v"
	case ch <- 1:
	default:
	}
	_ = x
	_ = ok
}
