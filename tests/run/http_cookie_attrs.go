// Cookie attributes and validity, status texts, redirect bodies and client error
// texts (a password in the URL is shown as ***).
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

func main() {
	for _, mode := range []http.SameSite{0, http.SameSiteDefaultMode, http.SameSiteLaxMode, http.SameSiteStrictMode, http.SameSiteNoneMode} {
		c := &http.Cookie{Name: "id", Value: "v", SameSite: mode, HttpOnly: true, Secure: true, Partitioned: true}
		fmt.Println(c.String())
	}
	c := &http.Cookie{Name: "full", Value: "a b", Path: "/p", Domain: ".example.com", Expires: time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC), MaxAge: -1}
	fmt.Println(c.String())
	for _, c := range []*http.Cookie{
		nil,
		{Name: "bad name", Value: "x"},
		{Name: "n", Value: "semi;colon"},
		{Name: "n", Value: "x", Path: "/a;b"},
		{Name: "n", Value: "x", Domain: "exa mple.com"},
		{Name: "n", Value: "x", Partitioned: true},
		{Name: "n", Value: "x", Expires: time.Date(1500, 1, 1, 0, 0, 0, 0, time.UTC)},
		{Name: "n", Value: "x", Domain: "example.com", Partitioned: true, Secure: true},
	} {
		fmt.Println("Valid:", c.Valid())
	}
	for _, line := range []string{"a=1; SameSite=lax; Secure", "b=2; samesite=STRICT; HttpOnly; Partitioned", "c=3; SameSite=None", "d=4; SameSite=weird; Max-Age=10", "e=\"q\"; Path=/x", "", "novalue"} {
		c, err := http.ParseSetCookie(line)
		if err != nil {
			fmt.Println("ParseSetCookie", line, "->", err)
			continue
		}
		fmt.Printf("ParseSetCookie %q -> %s %q quoted=%v samesite=%d secure=%v httponly=%v partitioned=%v maxage=%d\n",
			line, c.Name, c.Value, c.Quoted, c.SameSite, c.Secure, c.HttpOnly, c.Partitioned, c.MaxAge)
	}
	for _, line := range []string{"a=1; b=\"2\"", "", "x", "bad name=1"} {
		cs, err := http.ParseCookie(line)
		fmt.Println("ParseCookie", line, "->", len(cs), err)
	}
	for _, code := range []int{100, 203, 226, 308, 413, 418, 431, 451, 511, 299, 999} {
		fmt.Printf("%d %q\n", code, http.StatusText(code))
	}
	rec := httptest.NewRecorder()
	http.Redirect(rec, httptest.NewRequest("GET", "/a/b", nil), "../c?x=<y>&z='1'", http.StatusFound)
	fmt.Printf("redirect: %d %q %q %q\n", rec.Code, rec.Header().Get("Location"), rec.Header().Get("Content-Type"), rec.Body.String())
	rec = httptest.NewRecorder()
	http.SetCookie(rec, &http.Cookie{Name: "s", Value: "1"})
	http.SetCookie(rec, &http.Cookie{Name: "bad name", Value: "1"})
	http.SetCookie(rec, &http.Cookie{Name: "t", Value: "2", SameSite: http.SameSiteLaxMode})
	fmt.Printf("Set-Cookie: %q\n", rec.Header()["Set-Cookie"])

	_, err := http.Get("http://user:secret@127.0.0.1:1/path")
	fmt.Println(err)
	_, err = http.Get("ftp://user:secret@example.com/")
	fmt.Println(err)
	_, err = http.Get("http://[::1")
	fmt.Println(err)
	req, _ := http.NewRequest("GET", "http://example.com/", nil)
	req.URL = nil
	_, err = http.DefaultClient.Do(req)
	fmt.Println(err)
	_, err = http.NewRequest("BAD METHOD", "http://example.com/", nil)
	fmt.Println(err)
	_, err = http.NewRequest("GET", "http://example.com/\x7f", nil)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(err), "\x7f", "DEL"))
	t := http.DefaultTransport.(*http.Transport).Clone()
	fmt.Println("clone:", t.MaxIdleConns, t.IdleConnTimeout, t.TLSHandshakeTimeout, t.ExpectContinueTimeout, http.DefaultMaxIdleConnsPerHost)
}
