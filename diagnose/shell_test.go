package diagnose

import (
	"strings"
	"testing"

	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// TestStepShells: every command a verdict gives names the shell it is
// typed in: this computer's own (PowerShell on Windows, a POSIX shell
// elsewhere), and a server's or a firewall's own whatever this computer
// runs, so no format shows a PowerShell cmdlet at a "$ " prompt.
func TestStepShells(t *testing.T) {
	old := goos
	defer func() { goos = old }()
	proxy := func(s *probes.Set) {
		s.Port = port(probes.PortFiltered)
		s.Proxy = &probes.ProxyResult{Check: chk("proxy", probes.StatusPass, "reaches"), Proxy: "http://10.9.9.9:3128", From: "KDE settings", Reachable: true, TunnelOK: true}
	}
	refused := func(s *probes.Set) { s.Port = port(probes.PortRefused) }
	for _, c := range []struct {
		os, name string
		set      func(*probes.Set)
		want     map[string]Shell // command → shell
	}{
		{"linux", "refused", refused, map[string]Shell{
			"ss -ltnp 'sport = :5432'":                           ShellPOSIX,
			"Get-NetTCPConnection -State Listen -LocalPort 5432": ShellPowerShell}},
		{"windows", "refused", refused, map[string]Shell{
			"ss -ltnp 'sport = :5432'":                           ShellPOSIX,
			"Get-NetTCPConnection -State Listen -LocalPort 5432": ShellPowerShell}},
		{"linux", "proxy required", proxy, map[string]Shell{
			"export HTTPS_PROXY=http://10.9.9.9:3128 HTTP_PROXY=http://10.9.9.9:3128": ShellPOSIX}},
		{"windows", "proxy required", proxy, map[string]Shell{
			"setx HTTPS_PROXY http://10.9.9.9:3128; setx HTTP_PROXY http://10.9.9.9:3128": ShellPowerShell}},
	} {
		goos = c.os
		tgt, err := target.Parse("db.corp.test:5432")
		if err != nil {
			t.Fatal(err)
		}
		d := Diagnose(tgt, with(c.set))
		got := map[string]Shell{}
		for _, s := range d.Verdict.Fix {
			if s.Command == "" {
				continue
			}
			if s.Shell == "" {
				t.Errorf("%s on %s: command %q names no shell", c.name, c.os, s.Command)
			}
			got[s.Command] = s.Shell
		}
		for cmd, sh := range c.want {
			if got[cmd] != sh {
				t.Errorf("%s on %s: %q in shell %q, want %q (steps %+v)", c.name, c.os, cmd, got[cmd], sh, d.Verdict.Fix)
			}
		}
	}
}

// TestQuoteArg: text from this computer's settings stays one literal
// argument in either shell.
func TestQuoteArg(t *testing.T) {
	for _, c := range []struct {
		sh       Shell
		in, want string
	}{
		{ShellPOSIX, "http://10.9.9.9:3128", "http://10.9.9.9:3128"},
		{ShellPOSIX, "http://[2001:db8::1]:3128", "http://[2001:db8::1]:3128"},
		{ShellPOSIX, "http://p;rm -rf ~", "'http://p;rm -rf ~'"},
		{ShellPOSIX, "http://p'$(x)", `'http://p'\''$(x)'`},
		{ShellPowerShell, "http://p;calc", "'http://p;calc'"},
		{ShellPowerShell, "http://p'$(x)", "'http://p''$(x)'"},
		{ShellPOSIX, "", "''"},
	} {
		if got := quoteArg(c.sh, c.in); got != c.want {
			t.Errorf("quoteArg(%s, %q) = %q, want %q", c.sh, c.in, got, c.want)
		}
	}
}

// TestPrompts: an unknown shell (a run saved before steps named one)
// shows no prompt rather than a wrong one.
func TestPrompts(t *testing.T) {
	for sh, want := range map[Shell]string{ShellPOSIX: "$ ", ShellPowerShell: "PS> ", "": ""} {
		if got := sh.Prompt(); got != want || (want != "" && !strings.HasSuffix(got, " ")) {
			t.Errorf("%q prompt %q, want %q", sh, got, want)
		}
	}
}
