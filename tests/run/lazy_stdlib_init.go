// Package variables of the standard library are initialized as in Go even when only a
// few of their package's functions are reachable (issue 15: bodies are checked and
// compiled on demand, but every initializer and init function still runs, in order).
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"strings"
	"time"
	"unicode"
)

func main() {
	// Tables decoded by initializers that call functions.
	fmt.Println(len(unicode.CaseRanges) > 0, unicode.ToUpper('é') == 'É', unicode.IsUpper('Σ'), unicode.SimpleFold('k'))
	// Variables initialized from other packages' variables and calls.
	fmt.Println(flag.CommandLine.Name() == os.Args[0], time.UTC.String(), http.DefaultServeMux != nil)
	fmt.Println(errors.Is(fs.ErrNotExist, os.ErrNotExist), io.EOF.Error(), http.StatusText(http.StatusTeapot))
	// A sentinel error and a method reached only through the interface it is stored in.
	var err error = json.Unmarshal([]byte("{"), new(any))
	fmt.Println(err)
	fmt.Println(strings.Title("lazy start"), strings.ToValidUTF8("a\xffb", "?"))
}
