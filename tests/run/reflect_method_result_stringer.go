// Values a method returns reach fmt only through reflect's Value.Call: their types'
// String methods must still be in the program (types/src/check/reach.rs).
package main

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"text/template"
	"time"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Level int

func (l Level) String() string { return [...]string{"low", "mid", "high"}[l] }

type Sensor struct{ name string }

func (s Sensor) Reading() Celsius        { return 21.5 }
func (s Sensor) Interval() time.Duration { return 1500 * time.Millisecond }
func (s *Sensor) Alert() Level           { return 2 }
func (s Sensor) Zone() *time.Location    { return time.UTC }

func main() {
	s := &Sensor{name: "hall"}
	v := reflect.ValueOf(s)
	for _, name := range []string{"Alert", "Interval", "Reading", "Zone"} {
		out := v.MethodByName(name).Call(nil)
		fmt.Printf("%s: %v (%s)\n", name, out[0].Interface(), out[0].Type())
	}
	t := template.Must(template.New("t").Parse("{{.Reading}} every {{.Interval}}, alert {{.Alert}}\n"))
	if err := t.Execute(os.Stdout, s); err != nil {
		fmt.Println(err)
	}
	var b strings.Builder
	fmt.Fprint(&b, reflect.ValueOf(*s).Method(0).Call(nil)[0])
	fmt.Println(b.String())
}
