package target

import (
	"regexp"
	"strings"
)

// dockerDNS is Docker's embedded DNS server, the resolver of a container
// on a user-defined network.
const dockerDNS = "127.0.0.11:53"

// dockerLookup is Go's resolver asking Docker's embedded DNS for a name of
// one label: "lookup domain on 127.0.0.11:53: no such host".
var dockerLookup = regexp.MustCompile(`lookup ([A-Za-z0-9][A-Za-z0-9_-]*) on 127\.0\.0\.11:53\b`)

// dockerServices returns the one-label names Go looked up on Docker's
// embedded DNS, nil when there are none. That server answers a Compose
// file's container and service names, so such a name is a service's,
// not a placeholder ("domain" is the name of prometheus' domain_exporter
// container in "Get http://domain:9222/probe?…: dial tcp: lookup domain
// on 127.0.0.11:53: no such host"). A redaction ("xxx") stays one.
func dockerServices(text string) map[string]bool {
	if !strings.Contains(text, dockerDNS) {
		return nil
	}
	var names map[string]bool
	for _, m := range dockerLookup.FindAllStringSubmatch(text, -1) {
		name := strings.ToLower(m[1])
		if strings.Trim(name, "x*#?_") == "" || checkHost(name, name) != nil {
			continue
		}
		if names == nil {
			names = map[string]bool{}
		}
		names[name] = true
	}
	return names
}
