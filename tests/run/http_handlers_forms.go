package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"time"
)

func show(rec *httptest.ResponseRecorder) {
	res := rec.Result()
	body, _ := io.ReadAll(res.Body)
	keys := make([]string, 0)
	for k := range res.Header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var hs []string
	for _, k := range keys {
		hs = append(hs, fmt.Sprintf("%s=%q", k, res.Header[k]))
	}
	fmt.Printf("  %q %d cl=%d [%s] %q flushed=%v trailer=%v\n", res.Status, rec.Code, res.ContentLength, strings.Join(hs, " "), body, rec.Flushed, res.Trailer)
}

func serve(h http.Handler, req *http.Request) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	show(rec)
}

func main() {
	fmt.Println("Error/NotFound:")
	serve(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "99")
		w.Header().Set("X-Keep", "yes")
		http.Error(w, "something <bad>", http.StatusInternalServerError)
	}), httptest.NewRequest("GET", "/", nil))
	serve(http.NotFoundHandler(), httptest.NewRequest("GET", "/x", nil))

	fmt.Println("Redirect:")
	for _, c := range []struct{ method, target, url string; code int }{
		{"GET", "/a/b/c", "d", 302},
		{"GET", "/a/b/c", "../up?x=1", 301},
		{"GET", "/a/b/", "./here/", 307},
		{"HEAD", "/a", "/abs", 302},
		{"POST", "/a", "/abs<&>", 303},
		{"GET", "/a", "http://other.example/x y", 308},
		{"GET", "/a", "/ünï", 302},
		{"GET", "/", "", 302},
	} {
		serve(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, c.url, c.code)
		}), httptest.NewRequest(c.method, c.target, nil))
	}
	serve(http.RedirectHandler("/new", http.StatusMovedPermanently), httptest.NewRequest("GET", "/old", nil))

	fmt.Println("StripPrefix:")
	inner := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "path=%q raw=%q uri=%q", r.URL.Path, r.URL.RawPath, r.RequestURI)
	})
	sp := http.StripPrefix("/api", inner)
	for _, t := range []string{"/api/v1/x", "/api", "/other", "/api/a%2Fb"} {
		serve(sp, httptest.NewRequest("GET", t, nil))
	}

	fmt.Println("Recorder:")
	serve(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Trailer", "X-Sum, X-Count")
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(201)
		io.WriteString(w, `{"a":1}`)
		w.(http.Flusher).Flush()
		w.Header().Set("X-Sum", "abc")
		w.Header().Set(http.TrailerPrefix+"X-Late", "late")
		w.Header().Set("X-Not-Trailer", "ignored")
	}), httptest.NewRequest("POST", "/", strings.NewReader("body")))
	serve(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "5")
		w.Write([]byte("hello"))
	}), httptest.NewRequest("GET", "/", nil))
	serve(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
	}), httptest.NewRequest("GET", "/", nil))
	func() {
		defer func() { fmt.Println("  recovered:", recover()) }()
		httptest.NewRecorder().WriteHeader(42)
	}()
	func() {
		defer func() { fmt.Println("  recovered:", recover()) }()
		httptest.NewRequest("GET", "no slash", nil)
	}()

	fmt.Println("NewRequest:")
	for _, c := range []struct {
		method, target string
		body   io.Reader
	}{
		{"", "/path?q=1", nil},
		{"POST", "http://host.example:81/x", bytes.NewBufferString("12345")},
		{"PUT", "/y", io.MultiReader(strings.NewReader("zz"))},
	} {
		r := httptest.NewRequest(c.method, c.target, c.body)
		fmt.Printf("  %s %s host=%q remote=%q proto=%s cl=%d uri=%q body=%v\n", r.Method, r.URL, r.Host, r.RemoteAddr, r.Proto, r.ContentLength, r.RequestURI, r.Body != nil)
	}

	fmt.Println("Forms:")
	r := httptest.NewRequest("POST", "/f?a=query&b=2", strings.NewReader("a=body&c=3&c=4&enc=x%20y+z"))
	r.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	fmt.Println(" ", r.FormValue("a"), r.FormValue("c"), r.PostFormValue("b") == "", r.FormValue("enc"))
	fmt.Println(" ", r.Form["a"], r.PostForm["c"], len(r.Form), len(r.PostForm))
	r = httptest.NewRequest("GET", "/f?x=1&x=2&bad=%zz", nil)
	fmt.Println(" ", r.ParseForm(), r.Form)
	r = httptest.NewRequest("POST", "/f", strings.NewReader("k=v"))
	fmt.Println(" ", r.ParseForm(), r.Form, r.PostForm)
	r = httptest.NewRequest("POST", "/f", strings.NewReader("k=v"))
	r.Header.Set("Content-Type", "text/plain; charset")
	fmt.Println(" ", r.ParseForm(), r.Form)

	var mb bytes.Buffer
	mw := multipart.NewWriter(&mb)
	mw.SetBoundary("XYZBOUNDARY")
	mw.WriteField("title", "hello world")
	fw, _ := mw.CreateFormFile("upload", "notes.txt")
	io.WriteString(fw, "file contents\nline 2\n")
	mw.Close()
	fmt.Printf("  %q\n", mb.String())
	r = httptest.NewRequest("POST", "/up?q=1", bytes.NewReader(mb.Bytes()))
	r.Header.Set("Content-Type", mw.FormDataContentType())
	fmt.Println(" ", r.ParseMultipartForm(1<<20), r.FormValue("title"), r.FormValue("q"), r.PostFormValue("q") == "")
	f, fh, err := r.FormFile("upload")
	if err == nil {
		data, _ := io.ReadAll(f)
		fmt.Printf("  file %s size=%d ctype=%q %q\n", fh.Filename, fh.Size, fh.Header.Get("Content-Type"), data)
	}
	_, _, err = r.FormFile("missing")
	fmt.Println(" ", err)
	r = httptest.NewRequest("POST", "/up", strings.NewReader("x"))
	fmt.Println(" ", r.ParseMultipartForm(100))
	r = httptest.NewRequest("POST", "/up", strings.NewReader("x"))
	r.Header.Set("Content-Type", "multipart/form-data")
	fmt.Println(" ", r.ParseMultipartForm(100))

	fmt.Println("MaxBytesReader:")
	serve(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 4)
		data, err := io.ReadAll(r.Body)
		var mbe *http.MaxBytesError
		fmt.Fprintf(w, "%q %v %v", data, err, errors.As(err, &mbe) && mbe.Limit == 4)
	}), httptest.NewRequest("POST", "/", strings.NewReader("0123456789")))
	serve(http.MaxBytesHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		data, err := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%q %v", data, err)
	}), 10), httptest.NewRequest("POST", "/", strings.NewReader("0123456789")))

	fmt.Println("TimeoutHandler:")
	saw := make(chan string, 1)
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(2 * time.Second):
			io.WriteString(w, "slow done")
		case <-r.Context().Done():
			_, err := io.WriteString(w, "late")
			saw <- fmt.Sprint("  handler saw: ", r.Context().Err(), " / ", err)
		}
	})
	serve(http.TimeoutHandler(slow, 50*time.Millisecond, "too slow"), httptest.NewRequest("GET", "/", nil))
	fmt.Println(<-saw)
	fast := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Fast", "1")
		w.WriteHeader(203)
		io.WriteString(w, "fast")
	})
	serve(http.TimeoutHandler(fast, time.Second, ""), httptest.NewRequest("GET", "/", nil))

	fmt.Println("Cookies:")
	serve(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.SetCookie(w, &http.Cookie{Name: "session", Value: "abc 123", Path: "/", MaxAge: 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
		http.SetCookie(w, &http.Cookie{Name: "exp", Value: "v", Expires: time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC), Domain: ".example.com"})
		http.SetCookie(w, &http.Cookie{Name: "bad name", Value: "x"})
		http.SetCookie(w, &http.Cookie{Name: "del", MaxAge: -1})
	}), httptest.NewRequest("GET", "/", nil))
	r = httptest.NewRequest("GET", "/", nil)
	r.Header.Add("Cookie", `a=1; b="two"; c=3`)
	r.Header.Add("Cookie", "d=4;bad;e=5")
	for _, c := range r.Cookies() {
		fmt.Printf("  %s=%s quoted=%v\n", c.Name, c.Value, c.Quoted)
	}
	c, err := r.Cookie("b")
	fmt.Println(" ", c, err)
	_, err = r.Cookie("zz")
	fmt.Println(" ", err)
	r.AddCookie(&http.Cookie{Name: "added", Value: "yes"})
	fmt.Println(" ", r.Header["Cookie"])
	cs, err := http.ParseCookie("x=1; y=2")
	fmt.Println(" ", cs, err)
	sc, err := http.ParseSetCookie("id=a3fWa; Expires=Thu, 21 Oct 2021 07:28:00 GMT; Secure; HttpOnly; Partitioned")
	fmt.Println(" ", sc, err)
	fmt.Println(" ", (&http.Cookie{Name: "", Value: "x"}).Valid(), (&http.Cookie{Name: "ok", Value: "x"}).Valid())

	fmt.Println("BasicAuth:")
	r = httptest.NewRequest("GET", "/", nil)
	r.SetBasicAuth("alice", "s3cr:et")
	fmt.Println(" ", r.Header.Get("Authorization"))
	fmt.Println(r.BasicAuth())
	r.Header.Set("Authorization", "Basic !!!")
	fmt.Println(r.BasicAuth())
}
