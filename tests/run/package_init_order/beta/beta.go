package beta

import "fmt"

// count is unexported: zeta cannot see it, only Count.
var count = 41

func Count() int { return count + 1 }

func init() { fmt.Println("beta init") }
