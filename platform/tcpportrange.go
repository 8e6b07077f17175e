package platform

import (
	"fmt"
	"sort"
	"strings"
)

// TCPSetting is what the port-range reader needs of one instance of
// Windows' MSFT_NetTCPSetting class (a TCP settings template: Internet,
// Datacenter, Compat...; "Automatic" carries no values).
type TCPSetting struct {
	// Name is the template's SettingName.
	Name string
	// Start and Count are DynamicPortRangeStartPort and
	// DynamicPortRangeNumberOfPorts, 0 (or less) when the instance has
	// none.
	Start, Count int64
}

// PickTCPPortRange reads the dynamic (ephemeral) port range out of the
// MSFT_NetTCPSetting instances: the range is one setting of the TCP/IP
// stack, which every template reports; where they differ, the Internet
// template's (the one a client's connections use) is taken. It returns the
// first and last port.
func PickTCPPortRange(rows []TCPSetting) (lo, hi int, err error) {
	ranges := map[[2]int64][]string{}
	var internet [2]int64
	for _, r := range rows {
		if r.Start <= 0 || r.Count <= 0 {
			continue
		}
		if r.Start > 65535 || r.Start+r.Count-1 > 65535 {
			return 0, 0, fmt.Errorf("platform: MSFT_NetTCPSetting %s: port range %d + %d ports is beyond 65535", r.Name, r.Start, r.Count)
		}
		k := [2]int64{r.Start, r.Count}
		ranges[k] = append(ranges[k], r.Name)
		if strings.EqualFold(r.Name, "Internet") {
			internet = k
		}
	}
	var k [2]int64
	switch {
	case len(ranges) == 1:
		for k = range ranges {
		}
	case internet[0] > 0:
		k = internet
	case len(ranges) == 0:
		return 0, 0, fmt.Errorf("platform: MSFT_NetTCPSetting: no instance has a dynamic port range (%d instances)", len(rows))
	default:
		var seen []string
		for r, names := range ranges {
			seen = append(seen, fmt.Sprintf("%d+%d (%s)", r[0], r[1], strings.Join(names, ", ")))
		}
		sort.Strings(seen)
		return 0, 0, fmt.Errorf("platform: MSFT_NetTCPSetting: templates disagree on the dynamic port range and none is Internet: %s", strings.Join(seen, "; "))
	}
	return int(k[0]), int(k[0] + k[1] - 1), nil
}
