package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	calls  int
)

func loadConfig() {
	calls++
	config = map[string]string{"env": "test"}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(loadConfig)
		}()
	}
	wg.Wait()
	fmt.Println(calls, config["env"])
	once.Do(func() { fmt.Println("never printed") })
	var o2 sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o2.Do(func() { panic("in once") })
	}()
	o2.Do(func() { fmt.Println("not run again after panic") })
	fmt.Println("done")
	get := sync.OnceValue(func() int {
		fmt.Println("computing")
		return 42
	})
	fmt.Println(get(), get())
	f := sync.OnceFunc(func() { fmt.Println("once func") })
	f()
	f()
}
