package main

import _ "example.com/errs/empty"

func main() {}
