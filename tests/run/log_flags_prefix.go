package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
	"sync"
)

type errWriter struct{}

func (errWriter) Write(p []byte) (int, error) { return 0, fmt.Errorf("refused %d bytes", len(p)) }

func helper(l *log.Logger) { l.Output(2, "from helper") }

func main() {
	var b bytes.Buffer
	l := log.New(&b, "[app] ", 0)
	l.Print("plain")
	l.Print("ends with newline\n")
	l.Print("two\n\n")
	l.Print()
	l.Print("a", "b", 1, 2, "c")
	l.Println("a", "b", 1, 2, "c")
	l.Printf("%5.2f|%-4s|%q", 3.14159, "x", "y")
	l.SetFlags(log.Lmsgprefix)
	l.Print("prefix moved")
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Print("short and moved")
	l.SetFlags(log.Lshortfile | log.Llongfile)
	l.Print("short wins")
	helper(l)
	l.Output(1, "output depth 1")
	l.SetPrefix("")
	l.SetFlags(log.Lshortfile)
	func() { l.Print("in closure") }()
	fmt.Print(b.String())

	b.Reset()
	l.SetFlags(log.Llongfile)
	l.Print("long")
	s := b.String()
	fmt.Println(strings.HasPrefix(s, "/"), strings.HasSuffix(s, "log_flags_prefix.go:43: long\n"))

	b.Reset()
	l.SetFlags(log.Ldate | log.Ltime | log.Lmicroseconds | log.LUTC)
	l.SetPrefix("P ")
	l.Print("stamp")
	s = b.String()
	fmt.Println(len(s), s[:2], s[6] == '/', s[9] == '/', s[12] == ' ', s[15] == ':', s[18] == ':', s[21] == '.', s[28:])

	b.Reset()
	l.SetFlags(log.Ltime)
	l.Print("time only")
	fmt.Println(len(b.String()), b.String()[11:])

	b.Reset()
	l.SetFlags(log.Ldate | log.Lmsgprefix)
	l.Print("date only")
	fmt.Println(len(b.String()), b.String()[11:])

	e := log.New(errWriter{}, "", 0)
	fmt.Println(e.Output(1, "hello"))

	var c bytes.Buffer
	cl := log.New(&c, "", 0)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				cl.Printf("g%d line %d", i, j)
			}
		}(i)
	}
	wg.Wait()
	lines := strings.Split(strings.TrimSuffix(c.String(), "\n"), "\n")
	ok := true
	for _, ln := range lines {
		if !strings.HasPrefix(ln, "g") || !strings.Contains(ln, " line ") {
			ok = false
		}
	}
	fmt.Println(len(lines), ok)

	fmt.Println(log.Default() != nil, log.Default().Writer() == os.Stderr, log.Flags() == log.LstdFlags)
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.SetPrefix("std: ")
	log.Print("print")
	log.Printf("printf %d", 1)
	log.Println("println", 2)
	fmt.Println(log.Prefix(), log.Flags(), log.Writer() == os.Stdout)
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		l.SetFlags(0)
		l.SetPrefix("")
		l.Panicln("pl", 1)
	}()
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		log.Panic("p", 2, 3)
	}()
	log.New(os.Stdout, "fatal: ", 0).Fatalln("bye", 9)
}
