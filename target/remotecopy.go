package target

import (
	"regexp"
	"strings"
)

// remoteCopy is an rsync or scp command line's remote operand,
// [user@]host:path, a source or the destination ("rsync -av -e ssh /src/
// vagrant@127.0.0.1:/srv/www", "scp -P 2022 f ops@files.x:/tmp/"): the host
// the copy reaches over ssh, on ssh's port 22 unless the command gives the
// remote shell another (see remoteShellPort). When such a copy fails, rsync
// says only "rsync: read error: Connection reset by peer (104)" or
// "connection unexpectedly closed", and ssh's own words name the host when
// they do ("ssh: connect to host x port 22: …"), so the operand is what
// names the target. A single colon makes the operand remote; two
// ("host::module") are rsync's daemon, read by the "::" command line on
// port 873. A host of one letter is a Windows drive ("C:/Users/…"), no
// host; a bare word with no user before it must look like a host name or
// address and have a path after its colon ("rsync to the server: …" is a
// sentence).
var remoteCopy = keepEx(extractor{need: hasRemoteCopy, strength: plain, program: "ssh", port: 22, cmd: true,
	re: regexp.MustCompile(`\b(?P<prog>rsync|scp)\s(?:[^\n]*?\s)?['"]?(?:(?P<user>[\w.\-]+)@)?(?P<host>[A-Za-z0-9_][A-Za-z0-9_.\-]*[A-Za-z0-9_]|\[[0-9a-fA-F:.]+\]):(?P<after>[^:\s]|\s|$)`)},
	remoteCopyPort)

// hasRemoteCopy reports whether the lower-case line may run rsync or scp
// on a remote operand.
func hasRemoteCopy(low string) bool {
	return (strings.Contains(low, "rsync ") || strings.Contains(low, "scp ")) && strings.IndexByte(low, ':') >= 0
}

// remoteCopyPort keeps a remote operand (see remoteCopy) and sets its port
// from the command's options before it.
func remoteCopyPort(_ *scan, _ int, _ *extractor, src string, m []int, g map[string]string) bool {
	host := strings.Trim(g["host"], "[]")
	if g["user"] == "" && (!hostLike(host) || strings.TrimSpace(g["after"]) == "") {
		return false
	}
	if g["port"] == "" {
		k := strings.Index(src[m[0]:m[1]], g["prog"])
		opts := src[m[0]+k+len(g["prog"]) : m[1]]
		g["port"] = remoteShellPort(g["prog"], opts)
	}
	return true
}

// rshOption is rsync's remote shell option, "-e ssh", "-e 'ssh -p 2222'",
// "--rsh=\"ssh -p 2200\"", and what follows it.
var rshOption = regexp.MustCompile(`(?:^|\s)(?:-[a-zA-Z]*e\s*|--rsh[= ])['"]?(?:\S*/)?ssh(?:\.exe)?\b`)

// sshPortOption is the port an ssh command line gives: "-p 2222",
// "-p2222", "-o Port=2222", "-oPort=2222".
var sshPortOption = regexp.MustCompile(`(?:^|[\s'"])(?:-p\s*|-o\s*Port[= ])['"]?([0-9]{1,5})\b`)

// scpPortOption is scp's own port option, "-P 2022", or the ssh option
// it passes on, "-o Port=2022" (scp's -p keeps times, and takes no port).
var scpPortOption = regexp.MustCompile(`(?:^|\s)(?:-[a-zA-Z]*P\s*|-o\s*Port[= ])['"]?([0-9]{1,5})\b`)

// remoteShellPort returns the port the options opts of a copy program
// prog give its ssh connection, "" when none: scp's -P or -o Port=, or for rsync the
// -p of the ssh its -e or --rsh names, in its quotes ("-e 'ssh -p 2222'")
// or after it unquoted, as Vagrant prints the command it ran ("-e ssh -p
// 10200 -o StrictHostKeyChecking=no"). rsync's own -p (keep permissions)
// takes no number, so a number after it is the remote shell's.
func remoteShellPort(prog, opts string) string {
	if prog == "scp" {
		if m := scpPortOption.FindStringSubmatch(opts); m != nil {
			return m[1]
		}
		return ""
	}
	loc := rshOption.FindStringIndex(opts)
	if loc == nil {
		return ""
	}
	if m := sshPortOption.FindStringSubmatch(opts[loc[1]:]); m != nil {
		return m[1]
	}
	return ""
}
