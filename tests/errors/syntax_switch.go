package main

func main() {
	switch x := 1; x // ERROR "syntax error: missing \{ after switch clause"
	{
	}
}
