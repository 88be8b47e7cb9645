package notmain

func main() {
	x := 1
}
