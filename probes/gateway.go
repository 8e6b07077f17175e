package probes

import (
	"regexp"
	"strings"

	"github.com/conndoctor/conndoctor/internal/textcap"
)

// gatewaySigns recognise gateways and load balancers by their Server header
// or the body of their error page. product is what to call them.
var gatewaySigns = []struct {
	product string
	server  *regexp.Regexp // matches the Server or Via header
	body    *regexp.Regexp // matches the error page
	// says marks body patterns that are an explanation worth quoting, not
	// just the product's signature.
	says bool
}{
	{"envoy", regexp.MustCompile(`(?i)^envoy|istio`), regexp.MustCompile(`(?i)upstream (request timeout|connect error|connect timeout)|no healthy upstream`), true},
	{"Kong", regexp.MustCompile(`(?i)kong`), regexp.MustCompile(`(?i)upstream server is timing out|invalid response was received from the upstream server|failure to get a peer from the ring-balancer`), true},
	{"Tyk", regexp.MustCompile(`(?i)tyk`), regexp.MustCompile(`(?i)"error":\s*"(upstream|there was a problem proxying)`), true},
	{"APIPark", regexp.MustCompile(`(?i)apipark|apinto`), nil, false},
	{"Traefik", regexp.MustCompile(`(?i)traefik`), nil, false},
	{"HAProxy", regexp.MustCompile(`(?i)haproxy`), regexp.MustCompile(`(?i)504 Gateway Time-out</h1>\s*The server didn't respond in time`), true},
	{"AWS load balancer", regexp.MustCompile(`(?i)awselb|elb`), nil, false},
	{"Google load balancer", regexp.MustCompile(`(?i)^gfe|google frontend`), nil, false},
	{"Cloudflare", regexp.MustCompile(`(?i)cloudflare`), regexp.MustCompile(`(?i)error code:? 52[0-4]|origin web server timed out`), true},
	{"Azure Application Gateway", regexp.MustCompile(`(?i)microsoft-azure-application-gateway`), nil, false},
	{"nginx", regexp.MustCompile(`(?i)nginx|openresty`), regexp.MustCompile(`(?i)<center>(nginx|openresty)[^<]*</center>`), false},
	{"Apache httpd", regexp.MustCompile(`(?i)^apache`), regexp.MustCompile(`(?i)proxy server received an invalid response from an upstream server|error reading from remote server`), true},
}

// timeoutWords in a gateway's 502/503 page say its backend timed out
// (Cloudflare's 522 and 524 are timeouts too).
var timeoutWords = regexp.MustCompile(`(?i)timed? ?out|time-out|error code:? 52[24]`)

// upstreamWords in a 502/503 body mean the gateway blames its backend.
var upstreamWords = regexp.MustCompile(`(?i)upstream|backend|origin|bad gateway|proxy`)

// detectGateway recognises an answer from a gateway or load balancer: a
// 502, 503 or 504 with a gateway's Server/Via header or error page. A 504,
// or a 502/503 whose page blames the upstream, means the gateway's own
// backend is what timed out.
func detectGateway(status int, server, via, body string) *Gateway {
	if status != 502 && status != 503 && status != 504 {
		return nil
	}
	g := &Gateway{}
	for _, s := range gatewaySigns {
		byHeader := s.server != nil && (s.server.MatchString(server) || (via != "" && s.server.MatchString(via)))
		byBody := s.body != nil && s.body.MatchString(body)
		if byHeader || byBody {
			g.Product = s.product
			if byBody && s.says {
				g.Reason = textcap.Cap(strings.TrimSpace(stripTags(s.body.FindString(body))))
			}
			break
		}
	}
	switch {
	case status == 504:
		g.Upstream, g.TimedOut = true, true
		std := "504 Gateway Timeout: the gateway's backend did not answer in time"
		if g.Reason == "" {
			g.Reason = std
		} else {
			g.Reason = std + " (\"" + g.Reason + "\")"
		}
	case upstreamWords.MatchString(body):
		g.Upstream = true
		g.TimedOut = timeoutWords.MatchString(body)
		if g.Reason == "" {
			g.Reason = strings.TrimSpace(firstLine(stripTags(body)))
		}
	}
	if g.Product == "" && !g.Upstream && via == "" {
		return nil // a plain 502/503 from the application itself
	}
	if g.Reason == "" {
		g.Reason = "the gateway answered with an error instead of the application"
	}
	return g
}

var tags = regexp.MustCompile(`<[^>]*>`)

func stripTags(s string) string {
	return strings.Join(strings.Fields(tags.ReplaceAllString(s, " ")), " ")
}

func firstLine(s string) string { return textcap.CapN(s, 160) }
