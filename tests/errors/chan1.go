package main

func main() {
	var r <-chan int
	var s chan<- int
	r <- 1 // ERROR "invalid operation: cannot send to receive-only channel r \(variable of type <-chan int\)"
	_ = <-s // ERROR "invalid operation: cannot receive from send-only channel s \(variable of type chan<- int\)"
	x := 1
	x <- 1 // ERROR "invalid operation: cannot send to non-channel x \(variable of type int\)"
	_ = <-x // ERROR "invalid operation: cannot receive from non-channel x \(variable of type int\)"
	var c chan int
	c <- "s" // ERROR "cannot use \"s\" \(untyped string constant\) as int value in send"
	select {
	case x > 0: // ERROR "select case must be send or receive \(possibly with assignment\)"
	}
}
