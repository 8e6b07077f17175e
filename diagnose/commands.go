package diagnose

import "runtime"

// goos is the operating system the fix commands are written for; tests
// set it.
var goos = runtime.GOOS

func routeCommand() string {
	if goos == "windows" {
		return "route print"
	}
	return "ip route"
}

func renewCommand() string {
	if goos == "windows" {
		return "ipconfig /renew"
	}
	return "nmcli connection up <connection>"
}

func dnsConfigCommand() string {
	if goos == "windows" {
		return "ipconfig /all"
	}
	return "resolvectl status"
}

func flushCommand() string {
	if goos == "windows" {
		return "ipconfig /flushdns"
	}
	return "resolvectl flush-caches"
}
