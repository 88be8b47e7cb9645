// Test shim: bytes natives backed by real Go's bytes package.
package bytes

import (
	gobytes "bytes"
	"unicode/utf8"
)

func Index(s, sep []byte) int            { return gobytes.Index(s, sep) }
func LastIndex(s, sep []byte) int        { return gobytes.LastIndex(s, sep) }
func IndexByte(b []byte, c byte) int     { return gobytes.IndexByte(b, c) }
func LastIndexByte(s []byte, c byte) int { return gobytes.LastIndexByte(s, c) }
func Count(s, sep []byte) int            { return gobytes.Count(s, sep) }
func Equal(a, b []byte) bool             { return gobytes.Equal(a, b) }
func Compare(a, b []byte) int            { return gobytes.Compare(a, b) }
func asString(b []byte) string           { return string(b) }

func asciiCase(s []byte, upper bool) ([]byte, bool) {
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return nil, false
		}
	}
	if upper {
		return gobytes.ToUpper(s), true
	}
	return gobytes.ToLower(s), true
}
