package main

import "fmt"

// plural picks the singular text for 1, else formats many with n
// ("1 run", "3 runs").
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return fmt.Sprintf(many, n)
}
