package main

import (
	"fmt"
	"reflect"
	"sort"
	"time"
)

func main() {
	a := make(chan int, 1)
	b := make(chan string)
	a <- 5
	cases := []reflect.SelectCase{
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(a)},
		{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(b)},
	}
	i, v, ok := reflect.Select(cases)
	fmt.Println(i, v, ok)
	cases = append(cases, reflect.SelectCase{Dir: reflect.SelectDefault})
	i, v, ok = reflect.Select(cases)
	fmt.Println(i, v.IsValid(), ok)
	go func() {
		time.Sleep(10 * time.Millisecond)
		b <- "late"
	}()
	i, v, ok = reflect.Select(cases[:2])
	fmt.Println(i, v, ok)
	out := make(chan float64, 1)
	i, _, _ = reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectSend, Chan: reflect.ValueOf(out), Send: reflect.ValueOf(2.5)}})
	fmt.Println(i, <-out)
	close(a)
	i, v, ok = reflect.Select(cases[:1])
	fmt.Println(i, v, ok)
	// Fan-in over a dynamic set of channels.
	chans := make([]chan int, 5)
	for k := range chans {
		chans[k] = make(chan int)
		go func(k int) {
			for j := 0; j < 3; j++ {
				chans[k] <- k*10 + j
			}
			close(chans[k])
		}(k)
	}
	var sc []reflect.SelectCase
	for _, c := range chans {
		sc = append(sc, reflect.SelectCase{Dir: reflect.SelectRecv, Chan: reflect.ValueOf(c)})
	}
	var got []int
	for open := len(sc); open > 0; {
		i, v, ok := reflect.Select(sc)
		if !ok {
			sc[i].Chan = reflect.Value{}
			open--
			continue
		}
		got = append(got, int(v.Int()))
	}
	sort.Ints(got)
	fmt.Println(got)
	defer func() { fmt.Println(recover()) }()
	reflect.Select([]reflect.SelectCase{{Dir: reflect.SelectDefault}, {Dir: reflect.SelectDefault}})
}
