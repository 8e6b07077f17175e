package target

import (
	"errors"
	"net"
	"net/url"
	"strconv"
	"strings"
	"unicode"

	"github.com/conndoctor/conndoctor/internal/textcap"
)

// Parse reads what the user typed or pasted and returns the target to test.
// Plain input (one word) is read as a URL, host:port, bracketed IPv6, an IP
// or a host name; anything with spaces or line breaks is read as error text.
// The error is a *ParseError (wrapping ErrEmpty or ErrNoTarget where they fit).
//
// User-info (user name and password alike) inside URLs is replaced by
// "xxxxx" everywhere in the result, Input included, so it never reaches
// history or reports.
//
// A paste longer than 128 KB is read at its head and tail to find the
// target (see maxScan); what the result keeps of it (Input, Evidence, the error's Input and Reason) is capped at
// textcap.Max bytes, and a longer URL keeps only scheme://host:port/, so a
// log file pasted by mistake is not stored or echoed whole.
func Parse(input string) (Target, error) {
	t, err := parse(input)
	var pe *ParseError
	if errors.As(err, &pe) {
		pe.Input, pe.Reason = textcap.Cap(pe.Input), textcap.Cap(pe.Reason)
	}
	return t.capped(), err
}

// capped returns t with the text it keeps from the input capped.
func (t Target) capped() Target {
	t.Input, t.Evidence = textcap.Cap(t.Input), textcap.Cap(t.Evidence)
	if len(t.URL) > textcap.Max {
		t.URL = t.Scheme + "://" + t.HostPort() + "/"
	}
	return t
}

// parse is Parse before the result is capped.
func parse(input string) (Target, error) {
	input = ScrubSecrets(input)
	plain := plainCopy(input)
	text := strings.TrimSpace(plain)
	if text == "" {
		return Target{}, &ParseError{Input: input, Reason: "nothing to test", Hint: "enter a host, host:port or URL, or paste an error message", err: ErrEmpty}
	}
	if !strings.ContainsFunc(text, unicode.IsSpace) {
		t, err := parsePlain(text)
		if err == nil {
			t.Input = input
			return t, nil
		}
		// A single word that is not a target may still be an error code or a
		// quoted fragment; error text gets a try before giving up.
		et, eerr := parseErrorText(input, plain)
		var pe *ParseError
		if eerr == nil {
			return et, nil
		} else if errors.As(eerr, &pe) && (pe.Failure != FailureNone || proseToken(text)) {
			return Target{}, eerr
		}
		return Target{}, err
	}
	return parseErrorText(input, plain)
}

// parsePlain reads one token as a URL, host:port, IPv6 literal, IP or name.
func parsePlain(s string) (Target, error) {
	s = strings.Trim(s, `"'<>()`)
	if strings.Contains(s, "://") {
		return parseURL(s)
	}
	if ip := net.ParseIP(s); ip != nil {
		return Target{Input: s, Host: ip.String(), Port: DefaultPort, PortFrom: PortAssumed, Kind: KindHost}, nil
	}
	if strings.HasPrefix(s, "[") || strings.Count(s, ":") == 1 {
		host, port, err := net.SplitHostPort(s)
		if err != nil {
			return Target{}, badInput(s, "cannot read "+strconv.Quote(s)+" as host:port", "write it as host:port, or [IPv6]:port for IPv6")
		}
		p, err := parsePort(s, port)
		if err != nil {
			return Target{}, err
		}
		if err := checkHost(s, host); err != nil {
			return Target{}, err
		}
		return Target{Input: s, Host: normHost(host), Port: p, PortFrom: PortExplicit, Kind: KindHostPort}, nil
	}
	if err := checkHost(s, s); err != nil {
		return Target{}, err
	}
	if i := strings.LastIndexByte(s, '.'); i >= 0 && camelCase(s[i+1:]) {
		// "java.nio.channels.UnresolvedAddressException" names a class.
		return Target{}, badInput(s, strconv.Quote(s)+" is a name from program code, not a host name", "enter the host, host:port or URL the program was trying to reach")
	}
	return Target{Input: s, Host: normHost(s), Port: DefaultPort, PortFrom: PortAssumed, Kind: KindHost}, nil
}

// camelCase reports whether a word mixes cases after its first letter
// ("AddressException"), as code names do and domain names never need to.
func camelCase(w string) bool {
	return len(w) > 1 && strings.ToLower(w[1:]) != w[1:] && strings.ToUpper(w[1:]) != w[1:]
}

// parseURL reads scheme://[user@]host[:port]/path.
func parseURL(s string) (Target, error) {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || len(u.Scheme) > maxScheme {
		return Target{}, badInput(s, "cannot read "+strconv.Quote(s)+" as a URL", "a URL looks like https://example.com/path")
	}
	scheme := strings.ToLower(u.Scheme)
	host := u.Hostname()
	if err := checkHost(s, host); err != nil {
		return Target{}, err
	}
	t := Target{Input: s, Host: normHost(host), Scheme: scheme, URL: RedactURL(u.String()), Kind: KindURL}
	if p := u.Port(); p != "" {
		if t.Port, err = parsePort(s, p); err != nil {
			return Target{}, err
		}
		t.PortFrom = PortExplicit
		return t, nil
	}
	if p, ok := SchemePort(scheme); ok {
		t.Port, t.PortFrom = p, PortScheme
		return t, nil
	}
	return Target{}, badInput(s, "the URL scheme "+strconv.Quote(scheme)+" has no port everybody agrees on", "add the port, as in "+scheme+"://"+u.Host+":PORT")
}

func parsePort(input, p string) (int, error) {
	n, err := strconv.Atoi(p)
	if err != nil || n < 1 || n > 65535 {
		return 0, badPort(input, p)
	}
	return n, nil
}

// normHost lower-cases names, drops a trailing dot and IPv6 zone-less
// brackets, and writes IPs in canonical form.
func normHost(h string) string {
	h = strings.TrimSuffix(strings.Trim(h, "[]"), ".")
	if ip := net.ParseIP(h); ip != nil {
		return ip.String()
	}
	return strings.ToLower(h)
}

// checkHost accepts IP literals and DNS names (labels of letters, digits,
// '-' and '_', at most 63 bytes each, 253 in all).
func checkHost(input, h string) error {
	h = strings.TrimSuffix(strings.Trim(h, "[]"), ".")
	if h == "" {
		return badInput(input, "no host name in "+strconv.Quote(input), "enter a host, host:port or URL")
	}
	if net.ParseIP(h) != nil {
		return nil
	}
	if len(h) > 253 {
		return badInput(input, "the host name is longer than DNS allows (253 characters)", "check what was pasted")
	}
	for _, label := range strings.Split(h, ".") {
		if !validLabel(label) {
			return badInput(input, strconv.Quote(h)+" is not a valid host name", "a host name has letters, digits, '-' and dots, as in app.example.com")
		}
	}
	if allDigitsAndDots(h) {
		return badInput(input, strconv.Quote(h)+" is not a valid IP address", "an IPv4 address has four numbers 0-255, as in 192.0.2.10")
	}
	return nil
}

func validLabel(l string) bool {
	if l == "" || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
		return false
	}
	for _, r := range l {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' || r == '_') {
			return false
		}
	}
	return true
}

func allDigitsAndDots(s string) bool {
	return strings.Trim(s, "0123456789.") == ""
}
