package constraints

func init() { Picked = append(Picked, "arch_linux_amd64.go") }
