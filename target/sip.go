package target

import "strings"

// sipPort is SIP's default port for a host a SIP program's paste names
// with none: 5060 (RFC 3261, 19.1.2), or 5061 when a "sips:" URI or a
// ";transport=tls" parameter says the signalling ran over TLS. A paste is
// SIP's when it shows Asterisk's SIP channel drivers ("chan_sip.c:16053",
// "res_pjsip_…", "pjsip"), a SIP channel ("SIP/6000-00000000",
// "PJSIP/6001-…") or a "sip:" URI; 0 when it shows none. low is the
// paste in lower case. A port the paste gives ("sip:100@x:5080") is read
// before this (see portFor).
func sipPort(low string) int {
	if !strings.Contains(low, "chan_sip") && !strings.Contains(low, "pjsip") && !sipWord(low, "sip/") && !sipWord(low, "sip:") && !sipWord(low, "sips:") {
		return 0
	}
	if sipWord(low, "sips:") || strings.Contains(low, ";transport=tls") {
		return 5061
	}
	return 5060
}

// sipWord reports whether w ("sip:", "sip/") starts a word of low and a
// letter or digit follows it: a URI's user or host, a channel's name
// ("sip/6000-…"), not "gossip:" or a bare "sip:" label.
func sipWord(low, w string) bool {
	for from := 0; ; {
		k := strings.Index(low[from:], w)
		if k < 0 {
			return false
		}
		k += from
		end := k + len(w)
		if (k == 0 || !isLetter(low[k-1]) && !isDigit(low[k-1])) && end < len(low) && (isLetter(low[end]) || isDigit(low[end])) {
			return true
		}
		from = end
	}
}
