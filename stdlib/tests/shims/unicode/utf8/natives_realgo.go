// Test shim: unicode/utf8 natives backed by real Go's package.
package utf8

import goutf8 "unicode/utf8"

func DecodeRune(p []byte) (rune, int)             { return goutf8.DecodeRune(p) }
func DecodeRuneInString(s string) (rune, int)     { return goutf8.DecodeRuneInString(s) }
func DecodeLastRune(p []byte) (rune, int)         { return goutf8.DecodeLastRune(p) }
func DecodeLastRuneInString(s string) (rune, int) { return goutf8.DecodeLastRuneInString(s) }
func RuneCount(p []byte) int                      { return goutf8.RuneCount(p) }
func RuneCountInString(s string) int              { return goutf8.RuneCountInString(s) }
func Valid(p []byte) bool                         { return goutf8.Valid(p) }
func ValidString(s string) bool                   { return goutf8.ValidString(s) }
