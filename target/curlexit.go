package target

import "strings"

// curlKinds are libcurl's result codes that say what failed by themselves,
// the one table for every way a program prints one: curl's own "curl:
// (60) …", PHP's "cURL error 28", acme.sh's "for error code: 6", and the
// exit status of the curl command a program ran (curl exits with its
// result code; libdnf's and ddclient's "Curl error (6): …", "CURL error
// (6) Couldn't resolve host."). 6 CURLE_COULDNT_RESOLVE_HOST, 28
// CURLE_OPERATION_TIMEDOUT, 35 CURLE_SSL_CONNECT_ERROR, 60
// CURLE_PEER_FAILED_VERIFICATION (CURLE_SSL_CACERT before 7.62), 52
// CURLE_GOT_NOTHING (a reset, as its "Empty reply from server" is); 7
// CURLE_COULDNT_CONNECT and 56 CURLE_RECV_ERROR name no cause.
var curlKinds = map[string]Failure{
	"6":  FailureNoSuchHost,
	"28": FailureTimeout,
	"35": FailureTLS,
	"52": FailureReset,
	"60": FailureTLS,
}

// curlExitLeads are the words before the exit status of a curl command:
// vcpkg's "curl failed to download with exit code 60", opam's "Curl
// failed: \"/usr/bin/curl … https://x/index.tar.gz\" exited with code 60",
// vcpkg's later "curl operation failed with error code 35 (SSL connect
// error).".
var curlExitLeads = []string{"exit code ", "exited with code ", "with error code "}

// curlExitCodes gives the exit statuses of curl commands in the
// lower-case text low: a status after one of curlExitLeads, with "curl"
// before it in the same statement — on its line, or on the lines it
// continues (a wrapped message whose following lines are indented, at
// most four of them). An exit status of another command stays unread;
// 256 leads at most are tried, each looking back at most 2,000 bytes.
func curlExitCodes(low string) []string {
	var out []string
	for _, lead := range curlExitLeads {
		for i, tries := 0, 0; len(out) < 16 && tries < 256; tries++ {
			k := strings.Index(low[i:], lead)
			if k < 0 {
				break
			}
			at := i + k
			j := at + len(lead)
			i = j
			e := j
			for e < len(low) && e-j < 3 && isDigit(low[e]) {
				e++
			}
			if e == j || e-j > 2 || e < len(low) && isDigit(low[e]) {
				continue
			}
			if strings.Contains(curlStatement(low, at), "curl") {
				out = append(out, low[j:e])
			}
		}
	}
	return out
}

// curlStatement is the text of the statement that ends at end: from the
// start of its line, and back over the lines it continues while the line
// after each is indented (four at most), and no more than 2,000 bytes
// of it: a long line of statuses is read in linear time.
func curlStatement(low string, end int) string {
	from := max(0, end-2000)
	start := from + strings.LastIndexByte(low[from:end], '\n') + 1
	for n := 0; n < 4 && start > from && start < len(low) && (low[start] == ' ' || low[start] == '\t'); n++ {
		start = from + strings.LastIndexByte(low[from:start-1], '\n') + 1
	}
	return low[start:end]
}
