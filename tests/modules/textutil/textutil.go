// Package textutil formats text for reports; the sample module uses it through a
// replace directive.
package textutil

import "strings"

var registered []string

func init() {
	registered = append(registered, "textutil")
}

// Registered lists the packages whose init functions ran, in order.
func Registered() []string { return registered }

// Title upper-cases the first letter of each word.
func Title(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}

// PadRight pads s with dots to width n.
func PadRight(s string, n int) string {
	if len(s) >= n {
		return s
	}
	return s + strings.Repeat(".", n-len(s))
}
