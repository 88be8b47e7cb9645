// FileServer, ServeFile and StripPrefix over a real directory, served by
// httptest.NewServer and fetched with its Client.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strconv"
	"sort"
	"strings"
)

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func write(dir, name, content string) {
	must(os.WriteFile(dir+"/"+name, []byte(content), 0o644))
}

var client *http.Client
var base string

func fetch(method, path string, hdr ...string) {
	req, err := http.NewRequest(method, base+path, nil)
	must(err)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := client.Do(req)
	if err != nil {
		fmt.Println(method, path, "error:", strings.ReplaceAll(err.Error(), base, "BASE"))
		return
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(method, path, hdr, "->", resp.Status)
	var keys []string
	for k := range resp.Header {
		if k == "Date" || k == "Last-Modified" {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %s: %q\n", k, resp.Header[k])
	}
	fmt.Printf("  Last-Modified present: %v, body %q\n", resp.Header.Get("Last-Modified") != "", body)
}

func main() {
	dir := os.TempDir() + "/minigo-fs-" + strconv.Itoa(os.Getpid())
	must(os.MkdirAll(dir+"/sub", 0o755))
	must(os.MkdirAll(dir+"/docs/inner", 0o755))
	defer os.RemoveAll(dir)
	write(dir, "hello.txt", "hello, file server\n")
	write(dir, "page.html", "<p>page</p>")
	write(dir, "style.css", "p { color: red }")
	write(dir, "blob", "\x00\x01\x02binary")
	write(dir, "sub/index.html", "<h1>sub index</h1>")
	write(dir, "docs/a.txt", "a")
	write(dir, "docs/b&c <x>.txt", "odd name")
	write(dir, "docs/space name.md", "md")

	mux := http.NewServeMux()
	mux.Handle("/static/", http.StripPrefix("/static/", http.FileServer(http.Dir(dir))))
	mux.HandleFunc("/one", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, dir+"/"+r.URL.Query().Get("name"))
	})
	ts := httptest.NewServer(mux)
	defer ts.Close()
	fmt.Println("URL prefix ok:", strings.HasPrefix(ts.URL, "http://127.0.0.1:"))
	base = ts.URL
	client = ts.Client()
	client.CheckRedirect = func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }

	fetch("GET", "/static/hello.txt")
	fetch("HEAD", "/static/hello.txt")
	fetch("GET", "/static/page.html")
	fetch("GET", "/static/style.css")
	fetch("GET", "/static/blob")
	fetch("GET", "/static/docs/")
	fetch("GET", "/static/docs")
	fetch("GET", "/static/docs/?x=1")
	fetch("GET", "/static/sub/")
	fetch("GET", "/static/sub/index.html")
	fetch("GET", "/static/hello.txt/")
	fetch("GET", "/static/missing.txt")
	fetch("GET", "/elsewhere/hello.txt")
	fetch("GET", "/static/hello.txt", "Range", "bytes=0-4")
	fetch("GET", "/static/hello.txt", "Range", "bytes=7-")
	fetch("GET", "/static/hello.txt", "Range", "bytes=-7")
	fetch("GET", "/static/hello.txt", "Range", "bytes=100-200")
	fetch("GET", "/static/hello.txt", "Range", "pages=1-2")
	fetch("POST", "/static/hello.txt")

	// Conditional GET with the Last-Modified value the server sent.
	resp, err := client.Get(base + "/static/hello.txt")
	must(err)
	resp.Body.Close()
	lm := resp.Header.Get("Last-Modified")
	req, _ := http.NewRequest("GET", base+"/static/hello.txt", nil)
	req.Header.Set("If-Modified-Since", lm)
	resp, err = client.Do(req)
	must(err)
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println("If-Modified-Since:", resp.Status, len(body), resp.Header.Get("Content-Length") == "")
	req, _ = http.NewRequest("GET", base+"/static/hello.txt", nil)
	req.Header.Set("If-Modified-Since", "Mon, 02 Jan 2006 15:04:05 GMT")
	resp, err = client.Do(req)
	must(err)
	resp.Body.Close()
	fmt.Println("If-Modified-Since (old):", resp.Status)

	fetch("GET", "/one?name=hello.txt")
	fetch("GET", "/one?name=docs")
	fetch("GET", "/one?name=nothing")

	// ServeFile refuses request paths with "..".
	ts2 := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, dir+"/hello.txt")
	}))
	defer ts2.Close()
	base = ts2.URL
	client = ts2.Client()
	fetch("GET", "/a/../hello.txt")
	fetch("GET", "/plain")
}
