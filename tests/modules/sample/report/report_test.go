package report_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"example.com/sample/geom"
	"example.com/sample/report"
)

func TestMain(m *testing.M) {
	fmt.Println("report tests: setup")
	code := m.Run()
	fmt.Println("report tests: teardown, code", code)
	os.Exit(code)
}

func TestTable(t *testing.T) {
	out := report.Table([]geom.Shape{geom.Rect{W: 1, H: 2}})
	if !strings.Contains(out, "rect.... 2.00 6.00") {
		t.Errorf("Table = %q", out)
	}
}

func TestTotal(t *testing.T) {
	if got := report.Total([]geom.Shape{geom.Rect{W: 1, H: 2}, geom.Rect{W: 3, H: 1}}); got != 5 {
		t.Errorf("Total = %v", got)
	}
}
