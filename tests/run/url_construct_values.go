package main

import (
	"errors"
	"fmt"
	"net/url"
)

type tmo struct{}

func (tmo) Error() string   { return "tmo" }
func (tmo) Timeout() bool   { return true }
func (tmo) Temporary() bool { return false }

func main() {
	urls := []*url.URL{
		{Opaque: "x:y"},
		{Scheme: "mailto", Opaque: "a@b"},
		{Scheme: "file", Path: "/etc/hosts", OmitHost: true},
		{Scheme: "file", Path: "/etc/hosts"},
		{Scheme: "http"},
		{Scheme: "http", Path: "rel"},
		{Host: "h", Path: "rel"},
		{Path: "a:b/c"},
		{Path: "*"},
		{Path: "*", RawPath: "%2A"},
		{Path: "*", RawPath: "bad%"},
		{Path: "/a b", RawPath: "/a%20b"},
		{Path: "/a b", RawPath: "/a+b"},
		{Path: "/x", RawPath: "/y"},
		{User: url.User("u s"), Path: "/p"},
		{User: url.UserPassword("u", "p:@/?"), Host: "h:80", ForceQuery: true},
		{Scheme: "s", User: url.User(""), OmitHost: true},
		{Host: "[::1%25eth0]:8", Fragment: "f g", RawFragment: "f%20g"},
		{Fragment: "a/b?c#d!()*'"},
		{Host: "ex ample.com", RawQuery: "a b"},
	}
	for _, u := range urls {
		fmt.Printf("%q %q %q %q %q %q %q\n", u.String(), u.EscapedPath(), u.EscapedFragment(), u.RequestURI(), u.Hostname(), u.Port(), u.Redacted())
		b, err := u.MarshalBinary()
		fmt.Println(len(b), b == nil, err)
	}
	var nilURL *url.URL
	fmt.Printf("%q\n", nilURL.Redacted())
	var nilUser *url.Userinfo
	pw, ok := nilUser.Password()
	fmt.Printf("%q %q %v %q\n", nilUser.Username(), pw, ok, nilUser.String())
	for _, hp := range []string{"h", "h:", "h:80", "h:8x", "[::1]", "[::1]:443", "[::1", "::1", ":", "a:b:c", "[x]y:1"} {
		u := &url.URL{Host: hp}
		fmt.Printf("%q -> %q %q\n", hp, u.Hostname(), u.Port())
	}
	for _, s := range []string{"", "a b", "a+b/c?d&e=f#g", "é€", "~-._", "!*'();:@&=+$,/?%#[]", "\x00\x7f\xff"} {
		fmt.Printf("%q %q %q\n", s, url.QueryEscape(s), url.PathEscape(s))
	}
	for _, s := range []string{"a+b", "%41%42", "%4", "%", "%zz", "%e2%82%ac", "a%2Bb", "%%41"} {
		q, qerr := url.QueryUnescape(s)
		p, perr := url.PathUnescape(s)
		fmt.Printf("%q: %q %v | %q %v\n", s, q, qerr, p, perr)
	}
	for _, q := range []string{"", "a=1&b=2&a=3", "a", "a=&=b", "x=%zz&y=2", "k;v=1&z=2", "a=1;b=2&c=%2", "a=%&b=%G1", "&&a=1&&", "sp+ace=%20x"} {
		v, err := url.ParseQuery(q)
		fmt.Printf("%q -> %v %v %q\n", q, v, err, v.Encode())
	}
	v := url.Values{}
	fmt.Printf("%q %v %q\n", v.Encode(), v.Has("a"), v.Get("a"))
	v.Add("b", "2")
	v.Add("a", "1 &")
	v.Add("a", "x=y")
	v.Set("c", "")
	v["d"] = nil
	fmt.Println(v.Encode(), v.Has("d"), v.Get("d") == "", v.Get("a"))
	v.Del("a")
	fmt.Println(v.Encode())
	e := &url.Error{Op: "Get", URL: "http://x", Err: tmo{}}
	fmt.Println(e, e.Timeout(), e.Temporary(), errors.Unwrap(e) == tmo{})
	e2 := &url.Error{Op: "parse", URL: "::", Err: errors.New("plain")}
	fmt.Println(e2, e2.Timeout(), e2.Temporary())
	for _, s := range []string{"HTTP://EXAMPLE.com/A", "h1+x-y.z://a", "1a:b", "a_b:c", ":x", "//h/p?#", "http://[fe80::1%25en0]/", "http://h/%zz", "http://a b/", "http://h:port/", "x:/p", "http://u@h@i/", "http://u:p%zz@h/", "http://ü@h/", "http://h/p?q#f%zz", "/a?b?", "/a??", "a?"} {
		u, err := url.Parse(s)
		if err != nil {
			fmt.Println(s, "=>", err)
			continue
		}
		fmt.Printf("%s => %q %q %q %q %v %q\n", s, u.Scheme, u.Host, u.Path, u.RawQuery, u.ForceQuery, u.String())
	}
	for _, s := range []string{"", "*", "/a#b", "rel", "http://h", "x\n"} {
		u, err := url.ParseRequestURI(s)
		fmt.Println(s, u, err)
	}
	s, err := url.JoinPath("http://h/a/", "../b", "c/")
	fmt.Println(s, err)
	_, err = url.JoinPath(":bad", "x")
	fmt.Println(err)
	var u url.URL
	fmt.Println(u.UnmarshalBinary([]byte("https://h/x?y")), u.String())
	fmt.Println(u.UnmarshalBinary([]byte("%")), u.String())
}
