package diagnose

// CodeDNSInvalidName: the name to connect to is no valid host name, so no
// DNS server can be asked for it.
const CodeDNSInvalidName = "dns.invalid_name"

// dnsInvalidName comes before every network cause: until the name is
// fixed the program fails on any network, so when another cause gives the
// verdict it is still listed.
var dnsInvalidName = rule{
	code: CodeDNSInvalidName, severity: SeverityProblem, primary: true, secondary: true,
	match: func(f *facts) ([]Evidence, bool) {
		d := f.s.DNS
		if d == nil || d.Invalid == "" {
			return nil, false
		}
		return append(f.fromError(), ev(&d.Check)), true
	},
	summary: func(f *facts) string {
		return f.quotedHost() + " is not a valid host name, so it cannot be looked up"
	},
	explain: func(f *facts) string {
		return "A host name is labels of letters, digits and hyphens joined by single dots. " + f.quotedHost() + " has " + f.s.DNS.Invalid +
			", so no DNS server can be asked for it and the program fails before any connection is tried, on every network. The network is not at fault: such a name usually comes from a setting with a part left empty (a region, a bucket or an environment name), a placeholder never filled in, or two values run together (two addresses joined into one name)."
	},
	fix: func(f *facts) []Step {
		from := "the program's settings"
		if f.t.Program != "" {
			from = "the " + f.t.Program + " program's settings"
		}
		return []Step{
			{Text: "Find where " + f.quotedHost() + " is set (" + from + ", a configuration file or an environment variable) and correct it to the server's real name; look for a part left empty or a placeholder.", Who: ActorUser},
			{Text: "If the setting comes from a deployment or a script you do not maintain, give its owner the name as the program used it.", Who: ActorHelpdesk},
		}
	},
}

// quotedHost is the target's name in quotes, so a name that is broken at
// its edges (".", ".harvestapp.com", a space) shows where it begins and
// ends.
func (f *facts) quotedHost() string { return `"` + f.host() + `"` }
