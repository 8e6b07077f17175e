package target

import "strings"

// Twisted's DNSLookupError prints "DNS lookup failed: " before its
// message, and the message names the host whichever resolver raised it:
// HostnameEndpoint's "Couldn't find the hostname 'x'" and the threaded
// resolver's "address 'x' not found: [Errno -2] Name or service not
// known" (Scrapy's "no results for hostname lookup: x" is read beside
// them in extract.go). The name is quoted with Python's repr. The error's
// own repr reads the same, as Synapse's federation client logs it after
// the request that failed: "Request failed: POST matrix://matrix.org/…:
// DNSLookupError("Couldn't find the hostname
// 'matrix.org.cdn.cloudflare.net'",)"; the quoted name is the one that
// did not resolve (here the CDN name matrix.org's records point to), so it
// is the target rather than the request's host.
const twistedLookupFailed = `(?:DNS lookup failed: |DNSLookupError\(["'])(?:Couldn't find the hostname|address) '` + hostGroup + `'`

// synapseFederationMarks are the words that say the Twisted client above
// a failure is Synapse's federation client: its module
// (synapse/http/matrixfederationclient.py, or the logger
// synapse.http.matrixfederationclient) and its agent
// (synapse.http.federation.matrix_federation_agent).
var synapseFederationMarks = []string{"matrixfederationclient", "matrix_federation_agent"}

// synapseFederationPort keeps a Twisted look-up that failed, on Matrix's
// federation port 8448 when Synapse's federation client (see
// synapseFederationMarks) is named within 8 KB above it or on its line
// before it: the server a homeserver federates with listens there unless
// its .well-known or SRV record says otherwise, which the message would
// name. A look-up of any other Twisted program names no port.
func synapseFederationPort(s *scan, i int, _ *extractor, src string, m []int, g map[string]string) bool {
	if g["port"] != "" {
		return true
	}
	before := src[:m[0]]
	for _, w := range synapseFederationMarks {
		if strings.Contains(before, w) || len(s.markAbove(w, s.lines[i].start, 8<<10)) > 0 {
			g["port"] = "8448"
			break
		}
	}
	return true
}
