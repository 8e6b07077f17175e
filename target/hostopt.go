package target

import "strings"

// hostOption is a command line's long host option with no port option
// ("# ./zabbix_check_redis.py --host localhost --ping"), on a line that
// is a command (see commandLike). The port is
// then the default of the client library the paste shows (see
// familyPort), none when it shows none or several.
var hostOption = func() extractor {
	e := cmdEx("--host", "", 0, `\s--host[= ]\s*['"]?(?P<host>`+reHost+`|`+reIP+`)['"]?(?:\s|$)`)
	e.family = true
	return e
}()

// clientFamilies are the words that show which client library a paste's
// traceback or command belongs to, with that protocol's default port:
// redis-py's "redis/connection.py" frames, pymysql, psycopg, pymongo,
// pika, smtplib, python-ldap.
var clientFamilies = []struct {
	words []string
	port  int
}{
	{[]string{"redis"}, 6379},
	{[]string{"pymysql", "mysqldb", "mysql"}, 3306},
	{[]string{"psycopg", "psql", "postgres"}, 5432},
	{[]string{"pymongo", "mongo"}, 27017},
	{[]string{"amqp", "pika", "rabbitmq"}, 5672},
	{[]string{"smtplib", "smtp"}, 25},
	{[]string{"ldap"}, 389},
}

// familyPort returns the default port of the one client family the
// lower-case text names, 0 when it names none or more than one.
func familyPort(low string) int {
	port := 0
	for _, f := range clientFamilies {
		for _, w := range f.words {
			if strings.Contains(low, w) {
				if port != 0 {
					return 0
				}
				port = f.port
				break
			}
		}
	}
	return port
}

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
