// Many goroutines execute fresh html/template families at once: the first executions race
// to escape the family, which must happen exactly once (no double escaping, no data race
// on the trees), under GOMAXPROCS 1, 2 and 8.
package main

import (
	"fmt"
	"html/template"
	"runtime"
	"strings"
	"sync"
	textt "text/template"
)

func main() {
	const src = `{{define "item"}}<li title="{{.}}">{{.}}</li>{{end}}<ul>{{range .}}{{template "item" .}}{{end}}</ul><script>var d = {{.}};</script>`
	data := []string{"a<b", "c&d", `e"f`}
	want := ""
	for _, procs := range []int{1, 2, 8} {
		runtime.GOMAXPROCS(procs)
		for round := 0; round < 20; round++ {
			t := template.Must(template.New("page").Parse(src))
			tt := textt.Must(textt.New("plain").Parse(`{{range $i, $e := .}}{{$i}}={{$e}};{{end}}`))
			var wg sync.WaitGroup
			results := make([]string, 16)
			plain := make([]string, 16)
			for g := range results {
				wg.Add(1)
				go func() {
					defer wg.Done()
					var sb, pb strings.Builder
					if err := t.Execute(&sb, data); err != nil {
						results[g] = "error: " + err.Error()
						return
					}
					tt.Execute(&pb, data)
					results[g], plain[g] = sb.String(), pb.String()
				}()
			}
			wg.Wait()
			if want == "" {
				want = results[0]
				fmt.Println(want)
				fmt.Println(plain[0])
			}
			for g := range results {
				if results[g] != want || plain[g] != plain[0] {
					fmt.Println("MISMATCH", procs, round, g, results[g], plain[g])
					return
				}
			}
		}
	}
	fmt.Println("all executions agree")
}
