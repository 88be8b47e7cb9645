package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	var b bytes.Buffer
	l := log.New(&b, "pre: ", log.Lshortfile)
	l.Print("a", 1, 2, "b")
	l.Printf("x=%d", 5)
	l.Println("line", 3)
	l.SetFlags(log.Lmsgprefix | log.Lshortfile)
	l.Print("msgprefix\n")
	l.SetFlags(0)
	l.SetPrefix("")
	l.Print("")
	fmt.Print(b.String())
	fmt.Println(l.Flags(), l.Prefix() == "", l.Writer() == &b, log.Flags(), log.Prefix() == "")
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("std", "logger")
	log.Output(1, "direct")
	log.SetFlags(log.LstdFlags | log.Lmicroseconds | log.LUTC)
	var c bytes.Buffer
	log.SetOutput(&c)
	log.Print("timed")
	fmt.Println(len(c.String()), strings.HasSuffix(c.String(), " timed\n"), c.String()[4] == '/', c.String()[19] == '.')
	defer func() { fmt.Println("recovered:", recover()) }()
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Panicf("bad %d", 7)
}
