package main

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * 2
	}
}

func main() {
	jobs := make(chan int, 100)
	results := make(chan int, 100)
	for w := 0; w < 3; w++ {
		go worker(w, jobs, results)
	}
	for i := 1; i <= 9; i++ {
		jobs <- i
	}
	close(jobs)
	sum := 0
	for i := 0; i < 9; i++ {
		sum += <-results
	}
	println("sum", sum)
	done := make(chan struct{})
	data := make(chan string)
	go func() {
		defer close(done)
		for s := range data {
			print(s, " ")
		}
		println()
	}()
	for _, s := range []string{"a", "b", "c"} {
		data <- s
	}
	close(data)
	<-done
	c := make(chan int, 1)
	c <- 5
	close(c)
	v, ok := <-c
	println(v, ok)
	v, ok = <-c
	println(v, ok)
	// unbuffered handoff chain
	first := make(chan int)
	prev := first
	for i := 0; i < 100; i++ {
		next := make(chan int)
		go func(in, out chan int) { out <- 1 + <-in }(prev, next)
		prev = next
	}
	go func() { first <- 0 }()
	println(<-prev)
}
