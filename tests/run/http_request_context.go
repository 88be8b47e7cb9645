// Request.Context over a real connection: cancelled when the client hangs up or
// the handler returns; client-side deadlines and cancellation with Go's error
// texts; TimeoutHandler and MaxBytesReader behind a real server.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

func main() {
	ended := make(chan string, 4)
	var kept context.Context
	mux := http.NewServeMux()
	mux.HandleFunc("/wait", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
			ended <- "wait: " + r.Context().Err().Error()
		case <-time.After(5 * time.Second):
			ended <- "wait: not cancelled"
		}
	})
	mux.HandleFunc("/upload", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		select {
		case <-r.Context().Done():
			ended <- fmt.Sprintf("upload: %d bytes, %v", len(b), r.Context().Err())
		case <-time.After(5 * time.Second):
			ended <- "upload: not cancelled"
		}
	})
	mux.HandleFunc("/quick", func(w http.ResponseWriter, r *http.Request) {
		kept = r.Context()
		fmt.Fprint(w, "quick")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(3 * time.Second):
		}
		fmt.Fprint(w, "slow")
	})
	mux.HandleFunc("/trickle", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "100")
		w.Write([]byte("first part"))
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(3 * time.Second):
		}
	})
	mux.Handle("/limited", http.TimeoutHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		d, _ := time.ParseDuration(r.URL.Query().Get("d"))
		time.Sleep(d)
		fmt.Fprint(w, "finished in time")
	}), 200*time.Millisecond, "took too long"))
	mux.HandleFunc("/capped", func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, 10)
		b, err := io.ReadAll(r.Body)
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			http.Error(w, fmt.Sprintf("%v (limit %d, read %d)", err, mbe.Limit, len(b)), http.StatusRequestEntityTooLarge)
			return
		}
		fmt.Fprintf(w, "read %q", b)
	})
	ts := httptest.NewServer(mux)
	defer ts.Close()
	addr := ts.Listener.Addr().String()
	clean := func(err error) string { return strings.ReplaceAll(err.Error(), ts.URL, "URL") }

	// The client hangs up while the handler waits.
	c, _ := net.Dial("tcp", addr)
	io.WriteString(c, "GET /wait HTTP/1.1\r\nHost: a\r\n\r\n")
	time.Sleep(100 * time.Millisecond)
	c.Close()
	fmt.Println(<-ended)

	// Same after the whole body was read.
	c, _ = net.Dial("tcp", addr)
	io.WriteString(c, "POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello")
	time.Sleep(100 * time.Millisecond)
	c.Close()
	fmt.Println(<-ended)

	// The context ends when the handler returns.
	resp, err := http.Get(ts.URL + "/quick")
	if err != nil {
		panic(err)
	}
	io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println("quick: after return:", kept.Err())

	// Client deadlines and cancellation.
	client := &http.Client{Timeout: 100 * time.Millisecond}
	_, err = client.Get(ts.URL + "/slow")
	fmt.Println("Client.Timeout:", clean(err))
	var ne net.Error
	fmt.Println("  net.Error timeout:", errors.As(err, &ne) && ne.Timeout(), "is DeadlineExceeded:", errors.Is(err, context.DeadlineExceeded))

	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", ts.URL+"/slow", nil)
	time.AfterFunc(100*time.Millisecond, cancel)
	_, err = http.DefaultClient.Do(req)
	fmt.Println("cancel:", clean(err), errors.Is(err, context.Canceled))

	ctx, cancel = context.WithCancel(context.Background())
	cancel()
	req, _ = http.NewRequestWithContext(ctx, "GET", ts.URL+"/quick", nil)
	_, err = http.DefaultClient.Do(req)
	fmt.Println("cancelled before:", clean(err))

	// A timeout while reading the body.
	client = &http.Client{Timeout: 300 * time.Millisecond}
	resp, err = client.Get(ts.URL + "/trickle")
	if err != nil {
		panic(err)
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("body timeout: %q %v\n", b, err)

	// TimeoutHandler behind the server.
	for _, d := range []string{"10ms", "1s"} {
		resp, err := http.Get(ts.URL + "/limited?d=" + d)
		if err != nil {
			panic(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("TimeoutHandler %s: %s %q %q\n", d, resp.Status, resp.Header.Get("Content-Type"), b)
	}

	// MaxBytesReader behind the server: the connection is closed after the reply.
	for _, body := range []string{"short", "this body is too long"} {
		resp, err := http.Post(ts.URL+"/capped", "text/plain", strings.NewReader(body))
		if err != nil {
			panic(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("MaxBytesReader %q: %s %q close=%v\n", body, resp.Status, b, resp.Close)
	}
}
