package main

const W, H = 10, 8

type Grid [H][W]bool

func (g *Grid) neighbors(y, x int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if dy == 0 && dx == 0 {
				continue
			}
			yy, xx := (y+dy+H)%H, (x+dx+W)%W
			if g[yy][xx] {
				n++
			}
		}
	}
	return n
}

func (g Grid) step() Grid {
	var next Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := g.neighbors(y, x)
			next[y][x] = n == 3 || (n == 2 && g[y][x])
		}
	}
	return next
}

func (g Grid) show() {
	for y := 0; y < H; y++ {
		line := ""
		for x := 0; x < W; x++ {
			if g[y][x] {
				line += "#"
			} else {
				line += "."
			}
		}
		println(line)
	}
	println()
}

func main() {
	var g Grid
	// glider
	g[0][1], g[1][2], g[2][0], g[2][1], g[2][2] = true, true, true, true, true
	for i := 0; i < 4; i++ {
		g.show()
		g = g.step()
	}
	for i := 0; i < 36; i++ {
		g = g.step()
	}
	g.show()
}
