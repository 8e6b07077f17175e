package probes

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"strconv"
	"time"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// PortState classifies a TCP connection attempt the way Nmap does.
type PortState string

// Port states.
const (
	PortOpen        PortState = "open"        // the handshake completed
	PortRefused     PortState = "refused"     // the host answered with a reset: nothing listens
	PortFiltered    PortState = "filtered"    // no answer at all before the deadline: a drop rule or a dead path
	PortRejected    PortState = "rejected"    // an ICMP "unreachable" came back (a firewall's reject or a router)
	PortUnreachable PortState = "unreachable" // the host could not be reached on its own network (no ARP answer)
	PortNoRoute     PortState = "no_route"    // this machine has no route to the address
	PortBlocked     PortState = "blocked"     // this machine refused to send it (a local firewall rule)
	PortError       PortState = "error"       // the attempt could not be made: says nothing about the network
)

// ICMPReport is an ICMP error received for the connection attempt.
type ICMPReport struct {
	// From is the address that sent the ICMP message (a router or the target).
	From string `json:"from"`
	// Type and Code are the ICMP type and code numbers.
	Type int `json:"type"`
	Code int `json:"code"`
	// Text names the message ("administratively prohibited"...).
	Text string `json:"text"`
}

// PortResult is the outcome of a TCP connection attempt.
type PortResult struct {
	Check
	// Addr is the address:port tried.
	Addr string `json:"addr"`
	// State classifies the outcome.
	State PortState `json:"state"`
	// Errno is the OS's error for the attempt, by name ("ETIMEDOUT",
	// "WSAECONNREFUSED"...), or "" on success or deadline.
	Errno string `json:"errno,omitempty"`
	// Failure is the error in the portable vocabulary ("connection_refused",
	// "operation_not_supported"...), "" on success.
	Failure failure.Kind `json:"failure,omitempty"`
	// Basis says what State rests on: the handshake, an ICMP message, the
	// error code, the timing, or the deadline.
	Basis PortBasis `json:"basis,omitempty"`
	// Connect is the time the handshake (or the refusal) took.
	Connect Millis `json:"connect_ms,omitempty"`
	// Timeout is the deadline that was allowed.
	Timeout Millis `json:"timeout_ms"`
	// SynSent is how many SYNs the kernel sent (from TCP_INFO, Linux), 0
	// when unknown.
	SynSent int `json:"syn_sent,omitempty"`
	// ICMP is the ICMP error seen for this attempt, when one was captured.
	ICMP *ICMPReport `json:"icmp,omitempty"`
	// Explain says in plain words what the OS reported, including what the
	// "getsockopt" in many error messages means.
	Explain string `json:"explain"`
	// Attempts are the connection attempts, in the order started (several,
	// spaced, at once); the fields above are the first one's that
	// connected, else the first one's. Runs stored before there were
	// several have none.
	Attempts []PortAttempt `json:"attempts,omitempty"`
	// Intermittent says the port accepted, but some attempts failed or
	// had to resend their request.
	Intermittent bool `json:"intermittent,omitempty"`
	// Decided is when silence was enough to call the port filtered,
	// before the deadline (Basis "silence"); 0 otherwise.
	Decided Millis `json:"decided_ms,omitempty"`
	// Census is this computer's TCP sockets to the target and its local
	// ports in use (Linux; nil where it is not taken).
	Census *PortCensus `json:"census,omitempty"`
	// Listened is how long past the deadline the attempts were kept,
	// unanswered, for a router's late "host unreachable" (a host that
	// does not answer its router's ARP is reported after about 3 s).
	Listened Millis `json:"listened_ms,omitempty"`
	// why is the failure's text when the attempt could not be made.
	why string
	// onSYN, when set, hears how many SYNs the attempt has sent so far.
	onSYN func(sent int)
}

// PortOptions tune the port probe.
type PortOptions struct {
	// Timeout bounds the attempts (default 3s; Windows needs more than
	// 2.5s to see a refusal, because it retries a reset SYN twice).
	Timeout time.Duration
	// Attempts is how many connection attempts to make (default
	// DefaultAttempts).
	Attempts int
	// RTT returns the best known round trip to the address (from ping),
	// 0 while none is known: with it, silence past every attempt's first
	// retransmission ends the check before the deadline.
	RTT func() time.Duration
	// Grace is how much longer to keep unanswered attempts past the
	// deadline when Listen says so (default DefaultGrace): a router may
	// still report the host unreachable.
	Grace time.Duration
	// Listen, asked at the deadline when nothing answered, says whether
	// to wait the grace period: nil never waits.
	Listen func() bool
}

// DefaultGrace is how long past the deadline a silent port check listens
// for a router's "host unreachable" when told to.
const DefaultGrace = 600 * time.Millisecond

// DefaultPortTimeout is the connect deadline when none is set.
const DefaultPortTimeout = 3 * time.Second

// ProbePort tries a TCP connection to ip:port and classifies the outcome.
func ProbePort(ctx context.Context, ip string, port int, o PortOptions) *PortResult {
	if o.Timeout <= 0 {
		o.Timeout = DefaultPortTimeout
	}
	r := &PortResult{Check: newCheck("port", "TCP port "+strconv.Itoa(port)),
		Addr: net.JoinHostPort(ip, strconv.Itoa(port)), Timeout: Millis(o.Timeout)}
	if o.Attempts <= 0 {
		o.Attempts = DefaultAttempts
	}
	if o.Grace <= 0 {
		o.Grace = DefaultGrace
	}
	ctx, cancel := context.WithTimeout(ctx, o.Timeout+o.Grace)
	defer cancel()
	r.merge(attemptAll(ctx, ip, port, attemptPlan{n: o.Attempts, timeout: o.Timeout, rtt: o.RTT, grace: o.Grace, listen: o.Listen}))
	r.Census, _ = takeCensus(r.Addr) // a census that cannot be taken only leaves the figures out
	r.Explain = explainPort(r)
	r.finish(r.status(), r.summary())
	return r
}

func (r *PortResult) status() Status {
	switch {
	case r.State == PortOpen && r.Intermittent:
		return StatusWarn
	case r.State == PortOpen:
		return StatusPass
	}
	switch r.State {
	case PortError:
		return StatusError
	}
	return StatusFail
}

func (r *PortResult) summary() string {
	switch r.State {
	case PortOpen:
		if r.Intermittent {
			return fmt.Sprintf("%s is open, but %d of %d connection attempts failed or had to resend their request: %s",
				r.Addr, r.FailedAttempts()+r.RetriedAttempts(), len(r.Attempts), r.Spread())
		}
		s := fmt.Sprintf("%s is open: connected in %s", r.Addr, fmtDur(r.Connect.D()))
		if len(r.Attempts) > 1 {
			s += fmt.Sprintf(" (%d attempts, all at once)", len(r.Attempts))
		}
		return s
	case PortFiltered:
		if r.Basis == BasisSilence {
			return fmt.Sprintf("no answer from %s: %s sent their request again after 1 s and got no reply by %s, many times the path's round trip",
				r.Addr, plural(len(r.Attempts), "the connection attempt", "all %d connection attempts"), fmtDur(r.Decided.D()))
		}
		s := fmt.Sprintf("no answer from %s within %s", r.Addr, fmtDur(r.Timeout.D()))
		if r.Listened > 0 {
			s = fmt.Sprintf("no answer from %s within %s, nor from a router in %s more", r.Addr, fmtDur(r.Timeout.D()), fmtDur(r.Listened.D()))
		}
		switch {
		case len(r.Attempts) > 1 && r.SynSent > 0:
			s += fmt.Sprintf(": %d connection attempts went unanswered (the first sent %s, TCP SYN)", len(r.Attempts), plural(r.SynSent, "1 request", "%d requests"))
		case len(r.Attempts) > 1:
			s += fmt.Sprintf(": %d connection attempts went unanswered", len(r.Attempts))
		case r.SynSent > 0:
			s += fmt.Sprintf(": %s (TCP SYN) went unanswered", plural(r.SynSent, "the connection request", "%d connection requests"))
		}
		return s
	case PortRefused:
		return fmt.Sprintf("%s refused the connection: nothing listens on that port", r.Addr)
	case PortRejected:
		if r.ICMP != nil {
			return fmt.Sprintf("%s answered for %s: %s", r.ICMP.From, r.Addr, r.ICMP.Text)
		}
		return fmt.Sprintf("the connection to %s was rejected (%s)", r.Addr, r.Errno)
	case PortUnreachable:
		return fmt.Sprintf("%s cannot be reached: host unreachable", r.Addr)
	case PortNoRoute:
		return "this computer has no route to " + r.Addr
	case PortBlocked:
		return fmt.Sprintf("this computer refused to send the connection to %s (%s)", r.Addr, r.Errno)
	case PortNoLocalPort:
		s := fmt.Sprintf("this computer has no free local port for a connection to %s (%s)", r.Addr, r.Errno)
		if r.Census != nil {
			s += ": " + r.Census.Text()
		}
		return s
	}
	return "the connection attempt could not be made, which says nothing about the network: " + r.why
}

// setOutcome records a classified attempt: the state, what it rests on,
// the error's name and, when the attempt could not be made, why.
func (r *PortResult) setOutcome(f failure.Failure, icmp *ICMPReport) {
	r.ICMP = icmp
	r.State, r.Basis = portState(f, icmp, r.Connect.D())
	if r.State == PortBlocked && f.Kind == failure.Permission {
		if ap, err := netip.ParseAddrPort(r.Addr); err == nil && permissionMayBeRemote(ap.Addr()) {
			r.State = PortRejected // by someone: see explainPort
		}
	}
	r.Failure, r.Errno = f.Kind, f.Code
	if r.State == PortError {
		r.why = f.Error()
	}
}

// explainPort says what the outcome means: a plain sentence first, then
// the technical detail (the words programs print, the socket errors).
func explainPort(r *PortResult) string {
	const getsockopt = ` Programs often print it as "connect: …" or "getsockopt: …": the system started the connection, waited, then read the outcome with getsockopt(SO_ERROR).`
	switch r.State {
	case PortOpen:
		if r.Intermittent {
			return "The port accepts connections, but not every time: some connection requests got no answer and had to be sent again (the system resends after about 1 s, then every 1 or 2 s, depending on the system), or never got one. Programs see this as connections that are slow now and then, or time out. Technically: " + r.Spread() + "."
		}
		return "The connection opened: the network path and the port work. Technically: the TCP handshake completed."
	case PortRefused:
		return "The server answered at once, but refused the connection: it is reachable, but no program listens on this port (or a firewall there turns the connection away). Technically: the connection request got a reset (TCP RST), which programs report as \"connection refused\" (ECONNREFUSED)."
	case PortFiltered:
		return "Nothing answered the connection requests: something on the way silently throws them away (a firewall \"drop\" rule, a broken route, or the server is off). Technically: the TCP connection requests (SYN) got no reply at all, and a program that waits long enough reports \"connection timed out\" (ETIMEDOUT)." + getsockopt
	case PortRejected:
		if r.ICMP == nil && r.Failure == failure.Permission {
			return "A firewall refused the connection — a router's on the way, or this computer's: under Wine, which this program runs in, the two look the same. Technically: connect() failed with \"permission denied\" (" + r.Errno + "), which is how Linux passes on a router's ICMPv6 \"administratively prohibited\" and also its own firewall's refusal; Wine gives no way to read the ICMPv6 message (TCP_ICMP_ERROR_INFO), and the Windows firewall API does not run under Wine. On Windows itself this error comes only from this computer's firewall."
		}
		return "A router or firewall on the way answered, instead of the server, that the connection cannot be delivered: a rule rejects this traffic, or a router cannot reach the server. Technically: an ICMP \"unreachable\" message came back instead of a TCP answer; programs show it as \"no route to host\" (EHOSTUNREACH) or \"connection refused\", which is misleading." + getsockopt
	case PortUnreachable:
		return "Nobody on the server's network answers for this address: the server is off, or the address is wrong. Technically: the last router (or this computer) asked for the address on its local network (ARP or neighbour discovery) and got no reply." + getsockopt
	case PortNoRoute:
		return "This computer does not know where to send traffic for this address, so nothing was sent. Technically: the routing table has no entry that covers it (ENETUNREACH, \"network is unreachable\")."
	case PortBlocked:
		return "This computer itself refused to send the connection request: a firewall rule here (or a security program) stops it before it leaves. Technically: the system call failed with \"permission denied\" (" + r.Errno + ")."
	case PortNoLocalPort:
		return "This computer could not start the connection: every local port it may use for connections to this address and port is taken, usually by many connections that were closed and wait out their last minute (TIME_WAIT), or by a program that opens a new connection for every request. Technically: connect() failed with " + r.Errno + " (no local address and port free)."
	case PortError:
		return "The connection attempt could not be made on this computer, so it says nothing about the network or the server. Technically: " + r.why + "."
	}
	return ""
}

// icmpText names ICMPv4 destination-unreachable codes.
func icmpText(typ, code int) string {
	if typ == 11 {
		return "time exceeded (TTL expired in transit)"
	}
	if typ != 3 {
		return fmt.Sprintf("ICMP type %d code %d", typ, code)
	}
	names := map[int]string{
		0: "network unreachable", 1: "host unreachable", 2: "protocol unreachable",
		3: "port unreachable", 4: "fragmentation needed", 6: "destination network unknown",
		7: "destination host unknown", 9: "network administratively prohibited",
		10: "host administratively prohibited", 13: "communication administratively prohibited",
	}
	if n, ok := names[code]; ok {
		return n
	}
	return fmt.Sprintf("destination unreachable (code %d)", code)
}
