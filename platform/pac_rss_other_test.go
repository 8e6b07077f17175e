//go:build !linux

package platform

import "os"

// peakRSS is not measured here (0).
func peakRSS(*os.ProcessState) int64 { return 0 }
