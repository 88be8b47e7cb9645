package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"
)

var base string

func show(resp *http.Response) {
	keys := make([]string, 0)
	for k := range resp.Header {
		if k != "Date" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var hs []string
	for _, k := range keys {
		hs = append(hs, fmt.Sprintf("%s=%q", k, resp.Header[k]))
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	body = []byte(strings.ReplaceAll(string(body), base, "BASE"))
	fmt.Printf("  %s %s cl=%d te=%v [%s] %q err=%v trailer=%v\n", resp.Proto, resp.Status, resp.ContentLength, resp.TransferEncoding, strings.Join(hs, " "), body, err, resp.Trailer)
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	var mu sync.Mutex
	conns := map[string]bool{}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /hello/{name}", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		conns[r.RemoteAddr] = true
		mu.Unlock()
		fmt.Fprintf(w, "hello, %s (%s %s host=%s ua=%s)", r.PathValue("name"), r.Method, r.Proto, r.Host == ln.Addr().String(), r.UserAgent())
	})
	mux.HandleFunc("POST /echo", func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(r.Body)
		w.Header().Set("X-Len", fmt.Sprint(len(b)))
		fmt.Fprintf(w, "%s|%v|cl=%d|te=%v|ct=%s", b, err, r.ContentLength, r.TransferEncoding, r.Header.Get("Content-Type"))
	})
	mux.HandleFunc("POST /form", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "a=%s b=%s q=%s", r.FormValue("a"), r.FormValue("b"), r.FormValue("q"))
	})
	mux.HandleFunc("GET /stream", func(w http.ResponseWriter, r *http.Request) {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "chunk %d\n", i)
			w.(http.Flusher).Flush()
		}
	})
	mux.HandleFunc("GET /big", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, strings.Repeat("0123456789", 500))
	})
	mux.HandleFunc("GET /trailer", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Trailer", "X-Checksum")
		io.WriteString(w, "payload")
		w.Header().Set("X-Checksum", "abc123")
	})
	mux.HandleFunc("GET /redirect/{n}", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscan(r.PathValue("n"), &n)
		if n == 0 {
			fmt.Fprintf(w, "landed referer=%q", r.Referer())
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/redirect/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("GET /loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusMovedPermanently)
	})
	mux.HandleFunc("POST /307", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/echo", http.StatusTemporaryRedirect)
	})
	mux.HandleFunc("GET /slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
		io.WriteString(w, "slow")
	})
	mux.HandleFunc("GET /status/{code}", func(w http.ResponseWriter, r *http.Request) {
		var code int
		fmt.Sscan(r.PathValue("code"), &code)
		w.WriteHeader(code)
	})
	mux.HandleFunc("/cookie", func(w http.ResponseWriter, r *http.Request) {
		c, err := r.Cookie("session")
		http.SetCookie(w, &http.Cookie{Name: "seen", Value: "1"})
		fmt.Fprint(w, c, err)
	})
	srv := &http.Server{Handler: mux}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	base = "http://" + ln.Addr().String()

	fmt.Println("GET twice on one client (keep-alive):")
	for _, name := range []string{"ann", "bob"} {
		resp, err := http.Get(base + "/hello/" + name)
		if err != nil {
			panic(err)
		}
		show(resp)
	}
	mu.Lock()
	fmt.Println("  connections used:", len(conns))
	mu.Unlock()

	fmt.Println("POST bodies:")
	resp, err := http.Post(base+"/echo", "text/plain", strings.NewReader("round trip"))
	if err != nil {
		panic(err)
	}
	show(resp)
	resp, err = http.Post(base+"/echo", "application/octet-stream", io.MultiReader(strings.NewReader("chunked "), strings.NewReader("body")))
	if err != nil {
		panic(err)
	}
	show(resp)
	resp, err = http.PostForm(base+"/form?q=query", url.Values{"a": {"1"}, "b": {"x y"}})
	if err != nil {
		panic(err)
	}
	show(resp)

	fmt.Println("Framing:")
	for _, p := range []string{"/stream", "/big", "/trailer", "/nothing", "/status/204", "/status/304", "/status/418"} {
		resp, err := http.Get(base + p)
		if err != nil {
			panic(err)
		}
		if p == "/big" {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			fmt.Printf("  %s %d te=%v cl=%d len=%d\n", p, resp.StatusCode, resp.TransferEncoding, resp.ContentLength, len(b))
			continue
		}
		show(resp)
	}
	req, _ := http.NewRequest("DELETE", base+"/echo", nil)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	show(resp)
	resp, err = http.Head(base + "/hello/head")
	if err != nil {
		panic(err)
	}
	show(resp)

	fmt.Println("Redirects:")
	resp, err = http.Get(base + "/redirect/3")
	if err != nil {
		panic(err)
	}
	fmt.Println("  final URL path:", resp.Request.URL.Path)
	show(resp)
	_, err = http.Get(base + "/loop")
	fmt.Println("  loop:", strings.ReplaceAll(err.Error(), base, "BASE"))
	c := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err = c.Get(base + "/redirect/1")
	if err != nil {
		panic(err)
	}
	fmt.Println("  last response:", resp.StatusCode, resp.Header.Get("Location"))
	resp.Body.Close()
	c = &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error { return errors.New("no thanks") }}
	_, err = c.Get(base + "/redirect/1")
	fmt.Println("  refused:", strings.ReplaceAll(err.Error(), base, "BASE"))
	resp, err = http.Post(base+"/307", "text/plain", strings.NewReader("kept body"))
	if err != nil {
		panic(err)
	}
	show(resp)

	fmt.Println("Cookies:")
	req, _ = http.NewRequest("GET", base+"/cookie", nil)
	req.AddCookie(&http.Cookie{Name: "session", Value: "xyz"})
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	show(resp)

	fmt.Println("Timeouts and cancellation:")
	c = &http.Client{Timeout: 100 * time.Millisecond}
	_, err = c.Get(base + "/slow")
	var ue *url.Error
	fmt.Println("  ", strings.ReplaceAll(err.Error(), base, "BASE"), errors.As(err, &ue) && ue.Timeout())
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	req, _ = http.NewRequestWithContext(ctx, "GET", base+"/slow", nil)
	_, err = http.DefaultClient.Do(req)
	cancel()
	fmt.Println("  ", strings.ReplaceAll(err.Error(), base, "BASE"), errors.Is(err, context.DeadlineExceeded))
	_, err = http.Get("ftp://example.com/")
	fmt.Println("  ", err)
	_, err = http.Get("http://127.0.0.1:1/")
	fmt.Println("  refused:", err != nil)

	fmt.Println("Raw connection:")
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	fmt.Fprintf(conn, "GET /hello/raw HTTP/1.1\r\nHost: x\r\n\r\nGET /nowhere HTTP/1.1\r\nHost: x\r\n\r\nPOST /hello/x HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\nBROKEN\r\n\r\n")
	br := bufio.NewReader(conn)
	for i := 0; i < 4; i++ {
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			fmt.Println("  read:", err)
			break
		}
		show(resp)
	}
	conn.Close()

	fmt.Println("Shutdown:")
	ctx, cancel = context.WithTimeout(context.Background(), 5*time.Second)
	fmt.Println("  ", srv.Shutdown(ctx))
	cancel()
	fmt.Println("  ", <-served)
	_, err = http.Get(base + "/hello/after")
	fmt.Println("  after shutdown:", err != nil)
}
