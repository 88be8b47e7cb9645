//go:build ignore

package constraints

func init() { Picked = append(Picked, "ignored.go") }
