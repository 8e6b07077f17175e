package target

import (
	"net/url"
	"strings"
)

// firefoxErrorPage is the URL of Firefox's error page for a load that
// failed, as geckodriver and Selenium report it ("Reached error page:
// about:neterror?e=dnsNotFound&u=https%3A//x/…&c=UTF-8&f=regular&d=…"):
// e= the error (nsDocShell::DisplayLoadError), u= the page's URL,
// percent-encoded (nsDocShell::LoadErrorPage). Only the errors of a
// connection to the page's own server are read; proxyConnectFailure and
// proxyResolveFailure failed at a proxy that u does not name.
const firefoxErrorPage = `about:(?:net|cert)error\?e=`

// firefoxPageURL is u= of firefoxErrorPage, its scheme's colon encoded.
const firefoxPageURL = `&u=(?P<url>[A-Za-z][A-Za-z0-9+.\-]*%3[Aa]//[^&\s"'<>]+)`

// decodedPageURL replaces the percent-encoded page URL read from
// Firefox's error page URL with the URL itself; a value that does not
// decode, or decodes to a line break, adds no candidate.
func decodedPageURL(_ *scan, _ int, _ *extractor, _ string, _ []int, g map[string]string) bool {
	u, err := url.PathUnescape(g["url"])
	if err != nil || strings.ContainsAny(u, " \t\r\n") {
		return false
	}
	g["url"] = u
	return true
}
