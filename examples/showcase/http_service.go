// http_service: a small JSON-free HTTP service (routes with Go 1.22 patterns, a
// middleware counting requests) that shuts down gracefully: a request in flight
// when Shutdown starts still gets its answer, new connections are refused.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type store struct {
	mu    sync.Mutex
	items map[string]string
}

func (s *store) routes(mux *http.ServeMux, started chan<- struct{}) {
	mux.HandleFunc("GET /items/{name}", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		v, ok := s.items[r.PathValue("name")]
		s.mu.Unlock()
		if !ok {
			http.Error(w, "no such item", http.StatusNotFound)
			return
		}
		fmt.Fprintln(w, v)
	})
	mux.HandleFunc("PUT /items/{name}", func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		s.mu.Lock()
		s.items[r.PathValue("name")] = string(b)
		s.mu.Unlock()
		w.WriteHeader(http.StatusCreated)
	})
	mux.HandleFunc("GET /slow", func(w http.ResponseWriter, r *http.Request) {
		close(started)
		time.Sleep(300 * time.Millisecond)
		fmt.Fprintln(w, "slow work done")
	})
}

func counting(n *atomic.Int64, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		h.ServeHTTP(w, r)
	})
}

func show(label string, resp *http.Response, err error) {
	if err != nil {
		fmt.Println(label, "error:", err != nil)
		return
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%s %s %q\n", label, resp.Status, strings.TrimSpace(string(b)))
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	base := "http://" + ln.Addr().String()
	var requests atomic.Int64
	started := make(chan struct{})
	mux := http.NewServeMux()
	(&store{items: map[string]string{}}).routes(mux, started)
	srv := &http.Server{Handler: counting(&requests, mux), ReadHeaderTimeout: 5 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	put := func(name, value string) {
		req, _ := http.NewRequest("PUT", base+"/items/"+name, strings.NewReader(value))
		resp, err := http.DefaultClient.Do(req)
		show("PUT "+name, resp, err)
	}
	put("apple", "red")
	put("lime", "green")
	resp, err := http.Get(base + "/items/apple")
	show("GET apple", resp, err)
	resp, err = http.Get(base + "/items/kiwi")
	show("GET kiwi", resp, err)
	resp, err = http.Post(base+"/items/apple", "text/plain", nil)
	show("POST apple", resp, err)
	fmt.Println("  Allow:", resp.Header.Get("Allow"))

	// A slow request is in flight when Shutdown begins.
	slow := make(chan string)
	go func() {
		resp, err := http.Get(base + "/slow")
		if err != nil {
			slow <- "slow error: " + err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		slow <- resp.Status + " " + strings.TrimSpace(string(b))
	}()
	<-started
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	shutdownErr := srv.Shutdown(ctx)
	fmt.Println("in-flight request:", <-slow)
	fmt.Println("Shutdown:", shutdownErr)
	fmt.Println("Serve returned ErrServerClosed:", errors.Is(<-served, http.ErrServerClosed))
	_, err = http.Get(base + "/items/apple")
	fmt.Println("after shutdown, request fails:", err != nil)
	fmt.Println("requests served:", requests.Load())
}
