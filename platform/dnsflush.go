package platform

import (
	"errors"
	"fmt"
	"strings"
)

// ErrNoDNSCache means this computer runs no DNS cache that can be flushed:
// answers are not kept between lookups (or each program keeps its own).
var ErrNoDNSCache = errors.New("no DNS cache service runs on this computer, so there is nothing to flush")

// FlushResult says which caches were flushed.
type FlushResult struct {
	// Caches names each cache flushed ("systemd-resolved", "nscd",
	// "dnsmasq", "Windows DNS Client").
	Caches []string `json:"caches"`
}

// FlushError is a cache that exists but could not be flushed.
type FlushError struct {
	// Cache names the cache.
	Cache string
	// NeedsAdmin says the refusal was for lack of rights; running the
	// action as administrator (root) would succeed.
	NeedsAdmin bool
	// Detail is what the system said.
	Detail string
}

func (e *FlushError) Error() string {
	if e.NeedsAdmin {
		return fmt.Sprintf("flushing the %s DNS cache needs administrator rights (%s)", e.Cache, e.Detail)
	}
	return fmt.Sprintf("the %s DNS cache could not be flushed: %s", e.Cache, e.Detail)
}

// deniedWords are what refusals for lack of rights say, in the tools'
// English and in Go's errors.
var deniedWords = []string{"access denied", "permission denied", "operation not permitted",
	"interactive authentication required", "not authorized", "must be root", "eperm", "eacces"}

// isDenied reports whether a tool's message is a refusal for lack of rights.
func isDenied(msg string) bool {
	m := strings.ToLower(msg)
	for _, w := range deniedWords {
		if strings.Contains(m, w) {
			return true
		}
	}
	return false
}

// windowsFlushFailure classifies the Windows error code (GetLastError) that
// DnsFlushResolverCache left: 5 is ERROR_ACCESS_DENIED.
func windowsFlushFailure(code uint32, text string) error {
	e := &FlushError{Cache: "Windows DNS Client", Detail: "the call failed"}
	if code != 0 {
		e.Detail = text
		e.NeedsAdmin = code == 5 || isDenied(text)
	}
	return e
}
