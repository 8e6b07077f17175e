package diagnose

import "strings"

// Shell names the command language a step's Command is written in, so
// every format can show the prompt a reader types it at.
type Shell string

// Shells: a POSIX shell (Linux) and Windows PowerShell. Every Windows
// command the steps name (ipconfig, netsh, reg, route, netstat, the Net*
// cmdlets) runs in PowerShell, so one Windows shell covers them.
const (
	ShellPOSIX      Shell = "sh"
	ShellPowerShell Shell = "powershell"
)

// Prompt is the prompt shown before a command in this shell: "$ " for a
// POSIX shell, "PS> " for PowerShell, none for an unknown shell (a run
// saved before steps named their shell).
func (s Shell) Prompt() string {
	switch s {
	case ShellPOSIX:
		return "$ "
	case ShellPowerShell:
		return "PS> "
	}
	return ""
}

// localShell is the shell of this computer's commands.
func localShell() Shell {
	if goos == "windows" {
		return ShellPowerShell
	}
	return ShellPOSIX
}

// withShells gives every step with a command and no shell of its own (a
// step for this computer) this computer's shell. Steps for a server say
// their shell themselves: a Linux server's command stays POSIX when this
// computer runs Windows.
func withShells(steps []Step) []Step {
	for i := range steps {
		if steps[i].Command != "" && steps[i].Shell == "" {
			steps[i].Shell = localShell()
		}
	}
	return steps
}

// quoteArg quotes s as one argument in the shell when it holds anything
// beyond the characters that need no quoting in either shell (a proxy's
// URL from this computer's settings or a PAC file is not trusted text).
func quoteArg(sh Shell, s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:/@%+=,-[]") == "" {
		return s
	}
	// Both shells take a single-quoted string literally; a single quote
	// inside is written '\'' in a POSIX shell and '' in PowerShell.
	if sh == ShellPowerShell {
		return "'" + strings.ReplaceAll(s, "'", "''") + "'"
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// proxyEnvCommand sets HTTPS_PROXY and HTTP_PROXY to proxy for the
// programs started afterwards: exported in a POSIX shell, stored for the
// user (setx) on Windows, where services and new windows read it.
func proxyEnvCommand(proxy string) string {
	sh := localShell()
	p := quoteArg(sh, proxy)
	if sh == ShellPowerShell {
		return "setx HTTPS_PROXY " + p + "; setx HTTP_PROXY " + p
	}
	return "export HTTPS_PROXY=" + p + " HTTP_PROXY=" + p
}
