package diagnose

import (
	"fmt"

	"github.com/conndoctor/conndoctor/probes"
)

// upstreamTimeouts name, for each gateway product the TLS/HTTP check
// recognises (probes.Gateway.Product), the settings that bound how long it
// waits for its backend. A fix step names only the product that answered.
var upstreamTimeouts = map[string]string{
	"nginx":                     "proxy_read_timeout and proxy_connect_timeout in the nginx configuration",
	"envoy":                     "the route's timeout (route.timeout, 15 s by default) in the envoy configuration",
	"Kong":                      "the service's read_timeout and connect_timeout in Kong",
	"Tyk":                       "the API's enforced timeout (or proxy_default_timeout) in Tyk",
	"APIPark":                   "the service's upstream timeout in APIPark",
	"Traefik":                   "the servers transport's forwardingTimeouts (responseHeaderTimeout) in Traefik",
	"HAProxy":                   "timeout server and timeout connect in the HAProxy configuration",
	"AWS load balancer":         "the load balancer's idle timeout in AWS",
	"Google load balancer":      "the backend service timeout in Google Cloud",
	"Cloudflare":                "the origin's response time: Cloudflare waits 100 s for it (error 524), and only some plans can raise that",
	"Azure Application Gateway": "the backend setting's request timeout in Azure Application Gateway",
	"Apache httpd":              "ProxyTimeout (or the timeout= parameter of ProxyPass) in the Apache configuration",
}

// upstreamTimeoutStep is the fix step about the gateway's own timeout,
// for the product that answered ("" when it could not be recognised).
func upstreamTimeoutStep(product string) Step {
	setting := upstreamTimeouts[product]
	switch {
	case product == "":
		setting = "the gateway's or load balancer's timeout for its backend (upstream)"
	case setting == "":
		setting = "the upstream (backend) timeout of " + product
	}
	return Step{Text: "Compare " + setting + " with how long the backend needs, and raise it if the backend is legitimately slow.", Who: ActorServer}
}

// gatewayEvidence says in words who answered, then the headers that show it.
func gatewayEvidence(a *probes.AppResult) string {
	who := "A gateway"
	if a.Gateway.Product != "" {
		who = "The gateway (" + a.Gateway.Product + ")"
	}
	return fmt.Sprintf("%s answered instead of the application, with HTTP %d. Headers: Server %q, Via %q.", who, a.StatusCode, a.Server, a.Via)
}
