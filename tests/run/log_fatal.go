package main

import "log"

func main() {
	log.SetFlags(0)
	log.SetPrefix("tool: ")
	defer println("deferred calls do not run")
	log.Fatalf("cannot open %s", "config.json")
}
