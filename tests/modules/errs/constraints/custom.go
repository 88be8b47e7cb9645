//go:build extra

package constraints

func init() { Picked = append(Picked, "custom.go (-tags extra)") }
