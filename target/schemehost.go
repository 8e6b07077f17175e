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
// unset value ("undefined", "null") is no name the program was given but
// none at all, and is not read. Python's None alone is read, as "none",
// where a program's command line or message names its host (Home
// Assistant's "ping: None: Name or service not known": a setting never
// set, formatted into ping's argument), and flagged with its own reason
// (see emptyValues); "None" in prose is none.
const slotWord = `(?P<host>https?|unknown|None)`

// pySlotWord is slotWord in urllib3's messages, which lower-case the host
// they were given: Python's None reaches them as 'none' (RAGFlow's
// "HTTPConnectionPool(host='none', port=9385): … NameResolutionError(…
// Failed to resolve 'none' ([Errno -2] Name or service not known))").
const pySlotWord = `(?P<host>https?|unknown|[Nn]one)`

// slotWords are the words slotWord reads that are no URL scheme.
var slotWords = map[string]bool{"unknown": true, "none": true}

// slotHost reports whether h, a Target's host, is a valid name read from
// a slot that is no host: a URL scheme word or one of slotWords (see
// schemeHost).
func slotHost(h string) bool {
	l := strings.ToLower(h)
	return l == "http" || l == "https" || slotWords[l]
}

// emptyValues are the slot words that are a programming language's empty
// value.
var emptyValues = map[string]string{"none": "Python's None"}

// schemeSlots read a scheme word only in the slots where a program names
// what it really dialled: Ruby's quoted connect(2) name, Go's "lookup x",
// curl's "Could not resolve host: x", Node's "getaddrinfo ENOTFOUND x",
// urllib3's "Failed to resolve 'x'" (and Python's None in its
// "HTTPConnectionPool(host='none', port=n)"), Java's "UnknownHostException: x",
// Android's quoted "Unable to resolve host \"x\"", ssh's "Could not
// resolve hostname x:", and .NET's HttpRequestException, which ends its
// message with what it dialled in parentheses (Radarr's "Name or service
// not known (http:80)", an indexer's URL that lost its host). Prose ("use https", "http error", "host
// unknown") names no host.
var schemeSlots = []extractor{
	schemeEx(connEx("connect(2)", "Ruby", 0, `connect\(2\) for "`+slotWord+`" port (?P<port>[0-9]+)`)),
	schemeEx(dnsEx("lookup ", "Go", 0, `\blookup `+slotWord+goLookupEnd)),
	schemeEx(dnsEx("resolve host", "curl", 0, `(?i)could(?: not|n't) resolve (?:the )?host\s*:\s*`+reQ+slotWord+reQ+`(?:$|[\s;,.)])`)),
	schemeEx(dnsEx("getaddrinfo", "Node.js", 0, `getaddrinfo (?:ENOTFOUND|EAI_AGAIN|EAI_NODATA|EAI_FAIL|EAI_NONAME) `+slotWord+`(?::(?P<port>[0-9]+))?(?:$|[\s,;)'"])`)),
	schemeEx(dnsEx("failed to resolve", "Python", 0, `Failed to resolve '`+pySlotWord+`'`)),
	// … and its pool, which names the port too: Python's None there is
	// the host setting never set (a scheme word there, "host='https'",
	// stays none, as the corpus reads it: the pool alone says no more).
	schemeEx(ex("connectionpool(host=", phrase, "Python", 0, `HTTPS?ConnectionPool\(host='(?P<host>[Nn]one)', port=(?P<port>[0-9]{1,5})\)`)),
	schemeEx(dnsEx("unknownhostexception", "Java", 0, `UnknownHostException: `+reQ+slotWord+reQ+`(?:$|[\s;,)]|:[^/])`)),
	schemeEx(dnsEx("resolve host", "Android", 0, `(?i)unable to resolve host "`+slotWord+`"`)),
	schemeEx(dnsEx("resolve hostname", "ssh", 22, `(?i)could not resolve hostname `+slotWord+`:`)),
	schemeEx(connEx("httprequestexception", ".NET", 0, `HttpRequestException: [^\n()]{1,160}\(`+schemeWord+`:(?P<port>[0-9]{1,5})\)`)),
	// iputils ping's look-up failure: "ping: x: Name or service not
	// known", "ping: x: Temporary failure in name resolution".
	schemeEx(dnsEx("ping: ", "ping", 0, `\bping: `+slotWord+`: (?:Name or service not known|Temporary failure in name resolution)`)),
}

func schemeEx(e extractor) extractor {
	e.scheme = true
	return e
}

// schemeHost says why a scheme word (or another slot word) a program
// dialled is no host name.
func schemeHost(h string) string {
	if what, ok := emptyValues[strings.ToLower(h)]; ok {
		return `"` + strings.ToLower(h) + `" is ` + what + `, a programming language's empty value, put where a host name belongs: the program's host setting was never set`
	}
	if l := strings.ToLower(h); slotWords[l] {
		return `"` + l + `" is a word put where a host name belongs, not a host name: the program was given no real host`
	}
	return `"` + strings.ToLower(h) + `" is a URL scheme, not a host name: the program's URL setting is probably doubled or lost its host`
}
