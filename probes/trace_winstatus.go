package probes

// IP status codes of ICMP_ECHO_REPLY.Status.
const (
	ipSuccess           = 0
	ipDestNetUnreach    = 11002
	ipDestHostUnreach   = 11003
	ipDestProtUnreach   = 11004
	ipDestPortUnreach   = 11005
	ipTTLExpiredTransit = 11013
	ipDestProhibited    = 11020 // IP_DEST_ADMIN_PROHIBITED on newer SDKs
)

// windowsReply interprets an IP status code.
func windowsReply(r traceReply, status uint32) (traceReply, bool) {
	codes := map[uint32]int{ipDestNetUnreach: 0, ipDestHostUnreach: 1, ipDestProtUnreach: 2, ipDestPortUnreach: 3, ipDestProhibited: 13}
	switch status {
	case ipSuccess:
		r.final, r.note = true, "destination"
	case ipTTLExpiredTransit:
	default:
		code, ok := codes[status]
		if !ok {
			return r, false
		}
		r.final, r.icmp = true, &ICMPReport{Type: 3, Code: code, Text: icmpText(3, code)}
		r.note = r.icmp.Text
	}
	return r, true
}
