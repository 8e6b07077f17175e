package platform

import (
	"fmt"
	"os"
)

// readFile is the one door to OS files; tests replace it to feed captured
// content.
var readFile = os.ReadFile

// ReadHosts parses the system hosts file and returns its entries and path.
func ReadHosts() ([]HostEntry, string, error) {
	b, err := readFile(HostsPath)
	if err != nil {
		return nil, HostsPath, fmt.Errorf("platform: read hosts file %s: %w", HostsPath, err)
	}
	return ParseHosts(b), HostsPath, nil
}
