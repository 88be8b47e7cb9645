// The reference resolution examples of RFC 3986 section 5.4, URL.Parse in the
// context of a base, JoinPath, Values and the error texts of net/url.
package main

import (
	"errors"
	"fmt"
	"net/url"
)

func main() {
	base, err := url.Parse("http://a/b/c/d;p?q")
	if err != nil {
		panic(err)
	}
	refs := []string{
		"g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g",
		"../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g",
	}
	for _, r := range refs {
		u, err := base.Parse(r)
		if err != nil {
			fmt.Printf("%q: %v\n", r, err)
			continue
		}
		fmt.Printf("%-12q -> %s\n", r, u)
	}

	u, _ := url.Parse("https://example.com/api/v1/")
	fmt.Println(u.JoinPath("users", "42", "../43", "profile/"))
	s, err := url.JoinPath("https://example.com/a/", "../../b", "c")
	fmt.Println(s, err)
	_, err = url.JoinPath("%zz", "x")
	fmt.Println(err)

	v := url.Values{}
	v.Set("name", "Ava Smith")
	v.Add("friend", "Jess")
	v.Add("friend", "Sarah & Zoe")
	v.Add("emoji", "€ 100%")
	fmt.Println(v.Get("name"), v.Get("friend"), v["friend"], v.Has("emoji"), v.Has("missing"))
	fmt.Println(v.Encode())
	v.Del("friend")
	fmt.Println(v.Encode())
	fmt.Println(url.Values(nil).Encode() == "", url.Values(nil).Get("x") == "")

	q, err := url.ParseQuery("x=1&y=2&x=3&z&%zz=4&w=%41%42")
	fmt.Println(q, err)
	q, err = url.ParseQuery("a=1;b=2&c=3")
	fmt.Println(q, err)

	for _, bad := range []string{"http://[::1", "http://x:port/", "http://[::1]:x/", "http://a b/", "http://%41/", "ht tp://x", ":foo", "http://x/\x7f", "http://us er@x/", "%", "http://x/%2"} {
		_, err := url.Parse(bad)
		var ue *url.Error
		fmt.Printf("%q: %v (url.Error: %v)", bad, err, errors.As(err, &ue))
		if ue != nil {
			fmt.Printf(" op=%s inner=%T", ue.Op, ue.Err)
		}
		fmt.Println()
	}
	for _, s := range []string{"/path?q", "http://host/p", "host/p", "", "*", "//x/y"} {
		u, err := url.ParseRequestURI(s)
		fmt.Println(s, u, err)
	}

	fmt.Println(url.PathEscape("a b/c?d"), url.QueryEscape("a b/c?d&e=f+g"))
	x, err := url.PathUnescape("a%20b+c")
	fmt.Println(x, err)
	x, err = url.QueryUnescape("a%20b+c%")
	fmt.Printf("%q %v\n", x, err)

	pw := url.UserPassword("ada", "s3cr:t@")
	fmt.Println(pw, pw.Username())
	fmt.Println((&url.URL{Scheme: "https", User: pw, Host: "h", Path: "/x y", RawQuery: "a=b", Fragment: "f g"}).Redacted())
	fmt.Println((&url.URL{Path: "a:b/c"}).String(), (&url.URL{Scheme: "file", Path: "/etc/hosts"}).String(), (&url.URL{Scheme: "file", OmitHost: true, Path: "/etc"}).String())
	b, _ := (&url.URL{Scheme: "http", Host: "h", Path: "/p"}).MarshalBinary()
	var back url.URL
	fmt.Println(string(b), back.UnmarshalBinary(b), back.Host)
	e := &url.Error{Op: "Get", URL: "http://x", Err: errors.New("boom")}
	fmt.Println(e, e.Timeout(), e.Temporary(), errors.Unwrap(e))
}
