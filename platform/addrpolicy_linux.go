//go:build linux

package platform

import "os"

// GaiConfPath is the file glibc reads its address-selection table from.
var GaiConfPath = "/etc/gai.conf"

// ReadAddrPolicy returns the table glibc sorts a name's addresses by:
// /etc/gai.conf where it sets one, else glibc's built-in table. A missing
// or unreadable file means the built-in table, as it does for glibc.
func ReadAddrPolicy() AddrPolicy {
	b, err := os.ReadFile(GaiConfPath)
	if err != nil {
		return GlibcPolicy()
	}
	return ParseGaiConf(string(b))
}
