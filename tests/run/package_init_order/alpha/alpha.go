package alpha

import "fmt"

var Name = announce()

func announce() string {
	fmt.Println("alpha var")
	return "alpha"
}

func init() { fmt.Println("alpha init") }
