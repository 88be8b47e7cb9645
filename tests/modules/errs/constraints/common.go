// Package constraints has files for several targets; only the linux/amd64 ones build.
package constraints

var Picked []string
