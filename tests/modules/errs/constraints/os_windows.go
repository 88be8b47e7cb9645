package constraints

func init() { Picked = append(Picked, "os_windows.go") }

This file would not even parse.
