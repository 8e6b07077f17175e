package probes

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"net/textproto"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/conndoctor/conndoctor/internal/failure"
	"github.com/conndoctor/conndoctor/internal/textcap"
	"github.com/conndoctor/conndoctor/target"
)

// Phases are the timings of one HTTP(S) request, each from the start of the
// request; zero when the phase was not reached.
type Phases struct {
	Connect   Millis `json:"connect_ms"`
	TLS       Millis `json:"tls_ms,omitempty"`
	Wrote     Millis `json:"wrote_request_ms,omitempty"`
	FirstByte Millis `json:"first_byte_ms,omitempty"`
	Body      Millis `json:"body_ms,omitempty"`
}

// TLSInfo describes the server's certificate and the handshake.
type TLSInfo struct {
	Version    string    `json:"version"`
	Subject    string    `json:"subject"`
	Issuer     string    `json:"issuer"`
	Names      []string  `json:"names,omitempty"`
	NotBefore  time.Time `json:"not_before"`
	NotAfter   time.Time `json:"not_after"`
	SelfSigned bool      `json:"self_signed"`
	// Trusted says the chain verifies against the system's roots for the
	// host name; VerifyError says why not.
	Trusted     bool   `json:"trusted"`
	VerifyError string `json:"verify_error,omitempty"`
}

// Gateway describes an answer that came from a gateway or load balancer
// rather than the application.
type Gateway struct {
	// Product is what answered ("nginx", "envoy", "Kong"...), "" if unknown.
	Product string `json:"product,omitempty"`
	// Upstream says the gateway blames its upstream (backend).
	Upstream bool `json:"upstream"`
	// TimedOut says the gateway's backend timed out (a 504, or a page
	// that says so), as opposed to refusing, failing or being down.
	TimedOut bool `json:"timed_out,omitempty"`
	// Reason is the evidence, such as the telling line of the body.
	Reason string `json:"reason"`
}

// App failure phases.
const (
	FailConnect   = "connect"
	FailTLS       = "tls"
	FailFirstByte = "first_byte"
	// FailHeaders: the first byte of the answer came, the rest of the
	// headers did not (in time or in valid form).
	FailHeaders = "headers"
	FailBody    = "body"
)

// AppResult is the outcome of the TLS/HTTP check.
type AppResult struct {
	Check
	// URL is the URL requested (passwords removed); Proxy the proxy used.
	URL   string `json:"url"`
	Proxy string `json:"proxy,omitempty"`
	// HTTP says an HTTP request was made; otherwise only TLS was tested.
	HTTP bool `json:"http"`
	// Phases are the timings.
	Phases Phases `json:"phases"`
	// TLS is the handshake and certificate, when TLS was used.
	TLS *TLSInfo `json:"tls,omitempty"`
	// StatusCode, Server and Via are from the response.
	StatusCode int    `json:"status_code,omitempty"`
	Server     string `json:"server,omitempty"`
	Via        string `json:"via,omitempty"`
	// BodyBytes counts what arrived of the body.
	BodyBytes int64 `json:"body_bytes"`
	// Stalled says the transfer started and then stopped while the
	// connection stayed open.
	Stalled bool `json:"stalled"`
	// TooSlow says the body was still arriving when MaxTime ran out: a
	// trickle, not a stall; BodyRate is how fast it came (bytes a second).
	TooSlow  bool    `json:"too_slow,omitempty"`
	BodyRate float64 `json:"body_rate,omitempty"`
	// BadResponse says the server answered with something that is not a
	// valid HTTP response (another protocol, or broken headers).
	BadResponse bool `json:"bad_response,omitempty"`
	// SlowAnswer says the answer came, but its first byte only after
	// AppOptions.SlowAfter: programs with common timeouts give up before.
	SlowAnswer bool `json:"slow_answer,omitempty"`
	// Banner is the first line of a service's greeting (KindBanner), and
	// Refusal the refusal in it, if any ("421 Too many connections").
	Banner  string `json:"banner,omitempty"`
	Refusal string `json:"refusal,omitempty"`
	// Reset says the server accepted the connection, then reset or closed
	// it before answering.
	Reset bool `json:"reset,omitempty"`
	// PathGuessed says the URL's path was the check's own guess ("/"): the
	// user gave a host and port, not a URL.
	PathGuessed bool `json:"path_guessed,omitempty"`
	// RetryAfter is the answer's Retry-After header (503, 429), if any.
	RetryAfter string `json:"retry_after,omitempty"`
	// Source is this computer's address and port on the connection: what a
	// server-side allow-list or firewall log sees.
	Source string `json:"source,omitempty"`
	// FailedAt is the phase that failed or timed out ("" when none did);
	// Error says how.
	FailedAt string `json:"failed_at,omitempty"`
	Error    string `json:"error,omitempty"`
	TimedOut bool   `json:"timed_out"`
	// Gateway is set when a gateway or load balancer answered for the app.
	Gateway *Gateway `json:"gateway,omitempty"`
	// Timeout bounds connecting, the TLS handshake and sending the
	// request; AnswerWait the wait for the answer's first byte after that;
	// StallAfter the longest silence allowed while reading the body; MaxTime
	// bounds the rest of the exchange from the first byte, headers and body.
	Timeout    Millis `json:"timeout_ms"`
	AnswerWait Millis `json:"answer_wait_ms,omitempty"`
	StallAfter Millis `json:"stall_after_ms"`
	MaxTime    Millis `json:"max_time_ms,omitempty"`
	// bodyHead is the start of the body, for gateway detection.
	bodyHead string
}

// AppOptions tune the application check.
type AppOptions struct {
	// Timeout bounds connect, handshake and sending the request (default
	// 5s).
	Timeout time.Duration
	// AnswerWait bounds the wait for the answer's first byte once the
	// request is sent (default 30s: programs and gateways commonly wait
	// that long, so a slow answer or a gateway's 504 can still arrive).
	AnswerWait time.Duration
	// SlowAfter is the wait for the first byte past which an answer counts
	// as slow (default 5s: the shortest timeout programs commonly use).
	SlowAfter time.Duration
	// Waiting, if set, is called about once a second while the check waits
	// for the answer, with how long it has waited (live progress).
	Waiting func(time.Duration)
	// StallAfter is the silence during the body that counts as a stall
	// (default 3s).
	StallAfter time.Duration
	// MaxTime bounds the exchange from the answer's first byte, headers and
	// body, however the bytes trickle in (default 10s).
	MaxTime time.Duration
	// MaxBody is how much body to read at most (default 4 MiB); the
	// headers may take at most maxHeaderBytes.
	MaxBody int64
	// Roots replaces the system's root certificates (tests).
	Roots *x509.CertPool
	// Proxy returns the proxy for a request (default: the environment, as
	// most programs do); nil URL means direct.
	Proxy func(*http.Request) (*url.URL, error)
}

func (o AppOptions) withDefaults() AppOptions {
	if o.Timeout <= 0 {
		o.Timeout = 5 * time.Second
	}
	if o.StallAfter <= 0 {
		o.StallAfter = 3 * time.Second
	}
	if o.AnswerWait <= 0 {
		o.AnswerWait = DefaultAnswerWait
	}
	if o.SlowAfter <= 0 {
		o.SlowAfter = 5 * time.Second
	}
	if o.MaxTime <= 0 {
		o.MaxTime = 10 * time.Second
	}
	if o.MaxBody <= 0 {
		o.MaxBody = 4 << 20
	}
	if o.Proxy == nil {
		o.Proxy = http.ProxyFromEnvironment
	}
	return o
}

// DefaultAnswerWait is how long the application check waits for the
// server's answer by default.
const DefaultAnswerWait = 30 * time.Second

// AppKind says what the application check should do for a target: "https",
// "http", "tls" (a TLS service that is not HTTP) or "" (nothing).
func AppKind(scheme string, port int) string {
	switch scheme {
	case "https", "wss", "grpcs":
		return "https"
	case "http", "ws":
		return "http"
	case "ldaps", "smtps", "imaps", "pop3s", "ftps", "amqps", "mqtts":
		return "tls"
	case "":
		switch port {
		case 443, 8443:
			return "https"
		case 80, 8080, 8000:
			return "http"
		case 636, 465, 993, 995, 6443:
			return "tls"
		}
	}
	if bannerKind(scheme, port) {
		return KindBanner
	}
	return ""
}

// ProbeApp tests the application layer of host (resolved to addr) on port:
// a TLS handshake and, for HTTP(S), one GET of rawURL (or "/"), timing each
// phase and watching the body for a stall.
func ProbeApp(ctx context.Context, kind, host, addr string, port int, rawURL string, o AppOptions) *AppResult {
	o = o.withDefaults()
	r := &AppResult{Check: newCheck("app", AppTitle(kind)), Timeout: Millis(o.Timeout), AnswerWait: Millis(o.AnswerWait),
		StallAfter: Millis(o.StallAfter), MaxTime: Millis(o.MaxTime)}
	mysql := port == 3306 || strings.HasPrefix(rawURL, "mysql:")
	if rawURL == "" || !strings.HasPrefix(rawURL, "http") {
		r.PathGuessed = true
		scheme := "https"
		if kind == "http" {
			scheme = "http"
		}
		rawURL = scheme + "://" + net.JoinHostPort(host, strconv.Itoa(port)) + "/"
	}
	r.URL = rawURL
	switch kind {
	case KindBanner:
		r.URL = ""
		probeBanner(ctx, r, addr, port, mysql, o)
	case "tls":
		probeTLSOnly(ctx, r, host, addr, port, o)
	default:
		probeHTTP(ctx, r, host, addr, port, o)
	}
	if ctx.Err() != nil {
		// Cut short by the caller (Ctrl-C, Cancel): what was seen so far
		// is no evidence of anything.
		return cancelled(r)
	}
	if kind == KindBanner {
		r.finish(r.bannerVerdict())
		return r
	}
	r.Gateway = detectGateway(r.StatusCode, r.Server, r.Via, r.bodyHead)
	r.finish(r.verdict())
	return r
}

// cancelled is the result of a check its caller cancelled: it could not
// run, and keeps no finding (no timeout, no stall, no phase).
func cancelled(r *AppResult) *AppResult {
	c := &AppResult{Check: r.Check, URL: r.URL, Proxy: r.Proxy, HTTP: r.HTTP,
		Timeout: r.Timeout, AnswerWait: r.AnswerWait, StallAfter: r.StallAfter, MaxTime: r.MaxTime}
	c.finish(StatusSkip, "not finished: the run was cancelled")
	return c
}

// AppTitle names the application check for a kind from AppKind.
func AppTitle(kind string) string {
	switch kind {
	case "tls":
		return "TLS handshake"
	case KindBanner:
		return "Service greeting"
	}
	return strings.ToUpper(kind) + " request"
}

// tlsConfig verifies nothing during the handshake, so a bad certificate
// can still be described; verification is done afterwards (describeTLS).
func tlsConfig(host string) *tls.Config {
	return &tls.Config{ServerName: host, InsecureSkipVerify: true, NextProtos: []string{"http/1.1"}}
}

// dialer dials the tested address whatever the host name, so the request
// goes where the other checks went.
func dialer(addr string, port int) func(ctx context.Context, network, a string) (net.Conn, error) {
	var d net.Dialer
	return func(ctx context.Context, network, a string) (net.Conn, error) {
		return d.DialContext(ctx, network, net.JoinHostPort(addr, strconv.Itoa(port)))
	}
}

func probeTLSOnly(ctx context.Context, r *AppResult, host, addr string, port int, o AppOptions) {
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	start := time.Now()
	c, err := dialer(addr, port)(ctx, "tcp", "")
	if err != nil {
		r.fail(FailConnect, err)
		return
	}
	defer c.Close()
	r.Phases.Connect = Millis(time.Since(start))
	tc := tls.Client(c, tlsConfig(host))
	if err := tc.HandshakeContext(ctx); err != nil {
		r.fail(FailTLS, err)
		return
	}
	r.Phases.TLS = Millis(time.Since(start))
	r.TLS = describeTLS(tc.ConnectionState(), host, o.Roots)
}

func probeHTTP(ctx context.Context, r *AppResult, host, addr string, port int, o AppOptions) {
	r.HTTP = true
	req, err := http.NewRequest(http.MethodGet, r.URL, nil)
	if err != nil {
		r.fail(FailConnect, err)
		return
	}
	req.Header.Set("User-Agent", "conndoctor/1 (connection check)")
	proxyURL, _ := o.Proxy(req)
	tr := &http.Transport{TLSClientConfig: tlsConfig(host), DisableKeepAlives: true, ForceAttemptHTTP2: false,
		MaxResponseHeaderBytes: maxHeaderBytes,
		Proxy:                  func(*http.Request) (*url.URL, error) { return proxyURL, nil }}
	if proxyURL == nil {
		tr.DialContext = dialer(addr, port)
	} else {
		r.Proxy = target.RedactURL(proxyURL.String())
	}
	defer tr.CloseIdleConnections()
	start := time.Now()
	// The trace hooks run on the transport's goroutines, which can outlive
	// a cancelled request: they write to ph under mu, copied out below.
	var mu sync.Mutex
	var ph Phases
	var state *tls.ConnectionState
	var source string
	mark := func(p *Millis) {
		mu.Lock()
		*p = Millis(time.Since(start))
		mu.Unlock()
	}
	// One context for the whole exchange; each bound cancels it with its
	// own cause, so the outcome says which bound ended it. The bounds
	// follow each other: connect, TLS and sending the request (Timeout);
	// the wait for the first byte (AnswerWait); the rest (MaxTime).
	var hctx context.Context
	var cancel context.CancelCauseFunc
	b := newBounds(func(c error) { cancel(c) }, o)
	defer b.stop()
	trace := &httptrace.ClientTrace{
		GotConn: func(ci httptrace.GotConnInfo) {
			mu.Lock()
			source = ci.Conn.LocalAddr().String()
			mu.Unlock()
		},
		// A phase counts as reached only when it succeeded: a refused
		// connect or a failed handshake must not read as passed.
		ConnectDone: func(_, _ string, err error) {
			if err == nil {
				mark(&ph.Connect)
			}
		},
		TLSHandshakeDone: func(cs tls.ConnectionState, err error) {
			if err != nil {
				return
			}
			mark(&ph.TLS)
			mu.Lock()
			state = &cs
			mu.Unlock()
		},
		WroteRequest:         func(httptrace.WroteRequestInfo) { mark(&ph.Wrote); b.wrote() },
		GotFirstResponseByte: func() { mark(&ph.FirstByte); b.answered() },
	}
	hctx, cancel = context.WithCancelCause(httptrace.WithClientTrace(ctx, trace))
	defer cancel(nil)
	b.start()
	resp, err := tr.RoundTrip(req.WithContext(hctx))
	mu.Lock()
	r.Phases = ph
	cs := state
	r.Source = source
	mu.Unlock()
	if cs != nil && cs.HandshakeComplete {
		r.TLS = describeTLS(*cs, host, o.Roots)
	}
	if err != nil {
		r.fail(r.failedPhase(), err)
		c := context.Cause(hctx)
		r.TimedOut = r.TimedOut || c == errNoAnswer || c == errTooLong
		r.BadResponse = !r.TimedOut && r.Phases.FirstByte > 0 && malformed(err)
		// A reset reported by connect itself also comes after the server
		// accepted: a refusal would be "connection refused".
		r.Reset = !r.TimedOut && !r.BadResponse && (r.Phases.Connect > 0 || failure.Classify(err).Kind == failure.Reset) && closedEarly(err)
		if r.Reset {
			r.FailedAt = FailFirstByte
		}
		return
	}
	defer resp.Body.Close()
	b.next(o.MaxTime, errTooLong) // the body
	r.StatusCode, r.Server, r.Via = resp.StatusCode, textcap.Cap(resp.Header.Get("Server")), textcap.Cap(resp.Header.Get("Via"))
	r.RetryAfter = textcap.Cap(resp.Header.Get("Retry-After"))
	r.SlowAnswer = r.Phases.FirstByte.D()-r.Phases.Wrote.D() > o.SlowAfter
	readBody(hctx, cancel, r, resp.Body, o, start)
}

// maxHeaderBytes bounds the answer's headers (net/http refuses more).
const maxHeaderBytes = 10 << 20

// Causes of ending an exchange early, one for each bound.
var (
	errNoAnswer = errors.New("probes: no complete answer in time")
	errStalled  = errors.New("probes: the body stalled")
	errTooLong  = errors.New("probes: the exchange took too long")
)

// malformed says err is net/http refusing what the server sent as not
// HTTP: a bad status line or header line. net/http has no error type for
// these, so its message is read, as a labelled last resort.
func malformed(err error) bool {
	var pe *textproto.ProtocolError
	if errors.As(err, &pe) {
		return true
	}
	s := err.Error()
	return strings.Contains(s, "malformed HTTP") || strings.Contains(s, "malformed MIME header")
}

// failedPhase says which phase an error interrupted, from the phases reached.
func (r *AppResult) failedPhase() string {
	switch {
	case r.Phases.Connect == 0:
		return FailConnect
	case strings.HasPrefix(r.URL, "https") && r.Phases.TLS == 0:
		return FailTLS
	case r.Phases.FirstByte > 0:
		return FailHeaders
	}
	return FailFirstByte
}

// readBody reads the body, at most MaxBody bytes. It stops when no byte
// arrives for StallAfter (a stall) or when the whole exchange has taken
// MaxTime (a trickle), cancelling the request with that cause.
func readBody(ctx context.Context, cancel context.CancelCauseFunc, r *AppResult, body io.Reader, o AppOptions, start time.Time) {
	buf := make([]byte, 32<<10)
	stall := time.AfterFunc(o.StallAfter, func() { cancel(errStalled) })
	defer stall.Stop()
	var head []byte
	for r.BodyBytes < o.MaxBody {
		n, err := body.Read(buf[:min(int64(len(buf)), o.MaxBody-r.BodyBytes)])
		if n > 0 {
			stall.Reset(o.StallAfter)
			r.BodyBytes += int64(n)
			if len(head) < 2048 {
				head = append(head, buf[:min(n, 2048-len(head))]...)
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			r.fail(FailBody, err)
			switch context.Cause(ctx) {
			case errStalled:
				r.Stalled, r.TimedOut = true, true
			case errTooLong:
				r.TooSlow, r.TimedOut = true, true
			}
			break
		}
	}
	r.bodyHead = string(head)
	r.Phases.Body = Millis(time.Since(start))
	if r.TooSlow {
		r.BodyRate = rate(r.BodyBytes, r.Phases.Body.D()-r.Phases.FirstByte.D())
	}
}

// rate is bytes a second over d (0 when d is not positive).
func rate(n int64, d time.Duration) float64 {
	if d <= 0 {
		return 0
	}
	return float64(n) / d.Seconds()
}

// fail records the phase and error; a network timeout is a time-out too.
// An early end by one of the check's own bounds is told by its cause.
func (r *AppResult) fail(phase string, err error) {
	r.FailedAt, r.Error = phase, textcap.Cap(err.Error())
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() || errors.Is(err, context.DeadlineExceeded) {
		r.TimedOut = true
	}
}

// describeTLS records the certificate and verifies the chain against the
// system's roots (or roots) for host.
func describeTLS(cs tls.ConnectionState, host string, roots *x509.CertPool) *TLSInfo {
	info := &TLSInfo{Version: tls.VersionName(cs.Version)}
	if len(cs.PeerCertificates) == 0 {
		info.VerifyError = "the server sent no certificate"
		return info
	}
	leaf := cs.PeerCertificates[0]
	info.Subject, info.Issuer = textcap.Cap(leaf.Subject.String()), textcap.Cap(leaf.Issuer.String())
	names := append([]string(nil), leaf.DNSNames...)
	for _, ip := range leaf.IPAddresses {
		names = append(names, ip.String())
	}
	info.Names = textcap.List(names)
	info.NotBefore, info.NotAfter = leaf.NotBefore, leaf.NotAfter
	// CheckSignatureFrom would refuse a leaf as its own parent (it is no
	// CA), so the signature is checked with the leaf's own key directly.
	info.SelfSigned = leaf.Subject.String() == leaf.Issuer.String() &&
		leaf.CheckSignature(leaf.SignatureAlgorithm, leaf.RawTBSCertificate, leaf.Signature) == nil
	inter := x509.NewCertPool()
	for _, c := range cs.PeerCertificates[1:] {
		inter.AddCert(c)
	}
	// The chain is the system's to judge (its roots, on Windows its
	// policies); the name is matched by Go for every system alike. Wine's
	// CertVerifyCertificateChainPolicy matches DNS names only, so a
	// certificate valid for the IP address dialled was "not valid for" it.
	_, err := leaf.Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter})
	if err == nil {
		err = leaf.VerifyHostname(host)
	}
	info.Trusted = err == nil
	if err != nil {
		info.VerifyError = textcap.Cap(err.Error())
	}
	return info
}

func (r *AppResult) verdict() (Status, string) {
	p := r.Phases
	// A plain-HTTP request has no TLS phase: "TLS 0 ms" would read as a
	// handshake that took no time.
	tlsPhase := ""
	if r.TLS != nil || p.TLS.D() > 0 {
		tlsPhase = fmt.Sprintf(", TLS %s", fmtDur(p.TLS.D()))
	}
	timing := fmt.Sprintf("connect %s%s, first byte %s, body %s", fmtDur(p.Connect.D()), tlsPhase, fmtDur(p.FirstByte.D()), fmtDur(p.Body.D()))
	switch {
	case r.FailedAt == FailConnect:
		return StatusFail, "could not connect: " + r.Error
	case r.FailedAt == FailTLS && r.TimedOut:
		return StatusFail, fmt.Sprintf("the TLS handshake did not finish within %s", fmtDur(r.Timeout.D()))
	case r.FailedAt == FailTLS:
		return StatusFail, "the TLS handshake failed: " + r.Error
	case r.TLS != nil && !r.TLS.Trusted:
		return StatusFail, "the certificate is not trusted: " + r.TLS.VerifyError
	case r.FailedAt == FailFirstByte && r.TimedOut && p.Wrote > 0:
		return StatusFail, fmt.Sprintf("connected (%s) and sent the request, but no answer within %s", fmtDur(p.Connect.D()), fmtDur(r.AnswerWait.D()))
	case r.FailedAt == FailFirstByte && r.TimedOut:
		return StatusFail, fmt.Sprintf("connected (%s) but the request could not be sent within %s", fmtDur(p.Connect.D()), fmtDur(r.Timeout.D()))
	case r.Reset:
		return StatusFail, fmt.Sprintf("the server accepted the connection (%s), then closed it without answering: %s", fmtDur(p.Connect.D()), r.Error)
	case r.FailedAt == FailFirstByte:
		return StatusFail, "the request failed: " + r.Error
	case r.FailedAt == FailHeaders && r.TimedOut:
		return StatusFail, fmt.Sprintf("the answer began after %s, but its headers did not end within %s", fmtDur(p.FirstByte.D()), fmtDur(r.Timeout.D()))
	case r.BadResponse:
		return StatusFail, "the answer is not valid HTTP: " + r.Error
	case r.FailedAt == FailHeaders:
		return StatusFail, "the answer broke off in its headers: " + r.Error
	case r.TooSlow:
		return StatusFail, fmt.Sprintf("the body arrived at %s; stopped after %s (%d bytes)", fmtRate(r.BodyRate), fmtDur(p.Body.D()), r.BodyBytes)
	case r.Stalled:
		return StatusFail, fmt.Sprintf("the transfer stalled after %d bytes (no data for %s)", r.BodyBytes, fmtDur(r.StallAfter.D()))
	case r.FailedAt == FailBody:
		return StatusFail, fmt.Sprintf("the transfer broke after %d bytes: %s", r.BodyBytes, r.Error)
	case r.Gateway != nil:
		return StatusFail, fmt.Sprintf("HTTP %d from %s: %s", r.StatusCode, orUnknown(r.Gateway.Product), r.Gateway.Reason)
	case !r.HTTP:
		return StatusPass, fmt.Sprintf("TLS %s handshake in %s; certificate for %s", r.TLS.Version, fmtDur(p.TLS.D()), strings.Join(r.TLS.Names, ", "))
	case r.StatusCode == http.StatusForbidden && r.PathGuessed:
		// "/" is only the check's guess at a page: many servers forbid it.
		return StatusWarn, fmt.Sprintf("HTTP 403 Forbidden for / (the check's own guess at a page): %s", timing)
	case r.StatusCode >= 500 || r.StatusCode == http.StatusTooManyRequests || r.StatusCode == http.StatusForbidden || r.StatusCode == http.StatusProxyAuthRequired:
		return StatusFail, fmt.Sprintf("HTTP %d %s%s: %s", r.StatusCode, http.StatusText(r.StatusCode), r.retryText(), timing)
	case r.SlowAnswer:
		return StatusWarn, fmt.Sprintf("HTTP %d, but the answer began only after %.1f s: %s", r.StatusCode, p.FirstByte.D().Seconds(), timing)
	}
	return StatusPass, fmt.Sprintf("HTTP %d, %d bytes: %s", r.StatusCode, r.BodyBytes, timing)
}

// retryText is ", retry after …" when the server said when to come back.
func (r *AppResult) retryText() string {
	if r.RetryAfter == "" {
		return ""
	}
	return ", retry after " + r.RetryAfter
}

// fmtRate writes a transfer rate for people: "1 byte/s", "300 bytes/s",
// "12.5 KB/s", "2.1 MB/s".
func fmtRate(bps float64) string {
	switch {
	case bps >= 1<<20:
		return fmt.Sprintf("%.1f MB/s", bps/(1<<20))
	case bps >= 1<<10:
		return fmt.Sprintf("%.1f KB/s", bps/(1<<10))
	case bps < 1.5:
		return fmt.Sprintf("%.1g byte/s", bps)
	}
	return fmt.Sprintf("%.0f bytes/s", bps)
}

func orUnknown(s string) string {
	if s == "" {
		return "a gateway"
	}
	return s
}
