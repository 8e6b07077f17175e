package failure

import "testing"

// winRows are the Windows codes a connect, a route lookup or an ICMP call
// can return, with the kind each must have. They seed FuzzWindowsCode.
var winRows = []struct {
	n    uint32
	name string
	kind Kind
}{
	{10013, "WSAEACCES", Permission},
	{10045, "WSAEOPNOTSUPP", NotSupported},
	{10048, "WSAEADDRINUSE", AddrInUse},
	{10049, "WSAEADDRNOTAVAIL", AddrNotAvailable},
	{10050, "WSAENETDOWN", NetworkDown},
	{10051, "WSAENETUNREACH", NetUnreachable},
	{10052, "WSAENETRESET", Reset},
	{10053, "WSAECONNABORTED", Aborted},
	{10054, "WSAECONNRESET", Reset},
	{10055, "WSAENOBUFS", NoBuffers},
	{10060, "WSAETIMEDOUT", TimedOut},
	{10061, "WSAECONNREFUSED", Refused},
	{10064, "WSAEHOSTDOWN", HostUnreachable},
	{10065, "WSAEHOSTUNREACH", HostUnreachable},
	{121, "ERROR_SEM_TIMEOUT", TimedOut},
	{1225, "ERROR_CONNECTION_REFUSED", Refused},
	{1231, "ERROR_NETWORK_UNREACHABLE", NetUnreachable},
	{1232, "ERROR_HOST_UNREACHABLE", HostUnreachable},
	{120, "ERROR_CALL_NOT_IMPLEMENTED", NotSupported},
	{11010, "IP_REQ_TIMED_OUT", TimedOut},
	{4242, "", Unknown},
}

func TestWindowsCodes(t *testing.T) {
	for _, r := range winRows {
		e := windowsCode(r.n)
		if e.name != r.name || e.kind != r.kind || e.number != r.n {
			t.Errorf("windowsCode(%d) = %+v, want %s %s", r.n, e, r.name, r.kind)
		}
	}
	for n, e := range windowsCodes {
		if e.number != n || e.name == "" || words[e.kind] == "" {
			t.Errorf("row %d is inconsistent: %+v", n, e)
		}
	}
}

// FuzzWindowsCode checks every number gets a kind with words, and that the
// printed failure names the number.
func FuzzWindowsCode(f *testing.F) {
	for _, r := range winRows {
		f.Add(r.n)
	}
	f.Fuzz(func(t *testing.T, n uint32) {
		e := windowsCode(n)
		if e.kind.Words() == "" || e.number != n {
			t.Fatalf("%d: %+v", n, e)
		}
		if n == 0 {
			return
		}
		s := Failure{Kind: e.kind, Code: e.name, Number: n}.Error()
		if !containsNumber(s, n) {
			t.Fatalf("%q does not name %d", s, n)
		}
	})
}
