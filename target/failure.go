package target

import "strings"

// Failure is what a pasted error says happened, in one stable word.
type Failure string

// Failures recognised in pasted text.
const (
	FailureNone        Failure = ""
	FailureTimeout     Failure = "timed_out"    // connect or read timed out (ETIMEDOUT, i/o timeout, 10060)
	FailureRefused     Failure = "refused"      // the other side answered with a reset (ECONNREFUSED, 10061)
	FailureNoSuchHost  Failure = "no_such_host" // the name did not resolve
	FailureUnreachable Failure = "unreachable"  // no route / host or network unreachable
	FailureReset       Failure = "reset"        // an open connection was reset
	FailureTLS         Failure = "tls"          // certificate or handshake trouble
)

// failureWords maps lower-case fragments of error text to the failure they
// reveal. Earlier rows win, so the more specific phrases come first.
var failureWords = []struct {
	word    string
	failure Failure
}{
	{"no such host", FailureNoSuchHost},
	{"could not resolve host", FailureNoSuchHost},
	{"name or service not known", FailureNoSuchHost},
	{"temporary failure in name resolution", FailureNoSuchHost},
	{"nodename nor servname", FailureNoSuchHost},
	{"enotfound", FailureNoSuchHost},
	{"eai_again", FailureNoSuchHost},
	{"unknownhostexception", FailureNoSuchHost},
	{"no such host is known", FailureNoSuchHost},
	{"could not translate host name", FailureNoSuchHost},
	{"unknown mysql server host", FailureNoSuchHost},
	{"could not resolve hostname", FailureNoSuchHost},
	{"connection refused", FailureRefused},
	{"econnrefused", FailureRefused},
	{"actively refused", FailureRefused},
	{"(10061)", FailureRefused},
	{"(111)", FailureRefused},
	{"was refused", FailureRefused},
	{"no route to host", FailureUnreachable},
	{"network is unreachable", FailureUnreachable},
	{"host is unreachable", FailureUnreachable},
	{"ehostunreach", FailureUnreachable},
	{"enetunreach", FailureUnreachable},
	{"(113)", FailureUnreachable},
	{"timed out", FailureTimeout},
	{"time-out", FailureTimeout},
	{"timeout", FailureTimeout},
	{"etimedout", FailureTimeout},
	{"did not properly respond", FailureTimeout},
	{"(10060)", FailureTimeout},
	{"(110)", FailureTimeout},
	{"connection reset", FailureReset},
	{"econnreset", FailureReset},
	{"x509:", FailureTLS},
	{"certificate", FailureTLS},
	{"tls handshake", FailureTLS},
	{"ssl", FailureTLS},
}

// classifyFailure returns the first failure whose words appear in text.
func classifyFailure(text string) Failure {
	low := strings.ToLower(text)
	for _, w := range failureWords {
		if strings.Contains(low, w.word) {
			return w.failure
		}
	}
	return FailureNone
}

// Text returns the failure in plain words for people.
func (f Failure) Text() string {
	switch f {
	case FailureTimeout:
		return "the connection timed out"
	case FailureRefused:
		return "the connection was refused"
	case FailureNoSuchHost:
		return "the name could not be resolved"
	case FailureUnreachable:
		return "the host or network was unreachable"
	case FailureReset:
		return "the connection was reset"
	case FailureTLS:
		return "the TLS handshake or certificate failed"
	}
	return ""
}
