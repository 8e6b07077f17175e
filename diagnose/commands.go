package diagnose

import "runtime"

// goos is the operating system the fix commands are written for; tests
// set it.
var goos = runtime.GOOS

// commands are the commands named in fix steps: Windows first, then the
// rest (Linux).
var commands = map[string][2]string{
	"route":      {"route print", "ip route"},
	"renew":      {"ipconfig /renew", "nmcli connection up <connection>"},
	"dns-config": {"ipconfig /all", "resolvectl status"},
	"flush":      {"ipconfig /flushdns", "resolvectl flush-caches"},
	"firewall":   {"Get-NetFirewallRule -Direction Outbound -Enabled True -Action Block", "nft -a list ruleset"},
}

// command returns the named command for this operating system.
func command(name string) string {
	if goos == "windows" {
		return commands[name][0]
	}
	return commands[name][1]
}

func routeCommand() string     { return command("route") }
func renewCommand() string     { return command("renew") }
func dnsConfigCommand() string { return command("dns-config") }
func flushCommand() string     { return command("flush") }
func firewallCommand() string  { return command("firewall") }
