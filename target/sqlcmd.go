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
// sudo's) is none. PowerShell's Invoke-Sqlcmd gives the same server with
// -ServerInstance ("Invoke-Sqlcmd -ServerInstance db01 -Query ..."); its
// -S is no option, so "-ServerInstance" is never "-S" glued to a server
// "erverInstance" (see sqlcmdOptionTail).
var sqlServerCommand = extractor{need: hasSQLServerCommand, strength: plain, program: "SQL Server", port: 1433, cmd: true, keep: notOptionTail,
	re: regexp.MustCompile(`\b(?:sqlcmd|bcp|osql|(?i:invoke-sqlcmd))(?:\.exe)?(?:\s+[^\s|;&]+)*?\s+-(?:(?i:ServerInstance)\s+|S\s*)['"]?(?:(?:tcp|TCP|np|lpc|admin):)?(?P<host>` + reHost + `)(?:\\{1,2}[A-Za-z0-9_$#]+)?(?:,(?P<port>[0-9]{1,5}))?['"]?(?:\s|$)`)}

func hasSQLServerCommand(low string) bool {
	return (strings.Contains(low, "sqlcmd") || strings.Contains(low, "bcp") || strings.Contains(low, "osql")) && strings.Contains(low, "-s")
}

// sqlcmdOptionTail reports whether the server sqlServerCommand read at
// src[hs:he] is glued to "-S" and is rather the rest of a longer option
// word: PowerShell's -ServerInstance, -SeverityLevel or
// -SuppressProviderContextWarning read as -S and "erverInstance". A
// server glued to -S ("-Sdb01", "-SMyServer") keeps its own case and
// starts no camel-case word.
func sqlcmdOptionTail(src string, hs, he int) bool {
	if hs < 2 || src[hs-2:hs] != "-S" {
		return false
	}
	host := src[hs:he]
	if strings.HasPrefix(strings.ToLower(host), "erver") {
		return true
	}
	lower := 0
	for lower < len(host) && 'a' <= host[lower] && host[lower] <= 'z' {
		lower++
	}
	return lower > 0 && lower < len(host) && 'A' <= host[lower] && host[lower] <= 'Z'
}

// notOptionTail keeps sqlServerCommand's match unless its server is the
// rest of a longer option's name: Invoke-Sqlcmd's "-ServerInstance", no
// server glued to -S.
func notOptionTail(_ *scan, _ int, e *extractor, src string, m []int, _ map[string]string) bool {
	k := e.re.SubexpIndex("host")
	return !sqlcmdOptionTail(src, m[2*k], m[2*k+1])
}
