package target

import (
	"regexp"
	"strings"
)

// sqlServerCommand is the server a SQL Server client's command line gives
// with -S (sqlcmd, bcp, osql: "sqlcmd -S localhost -U SA -P x", "-S
// tcp:x,1434", "-S x,1433", "-Sx"), [protocol:]server[\instance][,port]:
// the server (a name or an IPv4 address), on the port after the comma,
// else SQL Server's 1433. A named instance's port ("-S x\SQLEXPRESS") is
// found through SQL Server Browser, so none is known; the default
// instance's documented 1433 stands for it. The -S is the client's, on
// its command line before any pipe or ";": -S of other programs (sort's,
// sudo's) is none.
var sqlServerCommand = extractor{need: hasSQLServerCommand, strength: plain, program: "SQL Server", port: 1433, cmd: true,
	re: regexp.MustCompile(`\b(?:sqlcmd|bcp|osql)(?:\.exe)?(?:\s+[^\s|;&]+)*?\s+-S\s*['"]?(?:(?:tcp|TCP|np|lpc|admin):)?(?P<host>` + reHost + `)(?:\\{1,2}[A-Za-z0-9_$#]+)?(?:,(?P<port>[0-9]{1,5}))?['"]?(?:\s|$)`)}

func hasSQLServerCommand(low string) bool {
	return (strings.Contains(low, "sqlcmd") || strings.Contains(low, "bcp") || strings.Contains(low, "osql")) && strings.Contains(low, "-s")
}
