package diagnose

import (
	"fmt"
	"strings"
)

// CodeDNSCNAMELoop: the name's aliases (CNAME records) never reach an
// address. It comes before the other DNS verdicts: resolvers report such a
// name as missing (NXDOMAIN) or give up (SERVFAIL), which would send the
// user to check the spelling.
const CodeDNSCNAMELoop = "dns.cname_loop"

var dnsCNAMELoop = rule{
	code: CodeDNSCNAMELoop, severity: SeverityProblem, primary: true,
	match: func(f *facts) ([]Evidence, bool) {
		d := f.s.DNS
		if d == nil || len(d.CNAMELoop) == 0 {
			return nil, false
		}
		return append(f.fromError(), ev(&d.Check),
			Evidence{Check: "dns", Text: "The aliases lead " + strings.Join(d.CNAMELoop, " → ")}), true
	},
	summary: func(f *facts) string {
		return "The DNS name " + f.host() + " is an alias that never reaches an address (" + loopKind(f.s.DNS.CNAMELoop) + ")"
	},
	explain: func(f *facts) string {
		return fmt.Sprintf("In DNS, %s is an alias (a CNAME record) for another name, which is an alias again, and the chain %s. No address is ever reached, so every program fails to look the name up; many report it as a name that does not exist. The name is spelled right: its DNS records are wrong.", f.host(), loopWords(f.s.DNS.CNAMELoop))
	},
	fix: func(f *facts) []Step {
		return []Step{{Text: "Ask the owner of the DNS zone to correct the CNAME records of " + f.host() + ": the chain must end at a name with an address (an A or AAAA record).", Who: ActorServer}}
	},
}

// loopKind names an endless chain: a loop, or too long.
func loopKind(chain []string) string {
	if loops(chain) {
		return "a CNAME loop"
	}
	return "a CNAME chain too long to follow"
}

func loopWords(chain []string) string {
	if loops(chain) {
		return fmt.Sprintf("comes back to %s", strings.TrimSuffix(chain[len(chain)-1], "."))
	}
	return fmt.Sprintf("goes on for more than %d names", len(chain)-1)
}

// loops says the chain's last name appeared before in it.
func loops(chain []string) bool {
	for _, n := range chain[:len(chain)-1] {
		if n == chain[len(chain)-1] {
			return true
		}
	}
	return false
}
