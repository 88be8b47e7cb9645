package legacy

import "testing"

func TestInches(t *testing.T) {
	if got := InchesToCM(10); got != 25.4 {
		t.Errorf("InchesToCM(10) = %v, want 25.4", got)
	}
}

func TestFeet(t *testing.T) {
	for _, c := range []struct{ ft, in float64 }{{1, 12}, {0, 0}, {2, 24}} {
		if got := FeetToInches(c.ft); got != c.in {
			t.Errorf("FeetToInches(%v) = %v, want %v", c.ft, got, c.in)
		}
	}
	t.Log("checked three conversions")
}
