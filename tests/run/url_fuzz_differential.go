package main

import (
	"fmt"
	"net/url"
	"path"
)

var seed uint64 = 987654321

func rnd(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

var pieces = []string{"http", "https", "HTTP", "ftp", "a", "b", "x1", ":", "//", "/", "/", "?", "#", "@", "%", "%2", "%20", "%2F", "%25", "%zz", "%41", "%e2%82%ac", "[", "]", "::1", "%25eth0", "8080", ":80", ":x", " ", "+", "&", "=", ";", ",", ".", "..", "./", "../", "~", "!", "$", "'", "(", ")", "*", "<", ">", "\"", "\\", "é", "\x01", "\x7f", "user", "pass", "example.com", "mailto", "q", "v", "-", "_", "|", "{", "}", "^", "`", "http://", "//u:p@", "[fe80::1%25en0]", "%25%41", "%25%20", "%2541", "[::1]:8080", "@@", "?a=1&b=2", "#x", ":0", "%80", "%C3%A9", "A", "Z"}

func gen() string {
	n := rnd(9)
	s := ""
	for i := 0; i < n; i++ {
		s += pieces[rnd(len(pieces))]
	}
	return s
}

func show(u *url.URL) string {
	if u == nil {
		return "<nil>"
	}
	pw, ok := u.User.Password()
	return fmt.Sprintf("S=%q O=%q U=%q/%q/%v H=%q P=%q RP=%q OH=%v FQ=%v RQ=%q F=%q RF=%q | %q %q %q %q %q %v %q %q", u.Scheme, u.Opaque, u.User.Username(), pw, ok, u.Host, u.Path, u.RawPath, u.OmitHost, u.ForceQuery, u.RawQuery, u.Fragment, u.RawFragment,
		u.String(), u.EscapedPath(), u.EscapedFragment(), u.Hostname(), u.Port(), u.IsAbs(), u.RequestURI(), u.Redacted())
}

func main() {
	base, _ := url.Parse("http://a/b/c/d;p?q")
	for i := 0; i < 1500; i++ {
		s := gen()
		u, err := url.Parse(s)
		fmt.Printf("%q: %s %v\n", s, show(u), err)
		u2, err2 := url.ParseRequestURI(s)
		fmt.Printf("  R %s %v\n", show(u2), err2)
		if err == nil {
			fmt.Printf("  Q %v\n", u.Query())
			r := base.ResolveReference(u)
			fmt.Printf("  RR %s\n", show(r))
			fmt.Printf("  J %s\n", show(u.JoinPath(gen(), gen())))
			if u.User != nil {
				fmt.Println("  UI", u.User.String())
			}
		}
		v, e := url.ParseQuery(s)
		fmt.Printf("  PQ %v %v %q\n", v, e, v.Encode())
		a, e1 := url.QueryUnescape(s)
		b, e2 := url.PathUnescape(s)
		fmt.Printf("  E %q %q %q %v %q %v\n", url.QueryEscape(s), url.PathEscape(s), a, e1, b, e2)
		fmt.Printf("  P %q %q %q %q %q %v\n", path.Clean(s), path.Base(s), path.Dir(s), path.Ext(s), path.Join(s, gen()), path.IsAbs(s))
		m, me := path.Match(gen(), s)
		fmt.Println("  M", m, me)
		jp, je := url.JoinPath(s, gen())
		fmt.Printf("  JP %q %v\n", jp, je)
	}
}
