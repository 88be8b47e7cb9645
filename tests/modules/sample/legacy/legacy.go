// Package legacy converts old-style measurements; one conversion has a bug its tests find.
package legacy

// InchesToCM converts inches to centimetres.
func InchesToCM(in float64) float64 { return in * 2.54 }

// FeetToInches converts feet to inches (wrong factor).
func FeetToInches(ft float64) float64 { return ft * 10 }
