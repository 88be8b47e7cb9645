package geom

import (
	"errors"
	"os"
	"path"
	"testing"
	"time"
)

func TestArea(t *testing.T) {
	cases := []struct {
		name string
		s    Shape
		want float64
	}{
		{"rect", Rect{3, 4}, 12},
		{"square", Rect{2, 2}, 4},
		{"unit circle", Circle{1}, 3.141592653589793},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := c.s.Area(); got != c.want {
				t.Errorf("Area() = %v, want %v", got, c.want)
			}
		})
	}
}

func TestSquareIsUnexported(t *testing.T) {
	if square(3) != 9 {
		t.Fatal("square(3) != 9")
	}
}

func checkParse(t *testing.T, in string, wantErr bool) Shape {
	t.Helper()
	s, err := Parse(in)
	if (err != nil) != wantErr {
		t.Fatalf("Parse(%q) error = %v, wantErr %v", in, err, wantErr)
	}
	if err != nil && !errors.Is(err, ErrSyntax) {
		t.Fatalf("Parse(%q) error %v is not ErrSyntax", in, err)
	}
	return s
}

func TestParse(t *testing.T) {
	if s := checkParse(t, "rect 2 3", false); s.Area() != 6 {
		t.Errorf("area %v", s.Area())
	}
	checkParse(t, "circle x", true)
	checkParse(t, "hexagon 1", true)
	t.Logf("parsed %d shapes", 3)
}

func TestCleanupAndTempDir(t *testing.T) {
	dir := t.TempDir()
	file := path.Join(dir, "shapes.txt")
	if err := os.WriteFile(file, []byte("rect 1 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { t.Log("cleanup 1 runs last") })
	t.Cleanup(func() { t.Log("cleanup 2 runs first") })
	t.Setenv("GEOM_UNITS", "cm")
	if os.Getenv("GEOM_UNITS") != "cm" {
		t.Error("Setenv did not set GEOM_UNITS")
	}
	if _, ok := t.Deadline(); ok {
		t.Log("the test has a deadline")
	}
}

func TestSkipped(t *testing.T) {
	t.Skip("not on this platform")
	t.Error("not reached")
}

func TestParallel(t *testing.T) {
	for _, k := range []string{"rect", "circle"} {
		t.Run(k, func(t *testing.T) {
			t.Parallel()
			if k == "circle" {
				// Finishes second: the report order of parallel tests is their
				// completion order.
				time.Sleep(50 * time.Millisecond)
			}
			if Unit(k) == nil {
				t.Errorf("no unit %s", k)
			}
		})
	}
}
