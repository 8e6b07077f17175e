package target

import "strings"

// schemePorts maps URL schemes to the TCP port their clients use by default.
// "docker://" names an image in a registry (skopeo, podman, buildah), which
// is reached over HTTPS; the Docker daemon's own address is "tcp://".
var schemePorts = map[string]int{
	"http": 80, "https": 443, "ws": 80, "wss": 443,
	"ssh": 22, "sftp": 22, "scp": 22, "git+ssh": 22, "ftp": 21, "ftps": 990, "telnet": 23,
	"postgres": 5432, "postgresql": 5432, "mysql": 3306, "mariadb": 3306,
	"sqlserver": 1433, "mssql": 1433, "oracle": 1521, "redis": 6379, "rediss": 6379,
	"mongodb": 27017, "mongodb+srv": 27017, "amqp": 5672, "amqps": 5671,
	"kafka": 9092, "nats": 4222, "mqtt": 1883, "mqtts": 8883, "memcached": 11211,
	"ldap": 389, "ldaps": 636, "smtp": 25, "smtps": 465, "submission": 587,
	"imap": 143, "imaps": 993, "pop3": 110, "pop3s": 995, "git": 9418,
	"rdp": 3389, "vnc": 5900, "smb": 445, "rtsp": 554, "sip": 5060, "dns": 53,
	"grpc": 443, "grpcs": 443, "docker": 443, "rsync": 873, "tcp": 0,
	"svn": 3690, "svn+ssh": 22, "bzr+ssh": 22, "git+https": 443, "git+http": 80,
	// Synapse's federation client names the server it sends to as
	// matrix://x/_matrix/federation/…, on the federation port 8448.
	"matrix": 8448,
	// Puppet's file server URLs, puppet://server/mount/path, name the
	// Puppet server, on its documented port 8140 (serverport); a
	// puppet:///modules/… URL names none, the agent's configured server.
	"puppet": 8140,
	// RTMP and its variants as ffmpeg's rtmpproto.c and librtmp default
	// them: plain and encrypted RTMP on 1935, over TLS 443, tunnelled in
	// HTTP 80 (over HTTPS 443).
	"rtmp": 1935, "rtmpe": 1935, "rtmps": 443, "rtmpt": 80, "rtmpte": 80, "rtmpts": 443,
}

// maxScheme is the longest URL scheme read as one: registered schemes are
// a few letters ("mongodb+srv" is among the longest), and a word thousands
// of bytes long before "://" would make the URL kept of a long paste
// (scheme://host:port/) longer than the cap on what is stored.
const maxScheme = 32

// serviceNames gives a readable protocol name for common ports when the
// input had no scheme.
var serviceNames = map[int]string{
	22: "SSH", 25: "SMTP", 53: "DNS", 80: "HTTP", 443: "HTTPS", 3306: "MySQL",
	3389: "RDP", 5432: "PostgreSQL", 6379: "Redis", 6443: "Kubernetes API",
	27017: "MongoDB", 5672: "AMQP", 389: "LDAP", 636: "LDAPS", 1433: "SQL Server",
}

// serviceName returns a label like "HTTPS" or "PostgreSQL" for a scheme or
// port, or "" when nothing fits.
func serviceName(scheme string, port int) string {
	if scheme != "" && scheme != "tcp" {
		return strings.ToUpper(scheme)
	}
	return serviceNames[port]
}

// SchemePort returns the default port of a URL scheme and whether the scheme
// is known.
func SchemePort(scheme string) (int, bool) {
	p, ok := schemePorts[strings.ToLower(scheme)]
	return p, ok && p != 0
}

// webTypo returns "https" or "http" for an unknown scheme one slip of a
// key away from it, a letter changed, added, dropped or two swapped
// (Nextcloud's "Failed to connect to Nextcloud at httos://x/: SSL
// handshake failed", as a poster retyped it; "htps", "htttp", "htpp"),
// and the scheme unchanged otherwise. A scheme ending in 's' and as near
// to both reads as https.
func webTypo(scheme string) string {
	if _, known := schemePorts[scheme]; known || len(scheme) < 3 || len(scheme) > 6 {
		return scheme
	}
	toHTTPS, toHTTP := oneSlip(scheme, "https"), oneSlip(scheme, "http")
	switch {
	case toHTTPS && (!toHTTP || strings.HasSuffix(scheme, "s")):
		return "https"
	case toHTTP:
		return "http"
	}
	return scheme
}

// oneSlip reports whether a and b differ by one edit: a letter changed,
// added or dropped, or two neighbours swapped.
func oneSlip(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) == len(b) {
		diff := []int{}
		for i := range a {
			if a[i] != b[i] {
				diff = append(diff, i)
			}
		}
		return len(diff) == 1 || len(diff) == 2 && diff[1] == diff[0]+1 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]
	}
	if len(a) < len(b) {
		a, b = b, a
	}
	if len(a) != len(b)+1 {
		return false
	}
	for i := range b {
		if a[i] != b[i] {
			return a[i+1:] == b[i:]
		}
	}
	return true
}
