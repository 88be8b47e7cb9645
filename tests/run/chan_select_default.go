package main

import "fmt"

func main() {
	c := make(chan int, 1)
	for i := 0; i < 4; i++ {
		select {
		case c <- i:
			fmt.Println("sent", i)
		default:
			fmt.Println("full, dropped", i)
		}
	}
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("empty")
	}
	select {
	case v := <-c:
		fmt.Println("received", v)
	default:
		fmt.Println("empty")
	}
	// nil channels in select are never ready
	var nc chan int
	select {
	case <-nc:
		fmt.Println("impossible")
	case nc <- 1:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channels skipped")
	}
	// closed channel always ready
	cl := make(chan int)
	close(cl)
	select {
	case v, ok := <-cl:
		fmt.Println("closed ready", v, ok)
	default:
		fmt.Println("no")
	}
	// disabling cases by setting to nil
	a := make(chan int, 3)
	b := make(chan int, 3)
	for i := 0; i < 3; i++ {
		a <- i
		b <- i * 10
	}
	close(a)
	close(b)
	sumA, sumB := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
		}
	}
	fmt.Println(sumA, sumB)
}
