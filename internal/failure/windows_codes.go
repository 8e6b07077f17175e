package failure

// windowsCodes maps the error numbers Windows networking calls return —
// Winsock (WSAE*), Win32 (ERROR_*) from the IP Helper and ICMP APIs, and
// IP status codes — to the vocabulary. The table is compiled on every OS so
// that it is tested everywhere; classify_windows.go uses it.
var windowsCodes = map[uint32]osError{
	// Winsock.
	10004: {10004, "WSAEINTR", Canceled},
	10013: {10013, "WSAEACCES", Permission}, // a firewall (WFP) or missing right
	10022: {10022, "WSAEINVAL", Unknown},
	10024: {10024, "WSAEMFILE", NoBuffers},
	10040: {10040, "WSAEMSGSIZE", Unknown},
	10042: {10042, "WSAENOPROTOOPT", NotSupported},
	10043: {10043, "WSAEPROTONOSUPPORT", NotSupported},
	10044: {10044, "WSAESOCKTNOSUPPORT", NotSupported},
	10045: {10045, "WSAEOPNOTSUPP", NotSupported}, // Wine 8 answers SIO_UDP_CONNRESET with it
	10046: {10046, "WSAEPFNOSUPPORT", NotSupported},
	10047: {10047, "WSAEAFNOSUPPORT", NotSupported},
	10048: {10048, "WSAEADDRINUSE", AddrInUse},
	10049: {10049, "WSAEADDRNOTAVAIL", AddrNotAvailable},
	10050: {10050, "WSAENETDOWN", NetworkDown},
	10051: {10051, "WSAENETUNREACH", NetUnreachable},
	10052: {10052, "WSAENETRESET", Reset},
	10053: {10053, "WSAECONNABORTED", Aborted},
	10054: {10054, "WSAECONNRESET", Reset},
	10055: {10055, "WSAENOBUFS", NoBuffers},
	10060: {10060, "WSAETIMEDOUT", TimedOut},
	10061: {10061, "WSAECONNREFUSED", Refused},
	10064: {10064, "WSAEHOSTDOWN", HostUnreachable},
	10065: {10065, "WSAEHOSTUNREACH", HostUnreachable},
	10091: {10091, "WSASYSNOTREADY", NetworkDown},
	10093: {10093, "WSANOTINITIALISED", NotSupported},
	// Win32, as IP Helper, ICMP and overlapped socket calls report them.
	5:    {5, "ERROR_ACCESS_DENIED", Permission},
	8:    {8, "ERROR_NOT_ENOUGH_MEMORY", NoBuffers},
	50:   {50, "ERROR_NOT_SUPPORTED", NotSupported},
	64:   {64, "ERROR_NETNAME_DELETED", Reset},
	87:   {87, "ERROR_INVALID_PARAMETER", Unknown},
	120:  {120, "ERROR_CALL_NOT_IMPLEMENTED", NotSupported},
	121:  {121, "ERROR_SEM_TIMEOUT", TimedOut},
	995:  {995, "ERROR_OPERATION_ABORTED", Canceled},
	1168: {1168, "ERROR_NOT_FOUND", Unknown},
	1225: {1225, "ERROR_CONNECTION_REFUSED", Refused},
	1227: {1227, "ERROR_ADDRESS_ALREADY_ASSOCIATED", AddrInUse},
	1231: {1231, "ERROR_NETWORK_UNREACHABLE", NetUnreachable},
	1232: {1232, "ERROR_HOST_UNREACHABLE", HostUnreachable},
	1234: {1234, "ERROR_PORT_UNREACHABLE", Refused},
	1235: {1235, "ERROR_REQUEST_ABORTED", Canceled},
	1236: {1236, "ERROR_CONNECTION_ABORTED", Aborted},
	1460: {1460, "ERROR_TIMEOUT", TimedOut}, // DnsQuery_W: the server did not answer
	// IP status codes (IcmpSendEcho2 sets them as the last error).
	11010: {11010, "IP_REQ_TIMED_OUT", TimedOut},
}

// windowsCode classifies a Windows error number; numbers outside the table
// are Unknown, with no name.
func windowsCode(n uint32) osError {
	if e, ok := windowsCodes[n]; ok {
		return e
	}
	return osError{number: n, kind: Unknown}
}
