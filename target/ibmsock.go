package target

import (
	"regexp"
	"strconv"
	"strings"
)

// ibmSocketCode is where IBM's Db2 and MQ give the errno of the socket call
// that failed: Db2's SQL30081N ("Protocol specific error code(s): \"111\",
// \"*\", \"*\""), its SQLCA in db2diag.log ("sqlerrmc: 239 * * TCP/IP
// SOCKETS x connect"), MQ's AMQ9202 ("The return code from TCP/IP is 145
// (X'91')") and AMQ9213 ("The return code from the TCP/IP (connect) call
// was 10061 (X'274D')").
var ibmSocketCode = regexp.MustCompile(`(?:protocol specific error code\(s\): "|sqlerrmc: |return code from tcp/ip is |return code from the tcp/ip ?\(\w+\) call was )([0-9]{1,5})\b`)

// ibmPlatformErrnos are the socket errors IBM's SQL30081N documentation
// lists by platform (ECONNREFUSED, ETIMEDOUT, EHOSTUNREACH, ENETUNREACH,
// ECONNRESET).
var ibmPlatformErrnos = map[string]map[int]Failure{
	"windows": {10061: FailureRefused, 10060: FailureTimeout, 10065: FailureUnreachable, 10051: FailureUnreachable, 10054: FailureReset},
	"aix":     {79: FailureRefused, 78: FailureTimeout, 81: FailureUnreachable, 70: FailureUnreachable, 73: FailureReset},
	"solaris": {146: FailureRefused, 145: FailureTimeout, 148: FailureUnreachable, 128: FailureUnreachable, 131: FailureReset},
	"hp-ux":   {239: FailureRefused, 238: FailureTimeout, 242: FailureUnreachable, 229: FailureUnreachable, 232: FailureReset},
	"linux":   {111: FailureRefused, 110: FailureTimeout, 113: FailureUnreachable, 101: FailureUnreachable, 104: FailureReset},
}

// ibmPlatformWords name, lower-case, the platform a paste says it is from.
var ibmPlatformWords = map[string][]string{
	"windows": {"windows"},
	"aix":     {"aix"},
	"solaris": {"solaris", "sunos"},
	"hp-ux":   {"hp-ux", "hpux"},
	"linux":   {"linux"},
}

// ibmAmbiguous are numbers that are one of the socket errors above on one
// platform and another error on another (AIX's 79, ECONNREFUSED, is
// Linux's ELIBACC; Solaris' 131, ECONNRESET, Linux's ENOTRECOVERABLE):
// they give a kind only when the paste names the platform.
var ibmAmbiguous = map[int]bool{79: true, 78: true, 81: true, 70: true, 73: true, 128: true, 131: true}

// ibmSocketFailure marks the failure of the errno IBM's Db2 or MQ gives
// (see ibmSocketCode): a number that means one thing on every platform
// they run on, or, where the lower-case text names one platform, that
// platform's. "9" (EBADF on send) and any number not listed state none.
func ibmSocketFailure(low string, found *failureSet) {
	for _, m := range ibmSocketCode.FindAllStringSubmatch(low, 8) {
		n, _ := strconv.Atoi(m[1])
		if f := ibmErrnoFailure(low, n); f != FailureNone {
			found.add(f)
		}
	}
}

// ibmErrnoFailure is the failure of n: its meaning when it has one, else
// the meaning on the one platform the lower-case text names whose socket
// errors list it.
func ibmErrnoFailure(low string, n int) Failure {
	if !ibmAmbiguous[n] {
		for _, t := range ibmPlatformErrnos {
			if f, ok := t[n]; ok {
				return f
			}
		}
		return FailureNone
	}
	f := FailureNone
	for p, ws := range ibmPlatformWords {
		g, ok := ibmPlatformErrnos[p][n]
		if !ok {
			continue
		}
		for _, w := range ws {
			if strings.Contains(low, w) {
				if f != FailureNone && f != g {
					return FailureNone
				}
				f = g
			}
		}
	}
	return f
}
