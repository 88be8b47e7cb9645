package os

import "syscall"

// Getenv retrieves the value of the environment variable named by the key. It returns
// the value, which will be empty if the variable is not present. To distinguish
// between an empty value and an unset value, use LookupEnv.
func Getenv(key string) string {
	v, _ := sysGetenv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key. If the
// variable is present in the environment the value (which may be empty) is returned
// and the boolean is true. Otherwise the returned value will be empty and the boolean
// will be false.
func LookupEnv(key string) (string, bool) { return sysGetenv(key) }

// Setenv sets the value of the environment variable named by the key. It returns an
// error, if any.
func Setenv(key, value string) error {
	if errno := sysSetenv(key, value); errno != 0 {
		return NewSyscallError("setenv", syscall.Errno(errno))
	}
	return nil
}

// Unsetenv removes key from the environment.
func Unsetenv(key string) error {
	if errno := sysUnsetenv(key); errno != 0 {
		return NewSyscallError("unsetenv", syscall.Errno(errno))
	}
	return nil
}

// Clearenv empties the environment.
func Clearenv() { sysClearenv() }

// Environ returns a copy of strings representing the environment, in the form
// "key=value".
func Environ() []string { return sysEnviron() }

// Expand replaces ${var} or $var in the string based on the mapping function. For
// example, os.ExpandEnv(s) is equivalent to os.Expand(s, os.Getenv).
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	// The syntax characters are ASCII: scanning bytes is enough.
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := getShellName(s[j+1:])
			if name == "" && w > 0 {
				// Encountered invalid syntax; eat the characters.
			} else if name == "" {
				// Valid syntax, but $ was not followed by a name. Leave the dollar
				// character untouched.
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

// ExpandEnv replaces ${var} or $var in the string according to the values of the
// current environment variables. References to undefined variables are replaced by
// the empty string.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// isShellSpecialVar reports whether the character identifies a special shell variable
// such as $*.
func isShellSpecialVar(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

// isAlphaNum: ASCII letter, digit or underscore.
func isAlphaNum(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// getShellName reads the variable name at the start of s (after $): a special one-
// character name, a {braced} name or a run of isAlphaNum bytes. It returns the name and
// the bytes used; a bad {name} gives "" and the bytes to skip.
func getShellName(s string) (string, int) {
	switch {
	case s[0] == '{':
		if len(s) > 2 && isShellSpecialVar(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		// Scan to closing brace
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // Bad syntax; eat "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // Bad syntax; eat "${"
	case isShellSpecialVar(s[0]):
		return s[0:1], 1
	}
	// Scan alphanumerics.
	var i int
	for i = 0; i < len(s) && isAlphaNum(s[i]); i++ {
	}
	return s[:i], i
}
