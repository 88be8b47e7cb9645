package sync

// A Pool is a set of temporary objects that may be individually saved and retrieved.
// Any item stored in the Pool may be removed automatically at any time without
// notification. A Pool is safe for use by multiple goroutines simultaneously.
//
// This implementation keeps up to poolMax items in a slice under a Mutex.
type Pool struct {
	mu    Mutex
	items []any

	// New optionally specifies a function to generate a value when Get would otherwise
	// return nil.
	New func() any
}

const poolMax = 64

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if len(p.items) < poolMax {
		p.items = append(p.items, x)
	}
	p.mu.Unlock()
}

// Get selects an arbitrary item from the Pool, removes it from the Pool, and returns it
// to the caller. If Get would otherwise return nil and p.New is non-nil, Get returns
// the result of calling p.New.
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}
