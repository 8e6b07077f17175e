package probes

import (
	"net"
	"time"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// tcpAttempt is the outcome of one connection attempt.
type tcpAttempt struct {
	// err is nil when the handshake completed.
	err error
	// icmp is the ICMP message that ended the attempt, when one did.
	icmp *ICMPReport
	// hop says that message was a router's "time exceeded": the probe's
	// TTL or hop limit ran out on the way.
	hop  bool
	took time.Duration
	// done is false when ctx ended first.
	done bool
}

// tcpTraceReply turns one attempt into a reply: a router's time exceeded,
// an unreachable that ends the path, or the destination's handshake or
// reset.
func tcpTraceReply(a tcpAttempt, err error, ttl int, dst net.IP) (traceReply, bool) {
	r := traceReply{ttl: ttl, rtt: a.took, from: dst.String()}
	switch {
	case err != nil || !a.done:
		return r, false
	case a.icmp != nil && a.hop:
		r.from = a.icmp.From
	case a.icmp != nil:
		r.from, r.final, r.icmp, r.note = a.icmp.From, true, a.icmp, a.icmp.Text
	case a.err == nil:
		r.final, r.note = true, "port open"
	case failure.Classify(a.err).Kind == failure.Refused:
		r.final, r.note = true, "port closed"
	default:
		return r, false
	}
	return r, true
}

// icmpErrorReport turns the ICMP message that ended a connection attempt
// (TCP_ICMP_ERROR_INFO on Windows: sender, type, code) into a report, and
// says whether it was a router's "time exceeded" (a hop of a trace).
// ICMPv4 and ICMPv6 number their messages differently: time exceeded is 11
// and 3, destination unreachable 3 and 1.
func icmpErrorReport(from net.IP, v6 bool, typ, code int) (rep *ICMPReport, hop bool) {
	rep = &ICMPReport{From: from.String(), Type: typ, Code: code, Text: icmpStatusText(v6, typ, code)}
	if v6 {
		return rep, typ == 3
	}
	return rep, typ == 11
}
