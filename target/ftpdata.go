package target

import (
	"net"
	"regexp"
	"strconv"
	"strings"
)

// FileZilla's log names the server it resolved, then the address it
// dialled: "Status:	Resolving address of x", "Status:	Connecting to
// [2001:db8::1]:21...". The name is the target and the address its Addr.
var filezillaResolving = regexp.MustCompile(`(?m)^Status:\s+Resolving address of (` + reHost + `)\s*$`)

// filezillaConnecting is the address FileZilla dialled for it.
var filezillaConnecting = regexp.MustCompile(`(?m)^Status:\s+Connecting to (\[[0-9a-fA-F:.]+\]|` + reIPv4 + `):([0-9]{1,5})\.\.\.`)

// passiveReply is the FTP server's answer to EPSV ("229 Entering Extended
// Passive Mode (|||56537|)", RFC 2428) or PASV ("227 Entering Passive
// Mode (10,0,0,5,220,217)", RFC 959: the port is p1*256+p2): the data
// connection goes there.
var passiveReply = regexp.MustCompile(`\b(?:229 Entering Extended Passive Mode \(\|\|\|([0-9]{1,5})\|\)|227 Entering Passive Mode \(([0-9]{1,3}),([0-9]{1,3}),([0-9]{1,3}),([0-9]{1,3}),([0-9]{1,3}),([0-9]{1,3})\))`)

// ftpDataWords are an FTP client's report that the data connection failed
// (FileZilla's "The data connection could not be established:
// ECONNREFUSED - Connection refused by server").
const ftpDataWords = "data connection could not be established"

// filezilla reads FileZilla's log: the name it resolved for the address
// it dialled, and when the data connection failed, the port (and for PASV
// the address) the last passive reply before the failure gave.
func (s *scan) filezilla(t *Target) {
	if !strings.Contains(s.text, "Resolving address of ") && !strings.Contains(s.text, ftpDataWords) {
		return
	}
	if m := filezillaResolving.FindStringSubmatch(s.text); m != nil {
		if d := filezillaConnecting.FindStringSubmatch(s.text); d != nil {
			ip := strings.Trim(d[1], "[]")
			if strings.EqualFold(ip, t.Host) && hostLike(m[1]) && usableHost(m[1]) {
				t.Host, t.Addr, t.Program = normHost(m[1]), ip, "FileZilla"
			}
		}
	}
	k := strings.Index(s.text, ftpDataWords)
	if k < 0 || t.Port != 21 {
		return
	}
	var last []string
	for _, m := range passiveReply.FindAllStringSubmatch(s.text[:k], -1) {
		last = m
	}
	if last == nil {
		return
	}
	if last[1] != "" {
		p, _ := strconv.Atoi(last[1])
		if p > 0 && p < 65536 {
			t.Port, t.PortFrom = p, PortExplicit
		}
		return
	}
	p1, _ := strconv.Atoi(last[6])
	p2, _ := strconv.Atoi(last[7])
	ip := net.ParseIP(strings.Join(last[2:6], "."))
	if ip == nil || p1 > 255 || p2 > 255 || p1*256+p2 == 0 {
		return
	}
	t.Port, t.PortFrom = p1*256+p2, PortExplicit
	if a := ip.String(); a != t.Host && a != "0.0.0.0" {
		if net.ParseIP(t.Host) != nil {
			t.Host = a
		} else {
			t.Addr = a
		}
	}
}
