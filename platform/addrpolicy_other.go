//go:build !linux && !windows

package platform

// ReadAddrPolicy returns RFC 6724's default table: this build does not
// read the system's own.
func ReadAddrPolicy() AddrPolicy { return RFC6724Policy() }
