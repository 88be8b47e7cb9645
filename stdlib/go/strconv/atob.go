package strconv

// boolSpellings lists the strings ParseBool accepts.
var boolSpellings = [...]struct {
	text  string
	value bool
}{
	{"1", true}, {"t", true}, {"T", true}, {"true", true}, {"TRUE", true}, {"True", true},
	{"0", false}, {"f", false}, {"F", false}, {"false", false}, {"FALSE", false}, {"False", false},
}

// ParseBool accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false and False.
func ParseBool(str string) (bool, error) {
	for _, b := range boolSpellings {
		if b.text == str {
			return b.value, nil
		}
	}
	return false, fail("ParseBool", str, ErrSyntax)
}

// FormatBool is "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends FormatBool(b) to dst.
func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }
