// crawler: a concurrent crawler over a small web served in-process. Every page
// is fetched by a goroutine of its own as soon as a link to it is seen (at most
// 4 fetches at once); the whole crawl runs under a context deadline, so the pages
// that answer too slowly are reported as cut off instead of stalling the crawl.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"time"
)

// The web: page -> links. Pages under /slow/ take far longer than the deadline.
var web = map[string][]string{
	"/":              {"/about", "/blog", "/slow/archive"},
	"/about":         {"/", "/team"},
	"/blog":          {"/blog/1", "/blog/2", "/slow/comments"},
	"/team":          {"/about"},
	"/blog/1":        {"/blog/2"},
	"/blog/2":        {"/blog/1", "/missing"},
	"/slow/archive":  {"/hidden"},
	"/slow/comments": {},
}

// hrefs returns the targets of the href="..." attributes of a page.
func hrefs(page string) []string {
	var out []string
	for {
		_, rest, found := strings.Cut(page, `href="`)
		if !found {
			return out
		}
		target, after, _ := strings.Cut(rest, `"`)
		out = append(out, target)
		page = after
	}
}

func site() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		links, ok := web[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if strings.HasPrefix(r.URL.Path, "/slow/") {
			select {
			case <-time.After(3 * time.Second):
			case <-r.Context().Done():
				return
			}
		}
		fmt.Fprintf(w, "<h1>%s</h1>\n", r.URL.Path)
		for _, l := range links {
			fmt.Fprintf(w, "<a href=%q>%s</a>\n", l, l)
		}
	})
}

type outcome struct {
	path  string
	links []string
	err   error
}

func fetch(ctx context.Context, base, path string) outcome {
	req, err := http.NewRequestWithContext(ctx, "GET", base+path, nil)
	if err != nil {
		return outcome{path: path, err: err}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return outcome{path: path, err: err}
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return outcome{path: path, err: errors.New(resp.Status)}
	}
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return outcome{path: path, err: err}
	}
	return outcome{path: path, links: hrefs(string(body))}
}

func crawl(ctx context.Context, base string) map[string]outcome {
	results := make(chan outcome)
	limit := make(chan struct{}, 4)
	launch := func(path string) {
		go func() {
			limit <- struct{}{}
			r := fetch(ctx, base, path)
			<-limit
			results <- r
		}()
	}
	visited := map[string]bool{"/": true}
	pending := 1
	launch("/")
	seen := map[string]outcome{}
	for pending > 0 {
		r := <-results
		pending--
		seen[r.path] = r
		for _, l := range r.links {
			if !visited[l] {
				visited[l] = true
				pending++
				launch(l)
			}
		}
	}
	return seen
}

func main() {
	ts := httptest.NewServer(site())
	defer ts.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	start := time.Now()
	seen := crawl(ctx, ts.URL)
	elapsed := time.Since(start)
	paths := make([]string, 0, len(seen))
	for p := range seen {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		r := seen[p]
		switch {
		case errors.Is(r.err, context.DeadlineExceeded):
			fmt.Printf("%-15s cut off by the deadline\n", p)
		case r.err != nil:
			fmt.Printf("%-15s %v\n", p, r.err)
		default:
			fmt.Printf("%-15s %d links\n", p, len(r.links))
		}
	}
	fmt.Println("crawl finished before the slow pages could answer:", elapsed < 2*time.Second)
}
