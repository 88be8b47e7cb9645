package zeta

import (
	"fmt"

	"example.com/initorder/beta"
)

// count is zeta's own (each package has its own unexported names).
var count = beta.Count()

func init() { fmt.Println("zeta init, count", count) }

func Name() string { return fmt.Sprint("zeta", count) }
