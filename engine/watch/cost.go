package watch

import (
	"fmt"
	"time"

	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// Upper bounds of the bytes each step of a sample sends and receives,
// headers included.
const (
	costDNS     = 600                // A and AAAA queries and answers
	costConnect = 600                // handshake and close, both ways
	costTLS     = 10 << 10           // a TLS handshake with a certificate chain
	costHTTP    = appMaxBody + 2<<10 // a request, the headers and the body read
	costPing    = 2 * PingCount * 100
	costHop     = 2 * 2 * 100 // two probes a hop and their answers
)

// Cost is the most traffic a watch makes.
type Cost struct {
	// Sample and Trace are the bytes of one sample and of one traceroute;
	// Hour the bytes an hour at the pace, a traceroute a minute included.
	Sample, Trace, Hour int64
}

// EstimateCost bounds the traffic of watching t every every, with addrs
// addresses for the name (at most MaxAddrs are tried). Failed samples add
// a traceroute each.
func EstimateCost(t target.Target, every time.Duration, addrs int) Cost {
	every = max(every, time.Second)
	addrs = min(max(addrs, 1), MaxAddrs)
	var c Cost
	if !t.IsIP() {
		c.Sample += costDNS
	}
	c.Sample += int64(addrs)*costConnect + 2*costPing
	switch probes.AppKind(t.Scheme, t.Port) {
	case "https":
		c.Sample += costTLS + costHTTP
	case "http":
		c.Sample += costHTTP
	case "tls":
		c.Sample += costTLS
	}
	c.Trace = traceMaxTTL * costHop
	perHour := int64(time.Hour / every)
	c.Hour = perHour*c.Sample + 60*c.Trace
	return c
}

// Text says the cost for people: "at most 9.4 MB an hour (13 kB a sample)".
func (c Cost) Text() string {
	return fmt.Sprintf("at most %s an hour (%s a sample)", bytesText(c.Hour), bytesText(c.Sample))
}

func bytesText(n int64) string {
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%.1f GB", float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.0f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d bytes", n)
}
