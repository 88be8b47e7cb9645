// Test shim: strings natives backed by real Go's strings package.
package strings

import (
	gostrings "strings"
	"unicode/utf8"
)

func Index(s, substr string) int         { return gostrings.Index(s, substr) }
func LastIndex(s, substr string) int     { return gostrings.LastIndex(s, substr) }
func IndexByte(s string, c byte) int     { return gostrings.IndexByte(s, c) }
func LastIndexByte(s string, c byte) int { return gostrings.LastIndexByte(s, c) }
func Count(s, substr string) int         { return gostrings.Count(s, substr) }
func bytesToString(b []byte) string      { return string(b) }

func asciiCase(s string, upper bool) (string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return "", false
		}
	}
	if upper {
		return gostrings.ToUpper(s), true
	}
	return gostrings.ToLower(s), true
}
