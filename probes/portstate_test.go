package probes

import (
	"strings"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// portRows are outcomes of connection attempts as the OSes report them, and
// the state and basis each must give. They seed FuzzPortState.
var portRows = []struct {
	kind   failure.Kind
	code   string
	number uint32
	icmp   *ICMPReport
	took   time.Duration
	state  PortState
	basis  PortBasis
}{
	{failure.None, "", 0, nil, ms(1), PortOpen, BasisHandshake},
	{failure.Refused, "ECONNREFUSED", 111, nil, ms(1), PortRefused, BasisErrorCode},
	{failure.Refused, "WSAECONNREFUSED", 10061, nil, ms(2000), PortRefused, BasisErrorCode},
	{failure.Refused, "ECONNREFUSED", 111, &ICMPReport{Type: 3, Code: 3}, ms(1), PortRejected, BasisICMP},
	{failure.HostUnreachable, "EHOSTUNREACH", 113, &ICMPReport{Type: 3, Code: 1}, ms(3000), PortUnreachable, BasisICMP},
	{failure.HostUnreachable, "EHOSTUNREACH", 113, &ICMPReport{Type: 3, Code: 13}, ms(2), PortRejected, BasisICMP},
	{failure.HostUnreachable, "WSAEHOSTUNREACH", 10065, nil, ms(30), PortRejected, BasisTiming},
	{failure.HostUnreachable, "WSAEHOSTUNREACH", 10065, nil, ms(3000), PortUnreachable, BasisTiming},
	{failure.NetUnreachable, "WSAENETUNREACH", 10051, nil, ms(1), PortNoRoute, BasisErrorCode},
	{failure.NetUnreachable, "ENETUNREACH", 101, &ICMPReport{Type: 3, Code: 0}, ms(5), PortUnreachable, BasisICMP},
	{failure.TimedOut, "WSAETIMEDOUT", 10060, nil, ms(21000), PortFiltered, BasisErrorCode},
	{failure.TimedOut, "", 0, nil, ms(3000), PortFiltered, BasisDeadline},
	{failure.Permission, "WSAEACCES", 10013, nil, ms(1), PortBlocked, BasisErrorCode},
	{failure.Permission, "EPERM", 1, nil, ms(1), PortBlocked, BasisErrorCode},
	{failure.NotSupported, "WSAEOPNOTSUPP", 10045, nil, ms(1), PortError, BasisErrorCode},
	// No local port left (issue 14): a finding about this computer, not a
	// check that could not run.
	{failure.AddrNotAvailable, "WSAEADDRNOTAVAIL", 10049, nil, ms(1), PortNoLocalPort, BasisErrorCode},
	{failure.NoBuffers, "WSAENOBUFS", 10055, nil, ms(1), PortNoLocalPort, BasisErrorCode},
	{failure.AddrInUse, "WSAEADDRINUSE", 10048, nil, ms(1), PortError, BasisErrorCode},
	{failure.NetworkDown, "WSAENETDOWN", 10050, nil, ms(1), PortError, BasisErrorCode},
	{failure.Unknown, "", 0, nil, ms(1), PortError, BasisErrorCode},
}

func TestPortState(t *testing.T) {
	for _, c := range portRows {
		f := failure.Failure{Kind: c.kind, Code: c.code, Number: c.number}
		st, basis := portState(f, c.icmp, c.took)
		if st != c.state || basis != c.basis {
			t.Errorf("%s %s after %v (icmp %v) = %s by %s, want %s by %s", c.kind, c.code, c.took, c.icmp, st, basis, c.state, c.basis)
		}
	}
}

// TestPortErrorIsNotAVerdict checks that an attempt that could not be made
// is reported as an error of the check (status error), with the failing
// call and the code in its summary, never as a network state.
func TestPortErrorIsNotAVerdict(t *testing.T) {
	r := &PortResult{Check: newCheck("port", "TCP port 443"), Addr: "10.0.0.1:443"}
	r.setOutcome(failure.Failure{Kind: failure.NotSupported, Op: "wsaioctl", Code: "WSAEOPNOTSUPP", Number: 10045}, nil)
	r.Explain = explainPort(r)
	r.finish(r.status(), r.summary())
	if r.Status != StatusError || r.State != PortError {
		t.Fatalf("status %s state %s", r.Status, r.State)
	}
	for _, want := range []string{"WSAEOPNOTSUPP 10045", "wsaioctl", "says nothing about the network"} {
		if !strings.Contains(r.Summary, want) {
			t.Errorf("summary %q lacks %q", r.Summary, want)
		}
	}
}

func FuzzPortState(f *testing.F) {
	for _, c := range portRows {
		f.Add(string(c.kind), c.number, c.icmp != nil, int64(c.took))
	}
	f.Fuzz(func(t *testing.T, kind string, number uint32, icmp bool, took int64) {
		var rep *ICMPReport
		if icmp {
			rep = &ICMPReport{Type: 3, Code: 13}
		}
		st, basis := portState(failure.Failure{Kind: failure.Kind(kind), Number: number}, rep, time.Duration(took))
		if st == "" || basis == "" {
			t.Fatalf("%s %d: empty state or basis", kind, number)
		}
		if (st == PortOpen) != (kind == "") {
			t.Fatalf("%q gives %s", kind, st)
		}
	})
}

// TestBindInUseIsNoLocalPort: the port check binds only to port 0, so
// "address in use" from bind means no local port is free (Windows, and
// Wine, say so when the dynamic range is exhausted); from elsewhere it says
// nothing about the network.
func TestBindInUseIsNoLocalPort(t *testing.T) {
	for op, want := range map[string]PortState{"bind": PortNoLocalPort, "connect": PortError, "": PortError} {
		f := failure.Failure{Kind: failure.AddrInUse, Op: op, Code: "WSAEADDRINUSE", Number: 10048}
		if st, _ := portState(f, nil, ms(1)); st != want {
			t.Errorf("address in use in %q: %s, want %s", op, st, want)
		}
	}
}
