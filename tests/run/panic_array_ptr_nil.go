package main

func main() {
	var p *[3]int
	println(len(p))
	for i := range p {
		println(i)
	}
	println(p[0])
}
