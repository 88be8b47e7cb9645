package private

type Counter struct {
	n     int
	Label string
}

func (c *Counter) inc() { c.n++ }

func (c *Counter) Inc() { c.inc() }

func helper() int { return 1 }

var limit = 10

type hidden struct{}
