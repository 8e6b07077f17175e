package target

import "strings"

// schemeWord matches a URL scheme standing where a program prints the name
// it dialled: a URL doubled ("https://https://x") or missing its host
// ("http:/x"), or a host setting of "https", leaves the scheme as the
// name the resolver is asked for.
const schemeWord = `(?P<host>https?)`

// schemeSlots read a scheme word only in the slots where a program names
// what it really dialled: Ruby's quoted connect(2) name, Go's "lookup x",
// curl's "Could not resolve host: x", Node's "getaddrinfo ENOTFOUND x",
// urllib3's "Failed to resolve 'x'", Java's "UnknownHostException: x",
// Android's quoted "Unable to resolve host \"x\"". Prose ("use https",
// "http error") names no host.
var schemeSlots = []extractor{
	schemeEx(connEx("connect(2)", "Ruby", 0, `connect\(2\) for "`+schemeWord+`" port (?P<port>[0-9]+)`)),
	schemeEx(dnsEx("lookup ", "Go", 0, `\blookup `+schemeWord+`(?: on |: |:$|$)`)),
	schemeEx(dnsEx("resolve host", "curl", 0, `(?i)could(?: not|n't) resolve (?:the )?host\s*:\s*`+reQ+schemeWord+reQ+`(?:$|[\s;,.)])`)),
	schemeEx(dnsEx("getaddrinfo", "Node.js", 0, `getaddrinfo (?:ENOTFOUND|EAI_AGAIN|EAI_NODATA|EAI_FAIL|EAI_NONAME) `+schemeWord+`(?::(?P<port>[0-9]+))?(?:$|[\s,;)'"])`)),
	schemeEx(dnsEx("failed to resolve", "Python", 0, `Failed to resolve '`+schemeWord+`'`)),
	schemeEx(dnsEx("unknownhostexception", "Java", 0, `UnknownHostException: `+reQ+schemeWord+reQ+`(?:$|[\s;,)]|:[^/])`)),
	schemeEx(dnsEx("resolve host", "Android", 0, `(?i)unable to resolve host "`+schemeWord+`"`)),
}

func schemeEx(e extractor) extractor {
	e.scheme = true
	return e
}

// schemeHost says why a scheme word a program dialled is no host name.
func schemeHost(h string) string {
	return `"` + strings.ToLower(h) + `" is a URL scheme, not a host name: the program's URL setting is probably doubled or lost its host`
}
