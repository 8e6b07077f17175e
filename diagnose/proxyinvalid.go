package diagnose

// CodeProxyInvalid: the proxy setting that applies is no proxy address.
const CodeProxyInvalid = "proxy.invalid"

var proxyInvalid = rule{
	code: CodeProxyInvalid, severity: SeverityProblem, primary: true,
	match: func(f *facts) ([]Evidence, bool) {
		p := f.s.Proxy
		if p == nil || p.Invalid == "" {
			return nil, false
		}
		return append(f.fromError(), ev(&p.Check)), true
	},
	summary: func(f *facts) string {
		return "The proxy setting in the " + f.s.Proxy.From + " is not a proxy address"
	},
	explain: func(f *facts) string {
		p := f.s.Proxy
		return "This computer's " + p.From + " name " + p.Invalid + " as the proxy for " + f.host() + ", and that cannot be read as a proxy address (" + p.Error + "). Programs that follow the setting fail at once, or ignore it and connect directly (programs written in Go do), so the same connection works in one program and fails in another."
	},
	fix: func(f *facts) []Step {
		step := Step{Text: "Correct the proxy setting (" + f.s.Proxy.From + ") to the form http://proxy.example:3128, or remove it if no proxy is needed.", Who: ActorUser}
		if f.s.Proxy.From == "environment" {
			step.Command = "env | grep -i _proxy"
			if goos == "windows" {
				step.Command = "set | findstr /i _proxy"
			}
		}
		return []Step{step}
	},
}
