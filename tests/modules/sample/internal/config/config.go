// Package config holds the settings shared by the sample's packages; it is internal to
// the module.
package config

import "fmt"

// Precision is the number of decimals reports print.
var Precision = defaultPrecision()

var trace []string

func defaultPrecision() int {
	Trace("config: Precision initialized")
	return 2
}

func init() {
	Trace("config: init")
}

// Trace records and prints an initialization step.
func Trace(step string) {
	trace = append(trace, step)
	fmt.Println(step)
}

// Steps returns how many steps were traced.
func Steps() int { return len(trace) }
