// gopl ch4 (movies JSON, MarshalIndent, embedding), ch9 (memo cache with duplicate suppression, bank).
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"sort"
	"sync"
	"text/template"
	"time"
)

type Movie struct {
	Title  string
	Year   int  `json:"released"`
	Color  bool `json:"color,omitempty"`
	Actors []string
}

var movies = []Movie{
	{Title: "Casablanca", Year: 1942, Color: false, Actors: []string{"Humphrey Bogart", "Ingrid Bergman"}},
	{Title: "Cool Hand Luke", Year: 1967, Color: true, Actors: []string{"Paul Newman"}},
	{Title: "Bullitt", Year: 1968, Color: true, Actors: []string{"Steve McQueen", "Jacqueline Bisset"}},
}

type Point struct{ X, Y int }
type Circle struct {
	Point
	Radius int
}
type Wheel struct {
	Circle
	Spokes int
}

type entry struct {
	res   result
	ready chan struct{}
}
type result struct {
	value interface{}
	err   error
}
type Func func(key string) (interface{}, error)
type Memo struct {
	f     Func
	mu    sync.Mutex
	cache map[string]*entry
}

func New(f Func) *Memo { return &Memo{f: f, cache: make(map[string]*entry)} }

func (memo *Memo) Get(key string) (value interface{}, err error) {
	memo.mu.Lock()
	e := memo.cache[key]
	if e == nil {
		e = &entry{ready: make(chan struct{})}
		memo.cache[key] = e
		memo.mu.Unlock()
		e.res.value, e.res.err = memo.f(key)
		close(e.ready)
	} else {
		memo.mu.Unlock()
		<-e.ready
	}
	return e.res.value, e.res.err
}

var deposits = make(chan int)
var balances = make(chan int)

func Deposit(amount int) { deposits <- amount }
func Balance() int       { return <-balances }
func teller() {
	var balance int
	for {
		select {
		case amount := <-deposits:
			balance += amount
		case balances <- balance:
		}
	}
}

const templ = `{{len .}} movies:
{{range .}}----------------------------------------
Title:   {{.Title}}
Year:    {{.Year}} ({{.Year | daysAgo}} years)
Actors:  {{join .Actors ", "}}
{{end}}`

func main() {
	data, err := json.Marshal(movies)
	if err != nil {
		log.Fatalf("JSON marshaling failed: %s", err)
	}
	fmt.Printf("%s\n", data)
	data, _ = json.MarshalIndent(movies, "", "    ")
	fmt.Printf("%s\n", data)
	var titles []struct{ Title string }
	if err := json.Unmarshal(data, &titles); err != nil {
		log.Fatalf("JSON unmarshaling failed: %s", err)
	}
	fmt.Println(titles)
	var w Wheel
	w = Wheel{Circle{Point{8, 8}, 5}, 20}
	w.X = 42
	fmt.Printf("%#v\n%+v\n", w, w)
	calls := 0
	var cmu sync.Mutex
	m := New(func(key string) (interface{}, error) {
		cmu.Lock()
		calls++
		cmu.Unlock()
		time.Sleep(10 * time.Millisecond)
		return len(key), nil
	})
	var n sync.WaitGroup
	var mu sync.Mutex
	got := map[string]interface{}{}
	for _, url := range []string{"https://golang.org", "https://godoc.org", "https://play.golang.org", "http://gopl.io", "https://golang.org", "https://godoc.org", "https://play.golang.org", "http://gopl.io"} {
		n.Add(1)
		go func(url string) {
			defer n.Done()
			v, _ := m.Get(url)
			mu.Lock()
			got[url] = v
			mu.Unlock()
		}(url)
	}
	n.Wait()
	keys := make([]string, 0)
	for k := range got {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, got[k])
	}
	fmt.Println("calls:", calls)
	go teller()
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(i int) { defer wg.Done(); Deposit(i) }(i)
	}
	wg.Wait()
	fmt.Println("balance:", Balance())
	report := template.Must(template.New("movies").Funcs(template.FuncMap{
		"daysAgo": func(y int) int { return 2024 - y },
		"join": func(s []string, sep string) string {
			out := ""
			for i, x := range s {
				if i > 0 {
					out += sep
				}
				out += x
			}
			return out
		},
	}).Parse(templ))
	if err := report.Execute(os.Stdout, movies); err != nil {
		log.Fatal(err)
	}
	log.SetFlags(0)
	log.SetPrefix("movies: ")
	log.SetOutput(os.Stdout)
	log.Printf("done with %d", len(movies))
	l := log.New(os.Stdout, "[x] ", log.Lmsgprefix)
	l.Println("custom", 1, "logger")
}
