package main

func main() {
	// unbuffered send completes only when received: strict handoff order
	c := make(chan int)
	done := make(chan bool)
	log := make([]string, 0)
	go func() {
		for i := 0; i < 3; i++ {
			v := <-c
			log = append(log, "recv")
			_ = v
		}
		done <- true
	}()
	for i := 0; i < 3; i++ {
		c <- i
	}
	<-done
	println(len(log))
	// results channel with a counter: request/response
	type req struct {
		n    int
		resp chan int
	}
	reqs := make(chan req)
	go func() {
		for r := range reqs {
			r.resp <- r.n * r.n
		}
	}()
	for i := 1; i <= 5; i++ {
		rc := make(chan int)
		reqs <- req{i, rc}
		print(<-rc, " ")
	}
	println()
	close(reqs)
	// chan of chan
	cc := make(chan chan string, 1)
	inner := make(chan string, 1)
	cc <- inner
	(<-cc) <- "nested"
	println(<-inner)
	// channel of funcs
	fc := make(chan func() int, 2)
	fc <- func() int { return 1 }
	fc <- func() int { return 2 }
	println((<-fc)() + (<-fc)())
}
