package http

import (
	"errors"
	"sort"
)

func sortStrings(s []string) { sort.Strings(s) }

// The standard base64 alphabet (RFC 4648), for Basic authentication.
const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func base64Encode(src []byte) string {
	out := make([]byte, 0, (len(src)+2)/3*4)
	for len(src) >= 3 {
		v := uint(src[0])<<16 | uint(src[1])<<8 | uint(src[2])
		out = append(out, b64[v>>18&63], b64[v>>12&63], b64[v>>6&63], b64[v&63])
		src = src[3:]
	}
	switch len(src) {
	case 1:
		v := uint(src[0]) << 16
		out = append(out, b64[v>>18&63], b64[v>>12&63], '=', '=')
	case 2:
		v := uint(src[0])<<16 | uint(src[1])<<8
		out = append(out, b64[v>>18&63], b64[v>>12&63], b64[v>>6&63], '=')
	}
	return string(out)
}

var errBase64 = errors.New("illegal base64 data")

// base64Decode decodes padded standard base64 strictly enough for credentials.
func base64Decode(s string) ([]byte, error) {
	if len(s)%4 != 0 {
		return nil, errBase64
	}
	out := make([]byte, 0, len(s)/4*3)
	for i := 0; i < len(s); i += 4 {
		var v uint
		pad := 0
		for j := 0; j < 4; j++ {
			c := s[i+j]
			var d int
			switch {
			case c == '=' && i+4 == len(s) && j >= 2:
				pad++
				d = 0
			case pad > 0:
				return nil, errBase64
			default:
				d = indexB64(c)
				if d < 0 {
					return nil, errBase64
				}
			}
			v = v<<6 | uint(d)
		}
		out = append(out, byte(v>>16), byte(v>>8), byte(v))
		out = out[:len(out)-pad]
	}
	return out, nil
}

func indexB64(c byte) int {
	for i := 0; i < len(b64); i++ {
		if b64[i] == c {
			return i
		}
	}
	return -1
}
