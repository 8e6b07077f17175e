package target

import "strings"

// schemeWord matches a URL scheme standing where a program prints the name
// it dialled: a URL doubled ("https://https://x") or missing its host
// ("http:/x"), or a host setting of "https", leaves the scheme as the
// name the resolver is asked for.
const schemeWord = `(?P<host>https?)`

// slotWord is a scheme word or another word that is no host name but
// stands where a program prints the name it looked up: ssh given the
// literal host "unknown" (Vagrant's "ssh: Could not resolve hostname
// unknown: nodename nor servname provided, or not known"). A language's
// unset value ("undefined", "null", "None") is no name the program was
// given but none at all, and is not read so.
const slotWord = `(?P<host>https?|unknown)`

// slotWords are the words slotWord reads that are no URL scheme.
var slotWords = map[string]bool{"unknown": true}

// schemeSlots read a scheme word only in the slots where a program names
// what it really dialled: Ruby's quoted connect(2) name, Go's "lookup x",
// curl's "Could not resolve host: x", Node's "getaddrinfo ENOTFOUND x",
// urllib3's "Failed to resolve 'x'", Java's "UnknownHostException: x",
// Android's quoted "Unable to resolve host \"x\"", ssh's "Could not
// resolve hostname x:". Prose ("use https", "http error", "host
// unknown") names no host.
var schemeSlots = []extractor{
	schemeEx(connEx("connect(2)", "Ruby", 0, `connect\(2\) for "`+slotWord+`" port (?P<port>[0-9]+)`)),
	schemeEx(dnsEx("lookup ", "Go", 0, `\blookup `+slotWord+`(?: on |: |:$|$)`)),
	schemeEx(dnsEx("resolve host", "curl", 0, `(?i)could(?: not|n't) resolve (?:the )?host\s*:\s*`+reQ+slotWord+reQ+`(?:$|[\s;,.)])`)),
	schemeEx(dnsEx("getaddrinfo", "Node.js", 0, `getaddrinfo (?:ENOTFOUND|EAI_AGAIN|EAI_NODATA|EAI_FAIL|EAI_NONAME) `+slotWord+`(?::(?P<port>[0-9]+))?(?:$|[\s,;)'"])`)),
	schemeEx(dnsEx("failed to resolve", "Python", 0, `Failed to resolve '`+slotWord+`'`)),
	schemeEx(dnsEx("unknownhostexception", "Java", 0, `UnknownHostException: `+reQ+slotWord+reQ+`(?:$|[\s;,)]|:[^/])`)),
	schemeEx(dnsEx("resolve host", "Android", 0, `(?i)unable to resolve host "`+slotWord+`"`)),
	schemeEx(dnsEx("resolve hostname", "ssh", 22, `(?i)could not resolve hostname `+slotWord+`:`)),
}

func schemeEx(e extractor) extractor {
	e.scheme = true
	return e
}

// schemeHost says why a scheme word (or another slot word) a program
// dialled is no host name.
func schemeHost(h string) string {
	if l := strings.ToLower(h); slotWords[l] {
		return `"` + l + `" is a word put where a host name belongs, not a host name: the program was given no real host`
	}
	return `"` + strings.ToLower(h) + `" is a URL scheme, not a host name: the program's URL setting is probably doubled or lost its host`
}
