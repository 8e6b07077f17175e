package platform

import (
	"context"

	"golang.org/x/sys/windows"
)

var procDnsFlushResolverCache = windows.NewLazySystemDLL("dnsapi.dll").NewProc("DnsFlushResolverCache")

// FlushDNS empties the Windows DNS Client cache with DnsFlushResolverCache
// (what `ipconfig /flushdns` calls). It returns a *FlushError when Windows
// refuses.
func FlushDNS(ctx context.Context) (FlushResult, error) {
	if err := procDnsFlushResolverCache.Find(); err != nil {
		return FlushResult{}, &FlushError{Cache: "Windows DNS Client", Detail: "dnsapi.dll has no DnsFlushResolverCache: " + err.Error()}
	}
	ok, _, callErr := procDnsFlushResolverCache.Call()
	if ok == 0 {
		code, _ := callErr.(windows.Errno)
		return FlushResult{}, windowsFlushFailure(uint32(code), callErr.Error())
	}
	return FlushResult{Caches: []string{"Windows DNS Client"}}, nil
}
