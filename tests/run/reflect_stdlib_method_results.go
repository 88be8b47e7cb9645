// Results of standard-library methods called through reflect (Value.Call, templates)
// are printed through their String methods, which no code of the program names.
package main

import (
	"fmt"
	"os"
	"reflect"
	"text/template"
	"time"
)

func main() {
	t0 := time.Date(2024, time.January, 2, 3, 4, 5, 0, time.UTC)
	t1 := t0.Add(90 * time.Second)
	sub := reflect.ValueOf(t1).MethodByName("Sub").Call([]reflect.Value{reflect.ValueOf(t0)})
	fmt.Println(sub[0].Interface(), sub[0].Type())
	for _, name := range []string{"Month", "Weekday", "Location"} {
		out := reflect.ValueOf(t0).MethodByName(name).Call(nil)[0]
		fmt.Printf("%s: %v\n", name, out)
	}
	tmpl := template.Must(template.New("t").Parse("{{.Weekday}} {{.Month}} {{.Round 0}}\n"))
	if err := tmpl.Execute(os.Stdout, t1); err != nil {
		fmt.Println(err)
	}
}
