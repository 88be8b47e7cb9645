package constraints

func init() { Picked = append(Picked, "os_linux.go") }
