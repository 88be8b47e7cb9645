// Comments may precede the constraint.

//go:build (linux || darwin) && !cgo && go1.21 && !go1.99

package constraints

func init() { Picked = append(Picked, "tagged.go") }
