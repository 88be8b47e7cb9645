package main

import "example.org/absent"

func main() { absent.Run() }
