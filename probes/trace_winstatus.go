package probes

// windowsReply interprets the IP status of a traceroute probe's reply
// (IcmpSendEcho2, Icmp6SendEcho2): the destination's echo reply, a
// router's "time exceeded", or a "destination unreachable" that ends the
// path. Anything else is no answer for the traceroute.
func windowsReply(r traceReply, status uint32, v6 bool) (traceReply, bool) {
	st := ipStatusOf(status)
	switch {
	case status == ipSuccess:
		r.final, r.note = true, "destination"
	case st.timeExceeded(v6):
	case st.unreachable(v6):
		r.icmp = st.report(v6, r.from)
		r.final, r.note = true, r.icmp.Text
	default:
		return r, false
	}
	return r, true
}
