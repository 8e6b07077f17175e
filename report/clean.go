package report

import (
	"fmt"
	"net"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/platform"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// cleaner removes secrets from every string of a view and, when redacting,
// replaces host names and IP addresses with stable placeholders (the same
// address is always "ip-3" within one report).
type cleaner struct {
	redact bool
	names  []string // host names to hide, longest first
	ids    map[string]string
}

// Address candidates; each match is checked with net.ParseIP before it is
// replaced, so times (03:00:12) and versions stay.
var (
	ipv4Like = regexp.MustCompile(`\b(?:[0-9]{1,3}\.){3}[0-9]{1,3}\b`)
	ipv6Like = regexp.MustCompile(`[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:]*:[0-9A-Fa-f]{0,4}(?:\.[0-9.]+)?`)
)

func newCleaner(redact bool, reps ...*engine.Report) *cleaner {
	c := &cleaner{redact: redact, ids: map[string]string{}}
	seen := map[string]bool{}
	for _, r := range reps {
		for _, n := range []string{r.Target.Host, r.Env.Hostname, r.Target.URL} {
			if u := hostOf(n); u != "" && net.ParseIP(u) == nil && !seen[u] {
				seen[u] = true
				c.names = append(c.names, u)
			}
		}
	}
	sort.Slice(c.names, func(i, j int) bool { return len(c.names[i]) > len(c.names[j]) })
	return c
}

func hostOf(s string) string {
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
		if j := strings.IndexAny(s, "/?#"); j >= 0 {
			s = s[:j]
		}
		if k := strings.LastIndex(s, "@"); k >= 0 {
			s = s[k+1:]
		}
		if h, _, err := net.SplitHostPort(s); err == nil {
			s = h
		}
	}
	return strings.ToLower(strings.TrimSpace(s))
}

// s cleans one string.
func (c *cleaner) s(in string) string {
	out := target.ScrubSecrets(strings.Map(printable, in))
	if !c.redact {
		return out
	}
	for _, re := range []*regexp.Regexp{ipv4Like, ipv6Like} {
		out = re.ReplaceAllStringFunc(out, func(m string) string {
			if ip := net.ParseIP(m); ip != nil {
				return c.id("ip", ip.String())
			}
			return m
		})
	}
	low := strings.ToLower(out)
	for _, n := range c.names {
		for i := strings.Index(low, n); i >= 0; i = strings.Index(low, n) {
			rep := c.id("host", n)
			out = out[:i] + rep + out[i+len(n):]
			low = low[:i] + rep + low[i+len(n):]
		}
	}
	return out
}

func (c *cleaner) id(kind, v string) string {
	key := kind + " " + v
	if id, ok := c.ids[key]; ok {
		return id
	}
	n := 1
	for k := range c.ids {
		if strings.HasPrefix(k, kind+" ") {
			n++
		}
	}
	c.ids[key] = fmt.Sprintf("%s-%d", kind, n)
	return c.ids[key]
}

// printable drops control characters other than newline and tab, and the
// bidirectional overrides and isolates that can make text read differently
// from what it is (right-to-left text itself stays).
func printable(r rune) rune {
	switch {
	case r == '\n' || r == '\t':
		return r
	case unicode.IsControl(r), r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return -1
	}
	return r
}

func (c *cleaner) finding(f *FindingView) {
	f.Summary, f.Explanation = c.s(f.Summary), c.s(f.Explanation)
	for i := range f.Fix {
		f.Fix[i].Text, f.Fix[i].Command = c.s(f.Fix[i].Text), c.s(f.Fix[i].Command)
	}
	for i := range f.Evidence {
		f.Evidence[i].Text = c.s(f.Evidence[i].Text)
	}
}

func (c *cleaner) figures(fs []Figure) {
	for i := range fs {
		fs[i].Name, fs[i].Value = c.s(fs[i].Name), c.s(fs[i].Value)
	}
}

// run cleans every string of a run view.
func (c *cleaner) run(v *RunView) {
	v.Input, v.Tested, v.Description, v.Hostname = c.s(v.Input), c.s(v.Tested), c.s(v.Description), c.s(v.Hostname)
	v.Label = c.s(v.Label)
	c.finding(&v.Verdict)
	for i := range v.Secondary {
		c.finding(&v.Secondary[i])
	}
	for i := range v.Checks {
		ch := &v.Checks[i]
		ch.Title, ch.Summary, ch.Raw = c.s(ch.Title), c.s(ch.Summary), c.s(ch.Raw)
		c.figures(ch.Figures)
	}
	c.figures(v.Env)
	if v.Trace != nil {
		for i := range v.Trace.Hops {
			v.Trace.Hops[i].Addr = c.s(v.Trace.Hops[i].Addr)
		}
	}
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
