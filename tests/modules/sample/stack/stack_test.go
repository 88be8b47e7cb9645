package stack

import "testing"

func TestPushPop(t *testing.T) {
	var s Stack
	s.Push(1)
	s.Push(2)
	if v := s.Pop(); v != 2 {
		t.Fatalf("Pop = %d, want 2", v)
	}
}

func TestPopEmpty(t *testing.T) {
	var s Stack
	s.Push(1)
	s.Pop()
	s.Pop()
	t.Log("not reached")
}

func TestAfterPanic(t *testing.T) {
	t.Log("never runs: the panic ended the test binary")
}
