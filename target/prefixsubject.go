package target

import "strings"

// prefixSubject reports whether the host:port at line[start:end], inside
// the leading "[…]" groups of a log line that end at prefix, is the
// subject of the message rather than the log's own context: the group is
// the whole "[host:port]", the last of the prefix, and the message right
// after it says the connection failed: "connect error", or a failure's
// own words ("Connection refused"). XMRig and other libuv programs log each
// pool's connection so, after a bracketed timestamp or none:
// "[2020-05-08 02:51:43.988] [xmr.f2pool.com:13531] connect error:
// \"operation canceled\"", "[donate.xmrig.com:3333] connect error:
// \"connection refused\"" (the bare name, "[xmr-eu1.nanopool.org] connect
// error", is read as a bare word is). A client's address in a group
// before other groups, or before a message that only says something went
// wrong, stays context: mitmproxy's "[15:39:59.811][127.0.0.1:5378]
// error establishing server connection: … getaddrinfo failed" names the
// client, not the server whose name did not resolve.
func prefixSubject(line string, start, end, prefix int) bool {
	if start < 1 || line[start-1] != '[' || end >= len(line) || line[end] != ']' {
		return false
	}
	if strings.TrimLeft(line[end+1:prefix], " ") != "" {
		return false
	}
	low := strings.ToLower(line[prefix:min(len(line), prefix+36)])
	return strings.HasPrefix(low, "connect error") || strings.HasPrefix(low, "connection error") || classifyFailure(low) != FailureNone
}
