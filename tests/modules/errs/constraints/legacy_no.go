// +build !linux

package constraints

func init() { Picked = append(Picked, "legacy_no.go") }
