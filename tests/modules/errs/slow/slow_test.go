package slow

import (
	"testing"
	"time"
)

func TestQuick(t *testing.T) {}

// TestSlow outlives a short -timeout.
func TestSlow(t *testing.T) {
	time.Sleep(5 * time.Second)
}
