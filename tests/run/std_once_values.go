package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

func main() {
	calls := 0
	cfg := sync.OnceValue(func() map[string]string {
		calls++
		return map[string]string{"mode": "prod"}
	})
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = cfg()["mode"]
		}()
	}
	wg.Wait()
	fmt.Println(cfg()["mode"], calls)

	parse := sync.OnceValues(func() (int, error) {
		calls++
		return strconv.Atoi("x12")
	})
	n, err := parse()
	n2, err2 := parse()
	fmt.Println(n, err, n2, err2 == err, calls)

	hello := sync.OnceFunc(func() { fmt.Println("hello once") })
	hello()
	hello()

	p := sync.OnceFunc(func() { panic(errors.New("init failed")) })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			p()
		}()
	}
	pv := sync.OnceValue(func() int { panic("value panic") })
	for i := 0; i < 2; i++ {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			fmt.Println(pv())
		}()
	}
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("Once.Do", i) })
	}
}
