package main

import (
	"fmt"

	"example.com/errs/lib/internal/secret"
)

func main() { fmt.Println(secret.Key) }
