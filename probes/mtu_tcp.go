package probes

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"sync"
	"time"
)

// MTUFallback describes a TCP service on the target that the MTU check may
// use when ICMP echo is filtered: it fetches from it over connections whose
// segment size (MSS) is clamped, and finds the largest size that gets
// through.
type MTUFallback struct {
	// Host is the name for SNI and the Host header; Port the TCP port.
	Host string
	Port int
	// TLS says to do a TLS handshake first (its certificate flight alone
	// fills several segments).
	TLS bool
	// Path is the path to GET ("/" by default).
	Path string
}

// mssFetch fetches over one connection with the given MSS and returns the
// bytes received and whether the exchange finished.
type mssFetch func(ctx context.Context, addr string, mss int, fb *MTUFallback) (int, bool, error)

// errMSSUnsupported is returned where the MSS cannot be clamped.
var errMSSUnsupported = errors.New("the TCP segment size cannot be set on this system")

// searchMSS runs one clamped fetch per candidate size at once and reads the
// path MTU from which sizes got through: the largest MSS whose exchange
// finished, plus 40 bytes of IPv4 and TCP headers.
func searchMSS(ctx context.Context, r *MTUResult, addr string, fb *MTUFallback, fetch mssFetch) error {
	top := min(r.IfaceMTU, 1500) - 40
	cands := []int{top}
	for _, m := range []int{1400, 1360, 1300, 1240, 1160, 1000, 536} {
		if m < top {
			cands = append(cands, m)
		}
	}
	type res struct {
		bytes int
		done  bool
		err   error
	}
	out := make([]res, len(cands))
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	var wg sync.WaitGroup
	for i, mss := range cands {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b, done, err := fetch(ctx, net.JoinHostPort(addr, strconv.Itoa(fb.Port)), mss, fb)
			out[i] = res{b, done, err}
		}()
	}
	wg.Wait()
	good, bad, most := 0, 0, 0
	for i, mss := range cands {
		if errors.Is(out[i].err, errMSSUnsupported) {
			return out[i].err
		}
		most = max(most, out[i].bytes)
		switch {
		case out[i].done && mss > good:
			good = mss
		case !out[i].done && (bad == 0 || mss < bad):
			bad = mss
		}
	}
	switch {
	case good == 0:
		return fmt.Errorf("no TCP exchange with port %d finished, at any segment size", fb.Port)
	case good == top && most <= top:
		return fmt.Errorf("the answer from port %d (%d bytes) is too small to fill a full-size packet", fb.Port, most)
	}
	r.Method = "tcp-mss"
	r.PathMTU = good + 40
	if bad > good {
		r.FirstLost = bad + 40
	}
	r.Blackhole = good < top
	return nil
}

// fetchClamped is the real mssFetch: a connection with TCP_MAXSEG set
// before connect, an optional TLS handshake, and a GET read to the end.
func fetchClamped(ctx context.Context, addr string, mss int, fb *MTUFallback) (int, bool, error) {
	d := net.Dialer{Control: clampMSS(mss)}
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return 0, false, err
	}
	defer conn.Close()
	if dl, ok := ctx.Deadline(); ok {
		conn.SetDeadline(dl)
	}
	cr := &countingConn{Conn: conn}
	var rw io.ReadWriter = cr
	if fb.TLS {
		tc := tls.Client(cr, &tls.Config{ServerName: fb.Host, InsecureSkipVerify: true, NextProtos: []string{"http/1.1"}}) //nolint:gosec // only the byte flow is measured
		if err := tc.HandshakeContext(ctx); err != nil {
			return cr.n, false, nil
		}
		rw = tc
	}
	path := fb.Path
	if path == "" {
		path = "/"
	}
	if _, err := io.WriteString(rw, "GET "+path+" HTTP/1.1\r\nHost: "+fb.Host+"\r\nUser-Agent: conndoctor\r\nConnection: close\r\n\r\n"); err != nil {
		return cr.n, false, nil
	}
	_, err = io.Copy(io.Discard, io.LimitReader(rw, 256<<10))
	return cr.n, err == nil, nil
}

// countingConn counts the bytes read from the network.
type countingConn struct {
	net.Conn
	n int
}

func (c *countingConn) Read(b []byte) (int, error) {
	n, err := c.Conn.Read(b)
	c.n += n
	return n, err
}
