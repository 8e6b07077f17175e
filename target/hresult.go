package target

import (
	"strconv"
	"strings"
)

// win32Failures are the Win32 error codes Windows programs report in an
// HRESULT (0x8007xxxx, HRESULT_FROM_WIN32) that say what failed:
// WinINet's and WinHTTP's (winhttp.h, wininet.h) and Winsock's. 12029,
// ERROR_INTERNET_CANNOT_CONNECT / ERROR_WINHTTP_CANNOT_CONNECT ("The
// attempt to connect to the server failed"), says nothing of how, so it
// is not here.
var win32Failures = map[uint32]Failure{
	12002: FailureTimeout,                                // ERROR_INTERNET_TIMEOUT, ERROR_WINHTTP_TIMEOUT
	12007: FailureNoSuchHost,                             // ERROR_INTERNET_NAME_NOT_RESOLVED, ERROR_WINHTTP_NAME_NOT_RESOLVED
	12030: FailureReset,                                  // ERROR_INTERNET_CONNECTION_ABORTED, ERROR_WINHTTP_CONNECTION_ERROR
	12031: FailureReset,                                  // ERROR_INTERNET_CONNECTION_RESET
	12037: FailureTLS,                                    // ERROR_INTERNET_SEC_CERT_DATE_INVALID
	12038: FailureTLS,                                    // ERROR_INTERNET_SEC_CERT_CN_INVALID
	12044: FailureTLS,                                    // ERROR_INTERNET_CLIENT_AUTH_CERT_NEEDED
	12045: FailureTLS,                                    // ERROR_INTERNET_INVALID_CA
	12057: FailureTLS,                                    // ERROR_INTERNET_SEC_CERT_REV_FAILED
	12157: FailureTLS,                                    // ERROR_INTERNET_SECURITY_CHANNEL_ERROR
	12169: FailureTLS,                                    // ERROR_INTERNET_SEC_INVALID_CERT
	12170: FailureTLS,                                    // ERROR_INTERNET_SEC_CERT_REVOKED
	12175: FailureTLS,                                    // ERROR_WINHTTP_SECURE_FAILURE
	10051: FailureUnreachable, 10065: FailureUnreachable, // WSAENETUNREACH, WSAEHOSTUNREACH
	10053: FailureReset, 10054: FailureReset, // WSAECONNABORTED, WSAECONNRESET
	10060: FailureTimeout, 10061: FailureRefused, // WSAETIMEDOUT, WSAECONNREFUSED
	11001: FailureNoSuchHost, 11002: FailureNoSuchHost, 11003: FailureNoSuchHost, 11004: FailureNoSuchHost,
}

// win32Names are the symbolic names of those codes, as programs print them
// beside the decimal number ("12002 ERROR_INTERNET_TIMEOUT"), lower case.
// The two NAME_NOT_RESOLVED are failurePhrases' "name_not_resolved".
var win32Names = map[Failure][]string{
	FailureTimeout: {"error_internet_timeout", "error_winhttp_timeout"},
	FailureReset:   {"error_internet_connection_aborted", "error_internet_connection_reset", "error_winhttp_connection_error"},
	FailureTLS: {"error_internet_sec_cert_", "error_internet_invalid_ca", "error_internet_security_channel_error",
		"error_internet_sec_invalid_cert", "error_internet_client_auth_cert_needed", "error_winhttp_secure_failure"},
}

// hresultFailure marks the failures of the Win32 codes the lower-case text
// gives as HRESULTs, each a whole token: in hexadecimal with or without
// 0x ("0x80072ee7 : unknown error", winget; "80072EE7", Windows Update)
// or as a signed decimal (-2147012889).
func hresultFailure(low string, found *failureSet) {
	for from := 0; ; {
		k := strings.Index(low[from:], "8007")
		if k < 0 {
			break
		}
		k += from
		from = k + 4
		if k+8 > len(low) || k > 0 && isWordByte(low[k-1]) && !(k >= 2 && low[k-2:k] == "0x" && (k == 2 || !isWordByte(low[k-3]))) {
			continue
		}
		if k+8 < len(low) && isWordByte(low[k+8]) {
			continue
		}
		n, err := strconv.ParseUint(low[k+4:k+8], 16, 32)
		if err != nil {
			continue
		}
		if f, ok := win32Failures[uint32(n)]; ok {
			found.add(f)
		}
	}
	for from := 0; ; {
		k := strings.Index(low[from:], "-21470")
		if k < 0 {
			return
		}
		k += from
		from = k + 6
		j := k + 1
		for j < len(low) && isDigit(low[j]) {
			j++
		}
		if k > 0 && isWordByte(low[k-1]) || j < len(low) && isWordByte(low[j]) {
			continue
		}
		n, err := strconv.ParseInt(low[k:j], 10, 64)
		if err != nil || n < -1<<31 {
			continue
		}
		if hr := uint32(int32(n)); hr>>16 == 0x8007 {
			if f, ok := win32Failures[hr&0xffff]; ok {
				found.add(f)
			}
		}
	}
}

// tcpProviderFailure marks the failure of the Winsock code SQL Server's
// client (the ODBC driver, sqlcmd, bcp) gives in hexadecimal after "TCP
// Provider: Error code" ("TCP Provider: Error code 0x2746." is 10054,
// WSAECONNRESET): read by errnoFailures' Winsock rows (10000 to 11999),
// so 0x274C timed out, 0x274D refused, 0x2743 and 0x2751 unreachable,
// 0x2745 and 0x2746 reset, 0x2AF9 no such host; other codes (0x2749,
// WSAENOTCONN) say nothing of how.
func tcpProviderFailure(low string, found *failureSet) {
	const w = "tcp provider: error code 0x"
	for from := 0; ; {
		k := strings.Index(low[from:], w)
		if k < 0 {
			return
		}
		k += from + len(w)
		from = k
		j := k
		for j < len(low) && isHexDigit(low[j]) {
			j++
		}
		if j == k || j-k > 8 || j < len(low) && isWordByte(low[j]) {
			continue
		}
		n, err := strconv.ParseUint(low[k:j], 16, 32)
		if err != nil || n < 10000 || n >= 12000 {
			continue
		}
		if f, ok := errnoFailures[int(n)]; ok {
			found.add(f)
		}
	}
}
