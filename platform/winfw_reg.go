package platform

import (
	"fmt"
	"strconv"
	"strings"
)

// ParseWinFwRegRule reads one rule of Windows Defender Firewall's registry
// store (the values under ...\SharedAccess\Parameters\FirewallPolicy\
// FirewallRules, "v2.27|Action=Allow|Active=TRUE|Dir=Out|...|") into the
// INetFwRule fields the evaluation uses:
//
//	Action=Allow/Block → Action 1/0; Active → Enabled; Dir=In/Out → 1/2
//	Protocol=n (absent: 256, any); Profile=Domain|Private|Public → bit mask
//	(absent: 0x7fffffff); RPort*, LPort* → ports; RA4*, RA6* → addresses;
//	App → Application; Svc → Service; AppPkgId → Package; LUAuth → Users;
//	IFType → InterfaceTypes; Name → Name.
//
// Fields that only concern inbound traffic or that INetFwRule does not
// expose (Edge, Defer, Platform, TTK...) are ignored.
func ParseWinFwRegRule(data string) (WinFwRule, error) {
	fields := strings.Split(strings.TrimSuffix(data, "|"), "|")
	if len(fields) == 0 || !strings.HasPrefix(fields[0], "v2.") {
		return WinFwRule{}, fmt.Errorf("platform: firewall rule: no version (%q)", textStart(data))
	}
	r := WinFwRule{Protocol: 256}
	var profiles int
	var addrs, rports, lports, iftypes []string
	for _, f := range fields[1:] {
		k, v, ok := strings.Cut(f, "=")
		if !ok {
			return WinFwRule{}, fmt.Errorf("platform: firewall rule: field %q has no value", textStart(f))
		}
		switch {
		case k == "Action":
			r.Action = map[string]int{"Allow": 1, "Block": 0, "ByPass": 1}[v]
		case k == "Active":
			r.Enabled = strings.EqualFold(v, "TRUE")
		case k == "Dir":
			r.Direction = map[string]int{"In": 1, "Out": 2}[v]
		case k == "Protocol":
			n, err := strconv.Atoi(v)
			if err != nil {
				return WinFwRule{}, fmt.Errorf("platform: firewall rule: protocol %q", textStart(v))
			}
			r.Protocol = n
		case k == "Profile":
			profiles |= map[string]int{"Domain": 1, "Private": 2, "Public": 4}[v]
		case k == "RPort" || strings.HasPrefix(k, "RPort2_"):
			rports = appendNew(rports, v)
		case k == "LPort" || strings.HasPrefix(k, "LPort2_"):
			lports = appendNew(lports, v)
		case k == "RA4" || k == "RA6" || k == "RA42" || k == "RA62":
			addrs = appendNew(addrs, v)
		case k == "App":
			r.Application = v
		case k == "Svc":
			r.Service = v
		case k == "AppPkgId":
			r.Package = v
		case k == "LUAuth":
			r.Users = v
		case k == "IFType":
			iftypes = appendNew(iftypes, v)
		case k == "Name":
			r.Name = v
		}
	}
	r.Profiles = profiles
	if profiles == 0 {
		r.Profiles = 0x7fffffff
	}
	r.RemoteAddresses, r.RemotePorts = strings.Join(addrs, ","), strings.Join(rports, ",")
	r.LocalPorts, r.InterfaceTypes = strings.Join(lports, ","), strings.Join(iftypes, ",")
	return r, nil
}

func appendNew(list []string, v string) []string {
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list, v)
}

// textStart is the start of s, for error messages.
func textStart(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}
