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
	out := make([]byte, 0, len(s))
	rest := s
	for {
		dollar := firstByte(rest, '$')
		if dollar < 0 || dollar == len(rest)-1 {
			break // no reference left (a final '$' stays as it is)
		}
		out = append(out, rest[:dollar]...)
		name, used := varRef(rest[dollar+1:])
		switch {
		case name != "":
			out = append(out, mapping(name)...)
		case used == 0:
			out = append(out, '$') // '$' before something that is no name
		}
		rest = rest[dollar+1+used:]
	}
	return string(append(out, rest...))
}

// ExpandEnv replaces ${var} or $var in the string according to the values of the
// current environment variables. References to undefined variables are replaced by
// the empty string.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// The one-character names of special shell variables ($*, $#, $1, ...).
const shellSpecials = "*#$@!?-0123456789"

func firstByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// varNameByte: an ASCII letter, digit or underscore.
func varNameByte(c byte) bool {
	return c == '_' || c-'0' < 10 || (c|0x20)-'a' < 26
}

// varRef reads the variable reference that follows a '$' in t (not empty): a special
// one-character name, a braced name or a run of name bytes. It returns the name and how
// many bytes of t the reference takes. A malformed braced reference ("${}", or "${"
// with no closing brace) has no name: the bytes it takes are dropped. A '$' before
// anything else has no name and takes nothing.
func varRef(t string) (string, int) {
	if t[0] != '{' {
		if firstByte(shellSpecials, t[0]) >= 0 {
			return t[:1], 1
		}
		n := 0
		for n < len(t) && varNameByte(t[n]) {
			n++
		}
		return t[:n], n
	}
	if len(t) >= 3 && t[2] == '}' && firstByte(shellSpecials, t[1]) >= 0 {
		return t[1:2], 3
	}
	switch end := firstByte(t, '}'); end {
	case -1:
		return "", 1 // drop "${"
	case 1:
		return "", 2 // drop "${}"
	default:
		return t[1:end], end + 1
	}
}
