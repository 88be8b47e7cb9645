package main

import (
	"fmt" // ERROR "\"fmt\" imported and not used"
	"os" // ERROR "\"os\" imported and not used"
	str "strings" // ERROR "\"strings\" imported as str and not used"
	_ "sort"
	"math"
)

func main() {
	_ = math.Pi
}
