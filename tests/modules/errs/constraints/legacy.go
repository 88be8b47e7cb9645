// +build linux,amd64 plan9

package constraints

func init() { Picked = append(Picked, "legacy.go") }
