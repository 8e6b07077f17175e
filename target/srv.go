package target

import "strings"

// srvPorts are the ports of the services whose DNS SRV names (RFC 2782:
// "_service._proto.name") a program looks up to find its server: Node's
// mongodb+srv driver asks for "_mongodb._tcp.cluster0.x.mongodb.net"
// ("querySrv ETIMEOUT _mongodb._tcp.…"), an LDAP or Kerberos client for
// its domain's "_ldap._tcp.x" or "_kerberos._tcp.x", an XMPP or SIP client
// for "_xmpp-client._tcp.x", "_sip._tcp.x", Minecraft for
// "_minecraft._tcp.x", a mail client for "_imaps._tcp.x" (RFC 6186).
var srvPorts = map[string]int{
	"mongodb": 27017, "ldap": 389, "ldaps": 636, "gc": 3268, "kerberos": 88, "kpasswd": 464,
	"xmpp-client": 5222, "xmpp-server": 5269, "xmpps-client": 5223, "sip": 5060, "sips": 5061,
	"minecraft": 25565, "imap": 143, "imaps": 993, "pop3": 110, "pop3s": 995, "submission": 587,
	"submissions": 465, "caldav": 80, "caldavs": 443, "carddav": 80, "carddavs": 443, "http": 80,
	"https": 443, "autodiscover": 443, "matrix": 8448, "stun": 3478, "turn": 3478, "turns": 5349,
	"etcd-server": 2380, "etcd-client": 2379, "etcd-server-ssl": 2380, "etcd-client-ssl": 2379,
	"vlmcs": 1688, "ts3": 9987, "jabber": 5269,
}

// cutSRV splits a DNS SRV name into the host it names and its service's
// port: "_mongodb._tcp.cluster0.x.mongodb.net" is cluster0.x.mongodb.net
// on 27017. The service and protocol labels must lead the name, with a
// host of at least two labels after them; a service no table row knows
// still names the host, with no port (0). ok is false for any other name.
func cutSRV(host string) (rest string, port int, ok bool) {
	if len(host) < 8 || host[0] != '_' {
		return host, 0, false
	}
	svc, after, found := strings.Cut(host[1:], ".")
	if !found || svc == "" {
		return host, 0, false
	}
	low := strings.ToLower(after)
	proto := ""
	for _, p := range []string{"_tcp.", "_udp.", "_tls.", "_sctp."} {
		if strings.HasPrefix(low, p) {
			proto = p
		}
	}
	rest = after[len(proto):]
	if proto == "" || !strings.Contains(rest, ".") || rest[0] == '_' || rest[0] == '.' {
		return host, 0, false
	}
	return rest, srvPorts[strings.ToLower(svc)], true
}
