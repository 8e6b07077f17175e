package diagnose

import "strings"

// Family is a group of verdict codes that share the part before the dot
// ("dns" for dns.nxdomain, dns.unreachable…), for filters and legends.
type Family struct {
	// Match selects the family's codes: a prefix ending in "." ("dns."),
	// or a whole code for the codes without a dot ("healthy").
	Match string `json:"match"`
	// Title names the family in plain words.
	Title string `json:"title"`
	// Severity is the most serious severity of its codes.
	Severity Severity `json:"severity"`
}

// familyTitles name the families in plain words; a family missing here is
// shown by its prefix (a test keeps the list complete).
var familyTitles = map[string]string{
	CodeHealthy:      "Healthy",
	"local":          "This computer",
	"proxy":          "Proxy",
	"dns":            "Name lookup (DNS)",
	"ipv6":           "IPv6",
	"port":           "Port blocked or closed",
	"host":           "Server unreachable",
	"route":          "Path broken on the way",
	"path":           "Path quality (loss, MTU)",
	"gateway":        "Gateway or load balancer",
	"tls":            "TLS and certificates",
	"app":            "Application answers (slow, refused, errors)",
	CodeInconclusive: "Inconclusive",
}

// VerdictCodes lists every code a run's verdict can have: healthy first,
// then the rules' codes in priority order, inconclusive last. Codes that
// are only ever secondary findings are not listed.
func VerdictCodes() []string {
	out := []string{CodeHealthy}
	for _, r := range rules {
		if r.primary && r.code != CodeHealthy {
			out = append(out, r.code)
		}
	}
	return append(out, CodeInconclusive)
}

// SeverityOf returns the severity a verdict or finding with this code has,
// or "" for a code this version does not know (a newer version's run).
func SeverityOf(code string) Severity {
	switch code {
	case CodeInconclusive:
		return SeverityWarning
	}
	for _, r := range rules {
		if r.code == code {
			return r.severity
		}
	}
	return ""
}

// familyOf returns the part of a code before its dot, or the code.
func familyOf(code string) string {
	name, _, _ := strings.Cut(code, ".")
	return name
}

// Families lists the families of VerdictCodes, each once, in their order.
// Filters built from it cannot miss a family: it is derived from the rules.
func Families() []Family {
	var out []Family
	index := map[string]int{}
	for _, code := range VerdictCodes() {
		name := familyOf(code)
		sev := SeverityOf(code)
		if i, ok := index[name]; ok {
			if rank(sev) > rank(out[i].Severity) {
				out[i].Severity = sev
			}
			continue
		}
		match := name + "."
		if name == code {
			match = code
		}
		title := familyTitles[name]
		if title == "" {
			title = name
		}
		index[name] = len(out)
		out = append(out, Family{Match: match, Title: title, Severity: sev})
	}
	return out
}

// rank orders severities from harmless to serious.
func rank(s Severity) int {
	switch s {
	case SeverityProblem:
		return 3
	case SeverityWarning:
		return 2
	case SeverityInfo:
		return 1
	}
	return 0
}

// Matches reports whether code belongs to the family.
func (f Family) Matches(code string) bool {
	if strings.HasSuffix(f.Match, ".") {
		return strings.HasPrefix(code, f.Match)
	}
	return code == f.Match
}
