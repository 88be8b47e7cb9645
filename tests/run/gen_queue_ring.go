package main

import "fmt"

// Ring is a growable circular queue.
type Ring[T any] struct {
	buf        []T
	head, size int
}

func NewRing[T any](capacity int) *Ring[T] {
	return &Ring[T]{buf: make([]T, capacity)}
}

func (r *Ring[T]) grow() {
	n := len(r.buf) * 2
	if n == 0 {
		n = 1
	}
	nb := make([]T, n)
	for i := 0; i < r.size; i++ {
		nb[i] = r.buf[(r.head+i)%len(r.buf)]
	}
	r.buf, r.head = nb, 0
}

func (r *Ring[T]) Enqueue(v T) {
	if r.size == len(r.buf) {
		r.grow()
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
}

func (r *Ring[T]) Dequeue() (v T, ok bool) {
	if r.size == 0 {
		return v, false
	}
	v = r.buf[r.head]
	var zero T
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, true
}

func (r *Ring[T]) Len() int { return r.size }
func (r *Ring[T]) Cap() int { return len(r.buf) }

func main() {
	q := NewRing[string](2)
	for _, w := range []string{"a", "b", "c"} {
		q.Enqueue(w)
	}
	fmt.Println(q.Len(), q.Cap())
	v, _ := q.Dequeue()
	fmt.Println(v)
	q.Enqueue("d")
	q.Enqueue("e")
	q.Enqueue("f")
	fmt.Println(q.Len(), q.Cap())
	for {
		v, ok := q.Dequeue()
		if !ok {
			break
		}
		fmt.Print(v)
	}
	fmt.Println()

	// BFS on a grid using a queue of structs.
	type cell struct{ r, c, d int }
	grid := []string{
		"S.#.",
		"..#.",
		"...E",
	}
	seen := map[[2]int]bool{}
	bq := NewRing[cell](0)
	bq.Enqueue(cell{0, 0, 0})
	seen[[2]int{0, 0}] = true
	for bq.Len() > 0 {
		c, _ := bq.Dequeue()
		if grid[c.r][c.c] == 'E' {
			fmt.Println("distance", c.d)
			break
		}
		for _, d := range [][2]int{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			nr, nc := c.r+d[0], c.c+d[1]
			if nr < 0 || nc < 0 || nr >= len(grid) || nc >= len(grid[0]) || grid[nr][nc] == '#' || seen[[2]int{nr, nc}] {
				continue
			}
			seen[[2]int{nr, nc}] = true
			bq.Enqueue(cell{nr, nc, c.d + 1})
		}
	}
}
