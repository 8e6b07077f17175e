package diagnose

// CodeAppBadResponse: the server answers, but not with HTTP.
const CodeAppBadResponse = "app.bad_response"

// appBadResponse is the verdict for an answer that is not valid HTTP: the
// port is open and something answers, so the fault is the service, not
// the network. It comes after the other application rules.
var appBadResponse = rule{
	code: CodeAppBadResponse, severity: SeverityProblem, primary: true,
	match: func(f *facts) ([]Evidence, bool) {
		a := f.app()
		if a == nil || !a.BadResponse {
			return nil, false
		}
		return append(append(f.fromError(), ev(&a.Check)), f.portEvidence()...), true
	},
	summary: func(f *facts) string {
		return "The service at " + f.addr() + " answers, but not with HTTP"
	},
	explain: func(f *facts) string {
		return "The connection opens and the server sends an answer, but it is not a valid HTTP response: " + f.app().Error + ". Another kind of service listens on this port (SSH, a database, plain TLS), or the server or a device in front of it sends broken answers. Programs that expect HTTP give up or wait until they time out."
	},
	fix: func(f *facts) []Step {
		return []Step{
			{Text: "Check that the address and port in the program's settings are those of the web service, and that the scheme (http or https) is right.", Who: ActorUser},
			{Text: "Check which service listens on this port and that it answers HTTP correctly; look at its logs for this request.", Who: ActorServer},
		}
	},
}
