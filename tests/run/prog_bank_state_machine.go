package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type State int

const (
	Open State = iota
	Frozen
	Closed
)

func (s State) String() string {
	switch s {
	case Open:
		return "open"
	case Frozen:
		return "frozen"
	case Closed:
		return "closed"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

var (
	ErrInsufficient = errors.New("insufficient funds")
	ErrState        = errors.New("invalid state")
)

type Account struct {
	ID      string
	Balance int64
	State   State
	History []string
}

type OpError struct {
	Op  string
	ID  string
	Err error
}

func (e *OpError) Error() string { return e.Op + " " + e.ID + ": " + e.Err.Error() }
func (e *OpError) Unwrap() error { return e.Err }

func (a *Account) apply(op string, amt int64) error {
	if a.State != Open {
		return &OpError{op, a.ID, fmt.Errorf("%w: account is %v", ErrState, a.State)}
	}
	switch op {
	case "deposit":
		a.Balance += amt
	case "withdraw":
		if amt > a.Balance {
			return &OpError{op, a.ID, ErrInsufficient}
		}
		a.Balance -= amt
	default:
		return &OpError{op, a.ID, errors.New("unknown op")}
	}
	a.History = append(a.History, fmt.Sprintf("%s:%d", op, amt))
	return nil
}

func main() {
	accts := map[string]*Account{
		"alice": {ID: "alice", Balance: 100},
		"bob":   {ID: "bob", Balance: 50},
	}
	ops := []struct {
		id, op string
		amt    int64
	}{
		{"alice", "withdraw", 30}, {"bob", "withdraw", 80}, {"bob", "deposit", 40},
		{"alice", "freeze", 0}, {"bob", "withdraw", 80}, {"alice", "deposit", 5},
	}
	for _, o := range ops {
		a := accts[o.id]
		if o.op == "freeze" {
			a.State = Frozen
			fmt.Println(o.id, "->", a.State)
			continue
		}
		if err := a.apply(o.op, o.amt); err != nil {
			var oe *OpError
			errors.As(err, &oe)
			fmt.Printf("error: %v [insufficient=%v state=%v op=%s]\n", err, errors.Is(err, ErrInsufficient), errors.Is(err, ErrState), oe.Op)
		}
	}
	ids := make([]string, 0, len(accts))
	for id := range accts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := accts[id]
		fmt.Printf("%-6s %4d %-7v %s\n", a.ID, a.Balance, a.State, strings.Join(a.History, ","))
	}
	fmt.Println(State(7))
}
