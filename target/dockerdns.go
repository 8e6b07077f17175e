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
// not a generic word standing for one ("domain" is the name of
// prometheus' domain_exporter container in "Get
// http://domain:9222/probe?…: dial tcp: lookup domain on 127.0.0.11:53:
// no such host"); see serviceName for what stays a placeholder.
func dockerServices(text string) map[string]bool {
	if !strings.Contains(text, dockerDNS) {
		return nil
	}
	var names map[string]bool
	for _, m := range dockerLookup.FindAllStringSubmatch(text, -1) {
		if names == nil {
			names = map[string]bool{}
		}
		names[strings.ToLower(m[1])] = true
	}
	return names
}

// serviceName reports whether h is a service name Go looked up on
// Docker's embedded DNS (see dockerServices) that is a valid name and no
// placeholder but for the generic words of notHosts: a redaction ("xxx"),
// a setting's name (DB_HOST) or a slot's stays a placeholder there too.
func (c *cand) serviceName(h string) bool {
	return c.services[strings.ToLower(h)] && checkHost(h, h) == nil && !placeholderName(h)
}
