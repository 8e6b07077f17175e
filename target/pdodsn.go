package target

import (
	"regexp"
	"strings"
)

// pdoDSN is the rest of a PHP PDO data source name for MySQL or
// PostgreSQL after its driver's "mysql:" or "pgsql:", up to its host
// (PHP's PDO_MYSQL and PDO_PGSQL DSNs, "mysql:host=x;port=3307;dbname=y",
// "pgsql:host=x;port=5432;dbname=y;user=u"): its pairs come in any order,
// so the port is read from the whole DSN (see pdoPort). A DSN with
// unix_socket= and no host names none; "mysql://" is a URL.
const pdoDSN = `(?:[A-Za-z_]+=[^;\s'",()\[\]]*;)*host=` + hostGroup + `(?:[;\s'",)\]]|$)`

// pdoPortPair is a DSN's port= pair.
var pdoPortPair = regexp.MustCompile(`(?:^|;)port=([0-9]{1,5})(?:;|$)`)

// pdoPort reads the port= pair of the DSN matched at m in src, before or
// after its host; the driver's default port (the extractor's) stands when
// there is none.
func pdoPort(_ *scan, _ int, _ *extractor, src string, m []int, g map[string]string) bool {
	start := m[0] + strings.IndexByte(src[m[0]:m[1]], ':') + 1
	end := strings.IndexAny(src[start:], " \t'\",()[]")
	if end < 0 {
		end = len(src) - start
	}
	if p := pdoPortPair.FindStringSubmatch(strings.TrimRight(src[start:start+end], ";\r")); p != nil {
		g["port"] = p[1]
	}
	return true
}
