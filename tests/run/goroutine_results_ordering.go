package main

func main() {
	// results delivered through per-job channels keep submission order
	const N = 20
	chans := make([]chan int, N)
	for i := range chans {
		chans[i] = make(chan int, 1)
		go func(i int, out chan<- int) {
			s := 0
			for k := 0; k <= i*1000; k++ {
				s += k % 7
			}
			out <- s
		}(i, chans[i])
	}
	for i, c := range chans {
		v := <-c
		if i%5 == 0 {
			println(i, v)
		}
	}
	// semaphore limiting concurrency
	sem := make(chan struct{}, 3)
	active, maxActive := 0, 0
	lock := make(chan struct{}, 1)
	done := make(chan bool)
	for i := 0; i < 12; i++ {
		go func() {
			sem <- struct{}{}
			lock <- struct{}{}
			active++
			if active > maxActive {
				maxActive = active
			}
			<-lock
			for k := 0; k < 10000; k++ {
			}
			lock <- struct{}{}
			active--
			<-lock
			<-sem
			done <- true
		}()
	}
	for i := 0; i < 12; i++ {
		<-done
	}
	println("max active <= 3:", maxActive <= 3, "final active:", active)
}
