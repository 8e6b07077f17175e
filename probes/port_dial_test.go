package probes

import (
	"context"
	"net"
	"strconv"
	"testing"
)

// TestDialTCPEndedByCaller: an attempt that the deadline, or the caller
// having heard enough, ends before the OS answers is "no answer"
// (filtered, on the deadline), never a local failure. Loopback only.
func TestDialTCPEndedByCaller(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := &PortResult{Check: newCheck("port", "TCP port 9")}
	dialTCP(ctx, r, "127.0.0.1", 9)
	if r.State != PortFiltered || r.Basis != BasisDeadline || r.Connect != 0 {
		t.Errorf("cancelled: %s by %s, connect %v", r.State, r.Basis, r.Connect)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	r = &PortResult{Check: newCheck("port", "TCP port "+strconv.Itoa(port))}
	dialTCP(context.Background(), r, "127.0.0.1", port)
	if r.State != PortOpen {
		t.Errorf("listening port: %s", r.State)
	}
}
