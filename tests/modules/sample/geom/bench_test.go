package geom

import "testing"

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Parse("rect 3 4"); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("rect 1 2")
	f.Add("circle 3")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		shape, err := Parse(s)
		if err == nil && shape.Area() < 0 {
			t.Errorf("negative area for %q", s)
		}
	})
}
