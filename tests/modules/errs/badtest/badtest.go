// Package badtest builds; its test file does not.
package badtest

// Double doubles n.
func Double(n int) int { return 2 * n }
