package main

import (
	"bytes"
	"fmt"
	"net/http"
	"os"
	"sort"
	"time"
)

func dump(h http.Header) {
	keys := make([]string, 0, len(h))
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %q: %q\n", k, h[k])
	}
}

func main() {
	h := http.Header{}
	h.Add("content-type", "text/plain")
	h.Add("X-FOO-bar", "1")
	h.Add("x-foo-BAR", "2")
	h.Set("accept-encoding", "gzip")
	h["raw key"] = []string{"kept as is"}
	h.Add("bad key", "v")
	fmt.Println(h.Get("Content-Type"), h.Get("x-foo-bar"), h.Values("X-Foo-Bar"), h.Get("missing") == "")
	dump(h)
	c := h.Clone()
	c.Del("X-Foo-Bar")
	c["Content-Type"][0] = "changed"
	fmt.Println(len(h), len(c), h.Get("Content-Type"))
	var nilh http.Header
	fmt.Println(nilh.Clone() == nil, nilh.Get("a"))

	var buf bytes.Buffer
	h.Set("Multi", "line1\r\nline2\n  ")
	h.Write(&buf)
	fmt.Printf("%q\n", buf.String())
	buf.Reset()
	h.WriteSubset(&buf, map[string]bool{"Content-Type": true, "Multi": true})
	fmt.Printf("%q\n", buf.String())

	for _, k := range []string{"content-type", "X-forwarded-FOR", "ünicode", "with space", "", "a-b-c", "-leading", "trailing-", "host", "sec-websocket-key", "DNT", "1x-y"} {
		fmt.Printf("%q -> %q\n", k, http.CanonicalHeaderKey(k))
	}

	for _, s := range []string{"Mon, 02 Jan 2006 15:04:05 GMT", "Monday, 02-Jan-06 15:04:05 GMT", "Mon Jan  2 15:04:05 2006", "yesterday"} {
		t, err := http.ParseTime(s)
		fmt.Println(t.UTC(), err)
	}
	fmt.Println(time.Date(2024, 2, 29, 13, 4, 5, 0, time.UTC).Format(http.TimeFormat))

	codes := []int{}
	for c := 0; c < 1000; c++ {
		if http.StatusText(c) != "" {
			codes = append(codes, c)
		}
	}
	for _, c := range codes {
		fmt.Println(c, http.StatusText(c))
	}
	fmt.Println(http.StatusTeapot, http.StatusNetworkAuthenticationRequired, http.StatusText(999) == "")
	fmt.Println(http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete, http.MethodConnect, http.MethodOptions, http.MethodTrace)
	fmt.Println(http.DefaultMaxHeaderBytes, http.DefaultMaxIdleConnsPerHost, http.TimeFormat)
	for _, d := range [][]byte{[]byte("<html><body>"), []byte("\x89PNG\r\n\x1a\n...."), []byte("plain text"), []byte{0, 1, 2}, []byte("%PDF-1.4"), []byte("  <?xml version"), []byte("GIF89a"), []byte("{\"a\":1}"), nil, []byte("\xef\xbb\xbfhello"), []byte("PK\x03\x04")} {
		fmt.Println(http.DetectContentType(d))
	}
	fmt.Fprintln(os.Stderr, "done")
}
