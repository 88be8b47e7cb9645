package main

func init() int { return 1 } // ERROR "func init must have no arguments and no return values"

func init(x int) {} // ERROR "func init must have no arguments and no return values"

func main(args []string) {} // ERROR "func main must have no arguments and no return values"

func f(...int, int) {} // ERROR "can only use \.\.\. with final parameter in list"

func g(x ...int, y ...int) {} // ERROR "can only use \.\.\. with final parameter in list"

func init() // ERROR "missing function body"
