package report

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/conndoctor/conndoctor/platform"
	"github.com/conndoctor/conndoctor/probes"
)

// printable drops control characters other than newline and tab, and the
// invisible format characters (Unicode category Cf): bidirectional
// overrides and isolates that can make text read differently from what it
// is, zero-width spaces and joiners, soft hyphens. Right-to-left text itself
// stays. Scrub applies it to every string of a run before redacting, so an
// invisible character cannot hide a name from redaction and then vanish.
func printable(r rune) rune {
	switch {
	case r == '\n' || r == '\t':
		return r
	case unicode.IsControl(r), unicode.Is(unicode.Cf, r):
		return -1
	}
	return r
}

// envFigures lists the machine's network settings.
func envFigures(dns []string, gws []platform.Gateway, ifs []probes.Interface, proxy map[string]string) []Figure {
	var f []Figure
	f = append(f, Figure{"DNS servers", strings.Join(dns, ", ")})
	var g []string
	for _, gw := range gws {
		g = append(g, gw.Addr+" ("+gw.Iface+")")
	}
	f = append(f, Figure{"default gateways", strings.Join(g, ", ")})
	for _, i := range ifs {
		f = append(f, Figure{"interface " + i.Name, fmt.Sprintf("%s, MTU %d", strings.Join(i.Addrs, " "), i.MTU)})
	}
	keys := make([]string, 0, len(proxy))
	for k := range proxy {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		f = append(f, Figure{k, proxy[k]})
	}
	return f
}
