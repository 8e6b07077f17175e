package target

import "strings"

// hostOption is a command line's long host option with no port option
// ("# ./zabbix_check_redis.py --host localhost --ping"), on a line that
// is a command (see commandLike). The port is then the default of the
// service the paste names (servicePorts: redis-py's "redis/connection.py"
// frames 6379).
var hostOption = func() extractor {
	e := cmdEx("--host", "", 0, `\s--host[= ]\s*['"]?(?P<host>`+reHost+`|`+reIP+`)['"]?(?:\s|$)`)
	e.command = true
	return e
}()

// commandLike reports whether a line holding a long host option is a
// command, not a sentence about one ("The docs say to pass --host x"): a
// shell's prompt first, or a first word in small letters or holding a
// path's or file name's characters ("./check.py", "redis-cli").
func commandLike(line string) bool {
	l := strings.TrimLeft(line, " \t")
	if l == "" {
		return false
	}
	if strings.IndexByte("$#%>[", l[0]) >= 0 || strings.Contains(strings.SplitN(l, " ", 2)[0], "@") {
		return true
	}
	w, _, _ := strings.Cut(l, " ")
	return strings.ContainsAny(w, "./_-\\") || w == strings.ToLower(w)
}
