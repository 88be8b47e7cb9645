package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

func named(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "%s pattern=%q", name, r.Pattern)
		for _, k := range []string{"id", "rest", "name", "x", "y"} {
			if v := r.PathValue(k); v != "" {
				fmt.Fprintf(w, " %s=%q", k, v)
			}
		}
	}
}

func do(h http.Handler, method, target string) {
	req := httptest.NewRequest(method, target, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
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
	fmt.Printf("%-7s %-32s -> %d [%s] %q\n", method, target, res.StatusCode, strings.Join(hs, " "), body)
}

func tryRegister(mux *http.ServeMux, pattern string) {
	defer func() {
		if r := recover(); r != nil {
			msg := fmt.Sprint(r)
			// Registration sites are file paths: keep only the message shape.
			var b strings.Builder
			for {
				i := strings.Index(msg, "(registered at ")
				if i < 0 {
					break
				}
				j := strings.Index(msg[i:], ")")
				b.WriteString(msg[:i] + "(registered at ...)")
				msg = msg[i+j+1:]
			}
			msg = b.String() + msg
			fmt.Printf("register %q: panic: %s\n", pattern, msg)
		}
	}()
	mux.Handle(pattern, named(pattern))
	fmt.Printf("register %q: ok\n", pattern)
}

func main() {
	mux := http.NewServeMux()
	for _, p := range []string{
		"/",
		"/index.html",
		"GET /items/{id}",
		"POST /items/{id}",
		"DELETE /items/{id}",
		"/items/{id}/edit",
		"/files/{rest...}",
		"/static/",
		"/exact/{$}",
		"GET /a/b",
		"example.org/host",
		"GET /pv/{x}/{y}",
		"/esc%2Fape/{name}",
		"PUT /only-put",
	} {
		tryRegister(mux, p)
	}
	for _, p := range []string{
		"/index.html",
		"GET /items/{other}",
		"/items/{id}",
		"/{x}/b",
		"GET /items/x",
		"",
		"GET",
		"no-slash",
		"/{bad",
		"/{a}/{a}",
		"/{rest...}/x",
		"/{$}/x",
		"/{}",
		"/{1a}",
		"/x{a}",
		"BAD METHOD /",
		"GET  /spaces",
		"/{a...}",
	} {
		tryRegister(mux, p)
	}

	for _, c := range [][2]string{
		{"GET", "/"},
		{"GET", "/nothing/here"},
		{"GET", "/index.html"},
		{"GET", "/items/42"},
		{"HEAD", "/items/42"},
		{"POST", "/items/42"},
		{"PATCH", "/items/42"},
		{"GET", "/items/42/edit"},
		{"GET", "/items/"},
		{"GET", "/files/a/b/c.txt"},
		{"GET", "/files/"},
		{"GET", "/files"},
		{"GET", "/static"},
		{"GET", "/static/css/x.css"},
		{"GET", "/exact/"},
		{"GET", "/exact/more"},
		{"GET", "/exact"},
		{"GET", "/a/b"},
		{"POST", "/a/b"},
		{"GET", "http://example.org/host"},
		{"GET", "/host"},
		{"GET", "/pv/one%20two/three"},
		{"GET", "/a/../index.html"},
		{"GET", "/a//b"},
		{"GET", "/items/42?q=1"},
		{"GET", "/esc%2Fape/n"},
		{"GET", "/only-put"},
		{"OPTIONS", "*"},
	} {
		do(mux, c[0], c[1])
	}
	api := http.NewServeMux()
	api.HandleFunc("GET /users/{id}", named("get user"))
	api.HandleFunc("PUT /users/{id}", named("put user"))
	api.HandleFunc("DELETE /users/{id}", named("delete user"))
	api.HandleFunc("POST /users/", named("post users"))
	api.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	api.HandleFunc("GET /empty", func(w http.ResponseWriter, r *http.Request) {})
	api.HandleFunc("GET /status", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Before", "1")
		w.WriteHeader(http.StatusAccepted)
		w.Header().Set("X-After", "2")
		w.WriteHeader(http.StatusTeapot)
		w.Write([]byte("<html>accepted"))
	})
	api.HandleFunc("GET /html", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<!DOCTYPE html><p>hi"))
	})
	for _, c := range [][2]string{
		{"GET", "/users/5"},
		{"HEAD", "/users/5"},
		{"POST", "/users/5"},
		{"PATCH", "/users/5"},
		{"POST", "/users/"},
		{"GET", "/users/"},
		{"GET", "/users"},
		{"DELETE", "/health"},
		{"GET", "/missing"},
		{"GET", "/empty"},
		{"GET", "/status"},
		{"GET", "/html"},
		{"POST", "/empty"},
	} {
		do(api, c[0], c[1])
	}
	h, p := mux.Handler(httptest.NewRequest("GET", "/items/7", nil))
	fmt.Println(h != nil, p)
	h, p = mux.Handler(httptest.NewRequest("GET", "/zzz/../static", nil))
	fmt.Println(h != nil, p)
}
