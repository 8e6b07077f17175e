package target

import (
	"net"
	"regexp"
	"strings"
)

// notHosts are words that sit where a host name would in some messages but
// are not hosts: "UnknownHostException: Unable to resolve…" (or "No such
// host is known (x)"), "Unable to
// resolve host \"https\"", Java's "(SourceFile:116)".
var notHosts = map[string]bool{
	"unable": true, "unknown": true, "no": true, "http": true, "https": true, "ftp": true, "tcp": true, "udp": true,
	"host": true, "hostname": true, "host_name": true, "server": true, "servername": true, "domain": true,
	"ip": true, "ip1": true, "ip2": true, "ipaddress": true, "ip_address": true, "ip_adresse": true, "ip-address": true,
	"address": true, "addr": true, "port": true, "name": true, "null": true, "nil": true, "none": true,
	"undefined": true, "error": true, "failed": true, "true": true, "false": true, "the": true, "to": true,
	"sourcefile": true, "native": true, "unknown source": true, "your-host": true, "yourhost": true,
	"myhost": true, "example": true, "url": true, "uri": true, "node": true, "connect": true,
	// Words that come before ":N" in logs and traces without being hosts:
	// PowerShell's "At line:1 char:1", "level:3", "attempt:2".
	// X.509's "Basic Constraints: critical, CA:TRUE, pathlen:10000".
	"pathlen": true,
	"line":    true, "char": true, "col": true, "column": true, "row": true, "offset": true, "pos": true,
	"position": true, "page": true, "step": true, "item": true, "index": true, "level": true, "lvl": true,
	"attempt": true, "try": true, "retry": true, "times": true, "tries": true, "retries": true, "version": true, "ver": true, "v": true, "id": true,
	"pid": true, "tid": true, "code": true, "status": true, "time": true, "date": true, "at": true, "in": true,
	"on": true, "of": true, "for": true, "from": true, "err": true, "warn": true, "warning": true, "info": true,
	"debug": true, "trace": true, "fatal": true, "size": true, "len": true, "length": true, "count": true,
	"total": true, "max": true, "min": true, "timeout": true, "errno": true, "exit": true, "rc": true,
	"result": true, "value": true, "key": true, "type": true, "default": true, "thread": true, "task": true,
	"job": true, "chunk": true, "part": true, "phase": true, "frame": true, "block": true, "ln": true,
	// A time a log gives as "key:N": XX-Net's "create_ssl 193.120.166.119
	// fail:timed out cost:4008 h:0".
	"cost": true, "elapsed": true, "took": true,
	// Db2's db2diag.log names the code point that logged a record by its
	// probe id: "FUNCTION: DB2 UDB, XA DTP Support, sqlxaConnect, probe:4666".
	"probe": true,
	// Java's SQLException printed "[SQLState:08006, ISC error code:…]"
	// (Jaybird's, Firebird's).
	"sqlstate": true,
	// A unix-domain socket is no TCP target ("fastcgi://unix:/run/php.sock").
	"unix": true,
	// Stand-ins people type for the real name ("Redis connection to
	// xyz:6379 failed").
	"xyz": true, "abc": true, "foo": true, "bar": true, "foobar": true, "somehost": true, "some-host": true,
	// The value a poster wrote over a name they would not show (Lantern's
	// log record, "hostname":"hidden"; Joplin's "request to
	// https://anonymized/remote.php/dav/… failed").
	"hidden": true, "redacted": true, "anonymized": true, "anonymised": true,
}

// placeholderLabel matches a label that stands for "my/your address" in a
// name a person typed instead of the real one ("app.myadress",
// "api.yourdomain.com", "my-host-name.com"), or for any one
// ("www.someDomain.com", "some-host.net", "anydomain.org", "randomwebsite.com";
// randomuser.me and random.org are real names), or "example-" and the
// slot's word ("example-name", "example_host").
// "my" with a company is an organisation's name, one people deploy
// as it is (osixia/openldap's documented LDAP_DOMAIN "my-company.com"),
// where "your-company.com" is an instruction. A word saying which of the
// addresses may stand between ("my-external-ip", "your-public-ip",
// "my-server-ip": a plex.direct name whose address label a poster
// replaced, "my-external-ip.8c59….plex.direct").
var placeholderLabel = regexp.MustCompile(`^(?:example[-_](?:name|host|hostname|server|domain|ip|site)|(?:my|your|some|any|random)[-_]?(?:(?:external|public|private|internal|local|static|wan|lan|server)[-_]?)?(?:address|adress|addr|domain|host|server|site|website|ip|url|app|api)|your[-_]?company)(?:[-_]?(?:name|address|url))?$`)

// myAddress matches an address's word written in place of the address,
// in any case, after "my", "your" or "server" ("myip", "MyAddr",
// "serverIP", "server-ip", "yourServerIP", "myserveraddr", "mypublicip"):
// a stand-in for the address, never a machine's name, as frp's "dial tcp
// myip:7000: i/o timeout" and nginx's "upstream: \"http://serverIP:81/\"" as posters
// wrote them; or the words the other way round, the address's word before
// "server" or "host" ("ipserver", "IP-Server", "addr_host": unpoller's
// "dial tcp ipserver:8443: connect: connection timed out" after a URL on
// "https://server:8443"). A bare "ip" or "addr" is none.
var myAddress = regexp.MustCompile(`^(?:(?:(?:my|your)[-_]?(?:(?:server|public|external|private|internal|static|wan|lan|home)[-_]?)?|[-_]?server[-_]?)(?:ip|addr|address|adress)|(?:ip|addr|address|adress)[-_]?(?:of[-_]?)?(?:the[-_]?)?(?:server|host))$`)

// placeholderSuffix is the end of a stand-in label that names its slot
// ("myhostname", "myserveraddress").
var placeholderSuffix = regexp.MustCompile(`.(?:name|address|url)$`)

// isPlaceholder reports whether h is a redaction or a placeholder rather
// than a host: "xxx.xxx.xx.x", "x.x.x.x", "a.b.c.d", "XXX", "ip_adresse",
// "app.myadress".
func isPlaceholder(h string) bool {
	return notHosts[strings.ToLower(strings.Trim(h, "[]"))] || placeholderName(h)
}

// placeholderName reports whether h is a placeholder by isPlaceholder's
// tests other than the generic words of notHosts: a redaction, a setting's
// or a slot's name, a stand-in, an example name. A service name on
// Docker's DNS is exempt from those words alone (see dockerServices).
func placeholderName(h string) bool {
	if envName(h) || slotName(h) {
		return true
	}
	l := strings.ToLower(strings.Trim(h, "[]"))
	if exampleName(l) {
		return true
	}
	if net.ParseIP(l) != nil {
		return false
	}
	labels := strings.Split(l, ".")
	if len(labels) == 1 && myAddress.MatchString(l) {
		return true
	}
	if codeIdentifier(labels) {
		return true
	}
	for i, label := range labels {
		// "myip" first before a domain of two or more labels names a
		// "what is my address" service ("myip.ipip.net",
		// "myip.opendns.com"); the labels after it are still tested.
		if i == 0 && label == "myip" && len(labels) >= 3 {
			continue
		}
		// A machine's own name may be "MyServer" (nsqd's "lookup
		// MyServer on 8.8.8.8:53"): "my" and one word, with no domain,
		// names a host; "my-host-name" is a template's, and "your" is
		// an instruction however it is written, as are "some",
		// "any" and "random" with a slot's word.
		// (An address word after "my", "myip", was taken above.)
		machine := len(labels) == 1 && !strings.ContainsAny(label, "-_") && !placeholderSuffix.MatchString(label)
		mine := strings.HasPrefix(label, "my") && !machine
		stand := strings.HasPrefix(label, "your") || strings.HasPrefix(label, "some") || strings.HasPrefix(label, "any") || strings.HasPrefix(label, "random") ||
			strings.HasPrefix(label, "example")
		if (mine || stand) && placeholderLabel.MatchString(label) {
			return true
		}
	}
	if redactedLabel(labels) {
		return true // "REDACTED.tld", "host.redacted.com"
	}
	if standInLabels(labels) {
		return true // "my.external.ip.address", "some.domain", "my.nextcloud.url"
	}
	if slotDomain(labels) || domainStandIn(labels) {
		return true // "domain.xy", "server.tld", "home.domain.net"
	}
	if letterRun(labels) {
		return true // "a.b.c.d", "client01.x.y.z.com"
	}
	redacted := true
	for _, label := range labels {
		if label != "" && label != "n" && !masked(label) {
			redacted = false
		}
	}
	return redacted || partlyRedacted(labels) || maskedBeforeTLD(labels) || cutBeforeTLD(labels)
}

// cutBeforeTLD reports whether a name's label just before its top-level
// domain is empty while a label stands before it: the domain's own name
// was cut out, a poster's redaction (SwiftMailer's "Connection could not
// be established with host smtp..de", the trace's "smtp.boltz..."). An
// empty label deeper in the name is a program's empty setting and names
// what it dialled (aws-sdk's "sqs..amazonaws.com", an empty region; see
// malformedName).
func cutBeforeTLD(labels []string) bool {
	n := len(labels)
	return n >= 3 && labels[n-2] == "" && labels[n-3] != "" && tlds[labels[n-1]]
}

// maskedBeforeTLD reports whether every label of a name but its top-level
// domain is masked, two or more of them: SVNKit's "Subversion repo:
// http://xx.xx.xx.com/svn/testing/" kept only the ".com". One masked label
// ("x.com", "xx.ai") may be a real domain's, and a name with any label kept
// ("xx.corp.com") names that domain's host.
func maskedBeforeTLD(labels []string) bool {
	n := len(labels)
	if n < 3 || !tlds[labels[n-1]] {
		return false
	}
	for _, label := range labels[:n-1] {
		if !masked(label) {
			return false
		}
	}
	return true
}

// masked reports whether a label is all mask characters, a poster's
// redaction of it: "xxx", "***", "##", "??", "__". It is one test for a
// name masked whole (placeholderName's "xxx.xxx.xx.x", where an "n"
// label counts as masked too), a name masked but its top-level domain
// (maskedBeforeTLD) and the masked labels among kept ones
// (partlyRedacted's "52.x.x.x").
func masked(label string) bool {
	return label != "" && strings.Trim(label, "x*#?_") == ""
}

// slotDomain reports whether a name ends in a slot's word and a top-level
// domain that exists nowhere: "tld", or two letters that are no country's
// code (every two-letter domain is one). Immich's "address = domain.xy,
// port = 50415, uri=https://domain.xy/api/assets" is a poster's redaction;
// so is a filler word for the domain (see fillerTLD: ESPHome's "Couldn't
// resolve IP address for 'mqtt.domain.bla'"). "server.local", "server.lan",
// "host.de" and "domain.com" are names, "server.ts" a source file.
func slotDomain(labels []string) bool {
	n := len(labels)
	if n < 2 {
		return false
	}
	switch labels[n-2] {
	case "domain", "host", "hostname", "server":
	default:
		return false
	}
	tld := labels[n-1]
	if fillerTLD[tld] {
		return true
	}
	// A source file ("server.ts", "server.py") is no stand-in.
	return len(tld) == 2 && isLetter(tld[0]) && isLetter(tld[1]) && !tlds[tld] && !isSourceFile(labels[n-2]+"."+tld)
}

// fillerTLD are the words a poster types for "some top-level domain",
// real in no registry and no private naming scheme (.lan, .local, .home
// are real on a LAN): "tld" and the fillers "bla", "blah", "blub", and
// the slot's word again ("domain.domain", Caddy's "Fetching
// http://domain.domain/.well-known/acme-challenge/…: Timeout" as a
// poster masked it).
var fillerTLD = map[string]bool{"tld": true, "bla": true, "blah": true, "blub": true, "domain": true}

// redactedLabel reports whether a label of a name is a redaction word
// whole, the poster's mark over what they hid: rclone's "failed to make FTP
// connection to \"REDACTED.tld:21\"", "host.redacted.com", or a
// hyphen's part of one (Gitea's "unable to access
// 'https://git.masked-dev.local/…'"), or the slot's own name ("fqdn",
// "aws-region"). A name only holding the letters ("redactedmedia.com",
// "unredacted.org") is a name.
func redactedLabel(labels []string) bool {
	for _, label := range labels {
		for part := range strings.SplitSeq(label, "-") {
			switch part {
			case "redacted", "anonymized", "anonymised", "masked", "censored", "obfuscated", "secret":
				// "secret" a label whole: Meshtastic's "Attempting to
				// connect directly to MQTT server mqtt.secret.server" as
				// its poster hid it ("secretmanager.googleapis.com" is
				// a name).
				return true
			case "region":
				// The slot's name for a cloud's region, a template's
				// stand-in: Prisma's "Can't reach database server at
				// `host.aws-region.psdb.cloud`".
				return true
			case "fqdn":
				// The slot's own name for a host's full name, a
				// poster's stand-in: .NET's "Name or service not
				// known (fqdn.com:443)".
				return true
			}
		}
	}
	return false
}

// domainStandIn reports whether a name is one label, "domain" and a
// generic top-level domain: "home.domain.net", "mail.domain.com",
// "cloud.domain.org", a poster's stand-in for their own domain
// (Nextcloud's "cURL error 28: … for https://home.domain.net/nextcloud/…").
// "domain.com" alone, a longer name ("gcu12304.server.domain.com") and a
// country's domain ("sub.domain.de") are names.
func domainStandIn(labels []string) bool {
	if len(labels) != 3 || labels[1] != "domain" {
		return false
	}
	switch labels[2] {
	case "com", "net", "org":
		return true
	}
	return false
}

// addrStandIn reports whether a name shown beside the address dialled for
// it is a poster's stand-in, the address then the target: a placeholder
// (isPlaceholder), or "domain" and a generic top-level domain alone
// (postfix's "connect to domain.com[192.168.0.1]:25: No route to host",
// the name and address changed), which without an address is a name
// (domainStandIn).
func addrStandIn(h string) bool {
	if isPlaceholder(h) {
		return true
	}
	switch strings.ToLower(h) {
	case "domain.com", "domain.net", "domain.org":
		return true
	}
	return false
}

// letterRun reports whether three or more labels in a row are single
// letters: a name all of such labels ("a.b.c.d") or one whose middle a
// poster wrote over with them (librdkafka's "client01.X.Y.Z.com:9092/0").
func letterRun(labels []string) bool {
	run := 0
	for _, label := range labels {
		if len(label) == 1 && label[0] >= 'a' && label[0] <= 'z' {
			run++
		} else {
			run = 0
		}
		if run >= 3 {
			return true
		}
	}
	return false
}

// envName reports whether h is an identifier written the way environment
// variables and config keys are (LDAP_TIMEOUT, DB_HOST): capitals and
// digits joined by underscores, no dot. An underscore is no part of a host
// name, and such a name is the setting, never its value.
func envName(h string) bool {
	if !strings.Contains(h, "_") || strings.Trim(h, "_") == "" {
		return false
	}
	for i := 0; i < len(h); i++ {
		if c := h[i]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// slotName reports whether h, in any case, is a word and the slot's
// name joined by an underscore, no dot: "Master_IP", "SERVER_IP",
// "your_host", "db_host", "node_address", "vps_addr" — what a poster typed
// over the real address (kubectl's "dial tcp Master_IP:6443: connect:
// connection refused"). A name with an underscore whose last word is no
// slot's ("my_db", "app_backend", an upstream's name) is a host.
func slotName(h string) bool {
	k := strings.LastIndexByte(h, '_')
	if k <= 0 || strings.IndexByte(h, '.') >= 0 {
		return false
	}
	switch strings.ToLower(h[k+1:]) {
	case "ip", "host", "addr", "address":
	default:
		return false
	}
	for i := 0; i < k; i++ {
		if c := h[i]; !(isLetter(c) || isDigit(c) || c == '_') {
			return false
		}
	}
	return true
}

// partlyRedacted reports whether some labels of a name were masked while
// others were kept: an address with masked parts ("52.x.x.x",
// "10.0.xxx.xxx"), a label or a hyphenated part of one made of three or more
// x's or asterisks, numbered or not ("ec2-xxx-xxx.compute-1.amazonaws.com",
// "db.***.com", "smtp.xxx1"), or a
// label holding a run of four x's ("ecxxxxxxx.eu-north-1.compute.amazonaws.com").
func partlyRedacted(labels []string) bool {
	digits, maskedN := 0, 0
	for _, label := range labels {
		switch {
		case label != "" && strings.Trim(label, "0123456789") == "":
			digits++
		case masked(label):
			maskedN++
		}
	}
	if len(labels) == 4 && digits > 0 && maskedN > 0 && digits+maskedN == 4 || maskedOctets(labels) {
		return true // an IPv4 address with masked octets
	}
	for _, label := range labels {
		if strings.Contains(label, "xxxx") || strings.Contains(label, "***") {
			return true
		}
		for rest := label; rest != ""; {
			part, after, _ := strings.Cut(rest, "-")
			if mask := strings.TrimRight(part, "0123456789"); len(mask) >= 3 && strings.Trim(mask, "x*") == "" {
				return true // "xxx", or numbered: BookStack's "smtp.xxx1"
			}
			rest = after
		}
	}
	return false
}

// maskedOctets reports whether four labels are an IPv4 address with digits
// of some octets masked ("1x.x.x.x", "10.0.2xx.x", "192.168.*.1x"): every
// label digits and mask characters, at least one mask.
func maskedOctets(labels []string) bool {
	if len(labels) != 4 {
		return false
	}
	masks := false
	for _, label := range labels {
		if label == "" || len(label) > 3 || strings.Trim(label, "0123456789x*#") != "" {
			return false
		}
		masks = masks || strings.ContainsAny(label, "x*#")
	}
	return masks
}

// unglued returns the IPv4 address a word ends in when a lost line break or
// space glued it to the word before ("This site can’t be
// reached192.168.1.1"): the last label of a name is never all digits, so
// such a word is no name. Other words are returned as they are; a letter
// or two before the digits is a version ("v1.2.3.4"), not a glued word.
func unglued(w string) string {
	if len(w) < 9 || !isDigit(w[len(w)-1]) || net.ParseIP(w) != nil {
		return w
	}
	j := len(w)
	for j > 0 && (isDigit(w[j-1]) || w[j-1] == '.') {
		j--
	}
	k := j
	for k > 0 && isLetter(w[k-1]) {
		k--
	}
	if k != 0 || j < 3 || strings.Count(w[j:], ".") != 3 {
		return w
	}
	if ip := net.ParseIP(w[j:]); ip != nil && ip.To4() != nil {
		return w[j:]
	}
	return w
}

// codeReceivers are the objects a source line names a host through
// ("self.host", "this.hostname", "config.host", "args.host",
// "os.environ"): a traceback's or a program's code, never the host
// itself. Methods' own objects (self, this, cls) name no host with
// anything after them; the others only with an attribute word.
var (
	codeSelf      = map[string]bool{"self": true, "this": true, "cls": true}
	codeReceivers = map[string]bool{"config": true, "conf": true, "cfg": true, "args": true, "opts": true,
		"options": true, "settings": true, "params": true, "env": true, "os": true, "process": true,
		"request": true, "req": true, "ctx": true, "props": true, "parsed": true, "kwargs": true}
	codeAttributes = map[string]bool{"host": true, "hostname": true, "port": true, "addr": true, "address": true,
		"server": true, "ip": true, "domain": true, "endpoint": true, "url": true, "uri": true, "netloc": true,
		"environ": true, "env": true, "proxy": true, "source_address": true, "timeout": true}
)

// codeIdentifier reports whether the labels of a name are a code
// identifier (see codeReceivers).
func codeIdentifier(labels []string) bool {
	// Four labels and more ending in a top-level domain are a name
	// ("self.events.data.microsoft.com", Microsoft's telemetry host), not
	// an attribute chain.
	long := len(labels) >= 4 && tlds[labels[len(labels)-1]]
	return len(labels) >= 2 && codeSelf[labels[0]] && !long ||
		len(labels) == 2 && codeReceivers[labels[0]] && codeAttributes[labels[1]]
}

// sourceExts are file name endings that, followed by ":N", are stack-trace
// line references (Foo.java:42, main.go:17) rather than host:port: the
// source files of the languages whose traces print "file:line" (Julia's
// "@ Base loading.jl:1192", Elixir's "lib/x.ex:12", R, Nim, Zig,
// Crystal, OCaml, Haskell, Clojure, F#, Perl, Tcl, PowerShell). Some are
// also top-level domains (.py, .pl, .sh, .rs, .cc, .cr, .ml, .pm): a name
// with one dot and such an ending is read as a host only in a URL or where
// a message names it (host='x.cr', "Failed to connect to x.ml port 80").
var sourceExts = []string{".java", ".kt", ".kts", ".scala", ".groovy", ".go", ".py", ".pyx", ".js", ".mjs", ".cjs",
	".jsx", ".tsx", ".ts", ".cs", ".vb", ".rb", ".php", ".c", ".cc", ".cpp", ".cxx", ".h", ".hpp", ".rs", ".swift",
	".m", ".mm", ".dart", ".ex", ".exs", ".erl", ".hrl", ".lua", ".pl", ".pm", ".sh", ".log", ".txt", ".yaml", ".yml",
	".json", ".xml", ".conf", ".cfg", ".ini", ".jar", ".dll", ".exe", ".class", ".vue", ".html", ".twig", ".jinja",
	".jl", ".r", ".nim", ".zig", ".cr", ".ml", ".mli", ".hs", ".lhs", ".clj", ".cljs", ".cljc", ".fs", ".fsx",
	".tcl", ".ps1", ".psm1", ".elm", ".d", ".v", ".sv", ".cob", ".f90", ".jsp", ".aspx", ".cshtml"}

// isSourceFile reports whether host looks like a file name ("Foo.java",
// "net.js") rather than a host: one dot and a source-file ending.
func isSourceFile(host string) bool {
	l := strings.ToLower(host)
	if strings.Count(l, ".") > 1 && !strings.HasSuffix(l, ".min.js") {
		return false
	}
	for _, e := range sourceExts {
		if strings.HasSuffix(l, e) {
			return true
		}
	}
	return false
}

// usableHost reports whether h can be tested: a valid name or IP that is
// neither a placeholder nor a file name.
func usableHost(h string) bool { return hostOK(h) && !isSourceFile(h) }

// hostOK reports whether h is a valid name or IP that is not a placeholder.
// The unspecified IPv6 address ("::", "[::]") is none: no machine to test.
func hostOK(h string) bool {
	if !dialledHostOK(h) {
		return false
	}
	ip := net.ParseIP(strings.Trim(h, "[]"))
	return ip == nil || !ip.IsUnspecified() || strings.Contains(h, ".")
}

// dialledHostOK reports whether h is a valid name or IP that is not a
// placeholder, the unspecified address too: what a message says a program
// dialled is its target even then (grpc-go's "transport: dial tcp
// [::]:9090: connect: cannot assign requested address").
func dialledHostOK(h string) bool {
	return h != "" && checkHost(h, h) == nil && !isPlaceholder(h)
}

// exampleName reports whether the lower-case name is one of the names
// RFC 2606 and RFC 6761 reserve for examples (example.com, example.net,
// example.org, their subdomains, and names under .example), or a name
// whose label just before its public suffix is "example" under any other
// top-level domain (example.eu, example.lan, example.co.uk and their
// subdomains, "headscale.example.eu"; see countrySecondLevel): in pasted
// error text it is a placeholder the user put in for the real name
// ("Unable to bind to server ldap.example.com:389"). "example" deeper in
// a name or inside a word ("example.corp.io", "myexample.de") is a name
// as any other.
func exampleName(l string) bool {
	l = strings.TrimSuffix(l, ".")
	rest, last := cutLastLabel(l)
	if (last == "example" || last == "tld") && rest != "" {
		return true
	}
	rest, prev := cutLastLabel(rest)
	if prev == "example" && letters(last) {
		return true
	}
	_, first := cutLastLabel(rest)
	return first == "example" && countrySecondLevel(prev, last)
}

// cutLastLabel splits a dotted name before its last label ("a.b.c" is
// "a.b" and "c"); a name with no dot is all label.
func cutLastLabel(l string) (rest, label string) {
	k := strings.LastIndexByte(l, '.')
	if k < 0 {
		return "", l
	}
	return l[:k], l[k+1:]
}

// countrySecondLevel reports whether sld.cc is a public suffix of the
// shape a country code registry delegates under: a two-letter second
// level under a two-letter country code ("co.uk", "ac.jp"), or one of the
// generic words registries such as Australia's and Brazil's use there
// ("com.au", "net.br", "org.nz", "edu.pl", "gov.in"): "ldap.example.com.au"
// is as much an example as "ldap.example.co.uk".
func countrySecondLevel(sld, cc string) bool {
	if len(cc) != 2 || !letters(cc) {
		return false
	}
	switch sld {
	case "com", "net", "org", "edu", "gov":
		return true
	}
	return len(sld) == 2 && letters(sld)
}

// letters reports whether s is one or more ASCII letters, as a top-level
// domain's label is.
func letters(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// standInWords are the words a poster types in place of an address, one
// a label ("dial tcp my.external.ip.address:8181", "https://some.domain:8181/").
// "local" and "lan" are not among them: "server.local", "nas.lan" are names.
var standInWords = map[string]bool{"my": true, "your": true, "some": true, "external": true, "internal": true,
	"public": true, "private": true, "ip": true, "address": true, "addr": true, "domain": true, "host": true,
	"hostname": true, "server": true, "url": true}

// standInLabels reports whether a dotted name is made of stand-in words
// only, one of them "my", "your" or "some", or ends in "url" or "uri",
// the slot's name where a top-level domain would be ("Unable to resolve
// host 'my.nextcloud.url'").
func standInLabels(labels []string) bool {
	if len(labels) < 2 {
		return false
	}
	if last := labels[len(labels)-1]; last == "url" || last == "uri" {
		return true
	}
	owner := false // "my", "your" or "some" says whose: "ip.internal" is a name a program looked up
	for _, l := range labels {
		if !standInWords[l] {
			return false
		}
		owner = owner || l == "my" || l == "your" || l == "some"
	}
	return owner
}
