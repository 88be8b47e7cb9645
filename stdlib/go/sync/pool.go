package sync

// Pool keeps spare objects for reuse so that they need not be allocated again. Anything
// put in a Pool may be dropped at any time (minigo drops nothing until the program
// ends, except what Get hands out); New, when set, makes a value for Get when the pool
// is empty. A Pool may be used from several goroutines at once.
type Pool struct {
	mu    Mutex
	items []any

	// New, if set, makes a value for Get when the pool is empty.
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

// Get takes any object from the pool, or returns New() (nil without New) when it is
// empty.
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
