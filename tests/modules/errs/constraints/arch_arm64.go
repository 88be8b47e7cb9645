package constraints

func init() { Picked = append(Picked, "arch_arm64.go") }
