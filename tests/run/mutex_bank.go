package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func transfer(from, to *Account, amt int, first, second *Account) bool {
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if from.balance < amt {
		return false
	}
	from.balance -= amt
	to.balance += amt
	return true
}

func main() {
	accts := make([]*Account, 5)
	for i := range accts {
		accts[i] = &Account{balance: 1000}
	}
	var wg sync.WaitGroup
	var okMu sync.Mutex
	ok, fail := 0, 0
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				i, j := (g+k)%5, (g*3+k*7+1)%5
				if i == j {
					continue
				}
				// lock ordering by index avoids deadlock
				a, b := accts[i], accts[j]
				first, second := a, b
				if j < i {
					first, second = b, a
				}
				r := transfer(a, b, (k%13)+1, first, second)
				okMu.Lock()
				if r {
					ok++
				} else {
					fail++
				}
				okMu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	total := 0
	for _, a := range accts {
		total += a.balance
	}
	fmt.Println("total preserved:", total == 5000, "transfers:", ok+fail > 0)
}
