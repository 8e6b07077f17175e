package target

import (
	"regexp"
	"strings"
)

// mbedtlsError is an error code of Mbed TLS followed by mbedtls_strerror's
// text for its SSL or X.509 module, "<module> - <what failed>": libgit2's
// mbedTLS stream ("SSL error: 0xffff8880 - SSL - A fatal alert message was
// received from our peer", Julia's Pkg as GitError(Code:ERROR, Class:SSL,
// …)), "-0x7280 - SSL - The connection indicated an EOF", "(-0x2700) X509 -
// Certificate verification failed". The code before the module is what
// tells it from a word "ssl" in a path, a title or an option name
// ("nginx-ssl - not working", "--ssl - off").
var mbedtlsError = regexp.MustCompile(`-?0x[0-9a-f]{2,8}\)?:?\s*[-(]?\s*(?:ssl|x509) - [a-z]`)

// mbedtlsFailed reports whether the lower-case text holds an Mbed TLS
// error of its SSL or X.509 module (see mbedtlsError): a failure of TLS.
func mbedtlsFailed(low string) bool {
	return (strings.Contains(low, "ssl - ") || strings.Contains(low, "x509 - ")) && mbedtlsError.MatchString(low)
}
