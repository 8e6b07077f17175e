package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/internal/termsafe/termsafetest"
	"github.com/conndoctor/conndoctor/platform"
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// evil holds every hostile string of termsafetest.Hostile.
var evil = func() string {
	var parts []string
	for _, h := range termsafetest.Hostile {
		parts = append(parts, h.In)
	}
	return strings.Join(parts, " | ")
}()

// evilLabel is hostile and short enough to be a label.
const evilLabel = "before\x1b]0;owned\x07\u202efix\x9b2J\x00"

// survivors are the raw sequences that must not be in any output.
var survivors = []string{"\x1b", "\x07", "\x00", "\x9b", "\u009b", "\u202e", "\u2066", "\r", "\x7f", "\x08"}

// hostileReport is a run whose every printed field holds evil.
func hostileReport(t *testing.T) *engine.Report {
	r := sampleReport(t)
	r.Target.Input, r.Target.Evidence, r.Target.Program = evil, evil, "curl"+evil
	r.Addr = "10.99.3.10" + evil
	r.Results.Port.Summary = "port " + evil
	r.Results.App = &probes.AppResult{Check: probes.Check{ID: "app", Title: "HTTPS request", Status: probes.StatusFail, Summary: "HTTP 502 from nginx: " + evil},
		StatusCode: 502, Server: evil, Error: evil, TLS: &probes.TLSInfo{Subject: evil, Issuer: evil, Names: []string{evil}, VerifyError: evil}}
	v := &r.Diagnosis.Verdict
	v.Summary, v.Code, v.Explanation = "summary "+evil, "code"+evil, "explanation "+evil
	v.Evidence = append(v.Evidence, diagnose.Evidence{Check: "app" + evil, Text: "evidence " + evil})
	v.Fix = append(v.Fix, diagnose.Step{Text: "fix " + evil, Who: diagnose.Actor("who" + evil), Command: "cmd " + evil})
	v.Who = append(v.Who, diagnose.Actor("actor"+evil))
	r.Diagnosis.Secondary = []diagnose.Finding{{Code: "second" + evil, Summary: "secondary " + evil}}
	r.Env = engine.Environment{Hostname: "pc" + evil, DNSServers: []string{"10.0.0.53" + evil},
		Gateways: []platform.Gateway{{Addr: "10.0.0.1" + evil, Iface: "eth0" + evil}}, Proxy: map[string]string{"HTTPS_PROXY" + evil: evil}}
	return r
}

// assertEscaped fails when out holds anything a terminal would act on, or
// when the hostile text was dropped instead of shown escaped.
func assertEscaped(t *testing.T, what, out string) {
	t.Helper()
	for _, s := range survivors {
		if strings.Contains(out, s) {
			t.Errorf("%s: %q reached the terminal", what, s)
		}
	}
	termsafetest.AssertSafe(t, out, true)
	if !strings.Contains(out, `\x1b]0;owned\x07`) || !strings.Contains(out, "<U+202E>") {
		t.Errorf("%s: the hostile text is not shown escaped:\n%s", what, out)
	}
}

// fakeEngine replaces the diagnosis with rep for the test, so the check
// command's own paths run without any network.
func fakeEngine(t *testing.T, rep func(target.Target) *engine.Report) {
	old := runEngine
	runEngine = func(_ context.Context, tg target.Target, _ engine.Options, progress func(engine.Event)) *engine.Report {
		return rep(tg)
	}
	t.Cleanup(func() { runEngine = old })
}

// cliRunIn is cliRun with standard input.
func cliRunIn(stdin string, args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestHostileRunIsEscapedEverywhere(t *testing.T) {
	fakeEngine(t, func(target.Target) *engine.Report { return hostileReport(t) })
	db := filepath.Join(t.TempDir(), "h.db")
	code, out, errOut := cliRunIn("", "check", "--db", db, "--label", evilLabel, "app.example.com:443")
	if code != exitProblem || !strings.Contains(out, "Saved as run 1") {
		t.Fatalf("check: exit %d\n%s%s", code, out, errOut)
	}
	assertEscaped(t, "check", out+errOut)
	fakeEngine(t, func(target.Target) *engine.Report {
		r := hostileReport(t)
		r.Env.Hostname, r.Results.Port.Summary = "other"+evil, "other "+evil
		return r
	})
	if code, out, errOut := cliRunIn("", "check", "--db", db, "--after", "1", "app.example.com:443"); code != exitProblem {
		t.Fatalf("second check: exit %d\n%s%s", code, out, errOut)
	}
	for _, args := range [][]string{
		{"history", "show", "--db", db, "1"},
		{"history", "list", "--db", db},
		{"compare", "--db", db, "1", "2"},
	} {
		code, out, errOut := cliRun(args...)
		if code != exitHealthy {
			t.Errorf("%v: exit %d\n%s", args, code, errOut)
		}
		if args[0] == "history" && args[1] == "list" {
			// The list shows the label and the target, not the details.
			if strings.Contains(out, "\x1b") || !strings.Contains(out, `before\x1b]0;owned\x07<U+202E>fix\x9b2J\x00`) {
				t.Errorf("list:\n%s", out)
			}
			termsafetest.AssertSafe(t, out+errOut, true)
			continue
		}
		assertEscaped(t, strings.Join(args[:2], " "), out+errOut)
	}
}

// TestFlagErrorsAreEscaped: the flag package quotes what was typed.
func TestFlagErrorsAreEscaped(t *testing.T) {
	for _, args := range [][]string{
		{"check", "--\x1b]0;owned\x07\u202e", "x"},
		{"history", "list", "--\x1b]0;owned\x07\u202e"},
		{"history", "show", "\x1b]0;owned\x07\u202e"},
		{"\x1b]0;owned\x07\u202e"},
	} {
		code, out, errOut := cliRun(args...)
		if code != exitBadInput {
			t.Errorf("%q: exit %d", args, code)
		}
		assertEscaped(t, fmt.Sprintf("%q", args), out+errOut)
	}
}

func TestProgressLinesAreEscaped(t *testing.T) {
	var b bytes.Buffer
	p := liveProgress(term{&b})
	p(engine.Event{ID: "port" + evil, Phase: engine.Started})
	p(engine.Event{ID: "port" + evil, Phase: engine.Finished, Check: &probes.Check{Status: probes.StatusFail, Summary: "no answer " + evil}})
	p(engine.Event{ID: "app", Phase: engine.Finished, Check: &probes.Check{Status: probes.Status("odd" + evil), Summary: evil}})
	if strings.Count(b.String(), "\n") != 2 {
		t.Errorf("want two lines:\n%s", b.String())
	}
	assertEscaped(t, "progress", b.String())
}

func TestPastedInputIsEscapedAndCapped(t *testing.T) {
	var got target.Target
	fakeEngine(t, func(tg target.Target) *engine.Report {
		got = tg
		r := sampleReport(t)
		r.Target = tg
		return r
	})
	paste := "curl: (28) Failed to connect to app.corp.internal port 443 after 3001 ms: Connection timed out\x1b]0;owned\x07\u202e\n" +
		strings.Repeat("\x1b[2J log noise \u202e ", 1<<20/20)
	db := filepath.Join(t.TempDir(), "h.db")
	code, out, errOut := cliRunIn(paste, "check", "--db", db, "-")
	if code != exitProblem || !strings.Contains(out, "After a fix: conndoctor-cli check --after 1 app.corp.internal:443\n") {
		t.Fatalf("check -: exit %d\n%s%s", code, out, errOut)
	}
	termsafetest.AssertSafe(t, out+errOut, true)
	if len(got.Input) > 4096 || !strings.Contains(got.Input, "bytes more)") {
		t.Errorf("the target kept %d bytes of the paste", len(got.Input))
	}
	s, err := history.Open(db, history.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	runs, err := s.List(history.Filter{Limit: 1})
	if err != nil || len(runs) != 1 || len(runs[0].Input) > 4096 {
		t.Fatalf("stored: %v %d runs", err, len(runs))
	}
	if len(out) > 16<<10 {
		t.Errorf("the paste was echoed: %d bytes of output", len(out))
	}
}

func TestTermEscapesArguments(t *testing.T) {
	type named string
	var b bytes.Buffer
	term{&b}.printf("%s%s|%s|%s|%v|%s|%d|%s\n", layout("\x1b[1m"), "a\x1b[2J", named("b\u202e"), errors.New("c\x07"), time.Duration(0), stringer{}, 7, layout("\x1b[0m"))
	if want := "\x1b[1ma\\x1b[2J|b<U+202E>|c\\x07|0s|d<U+202E>|7|\x1b[0m\n"; b.String() != want {
		t.Errorf("printf: %q, want %q", b.String(), want)
	}
	b.Reset()
	term{&b}.printf("%v\n", []string{"a\x1b", "b"})
	if b.String() != "[a\\x1b b]\n" {
		t.Errorf("printf of a []string: %q", b.String())
	}
	b.Reset()
	term{&b}.println("x\ny", 3)
	if b.String() != "x\\ny 3\n" {
		t.Errorf("println: %q", b.String())
	}
}

type stringer struct{}

func (stringer) String() string { return "d\u202e" }

// TestOnlyTheTermPrints keeps the one place: no file of the command but
// output.go may call fmt's print functions or io.WriteString, so every
// line for people goes through a term.
func TestOnlyTheTermPrints(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "output.go" {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			pkg, ok := sel.X.(*ast.Ident)
			if ok && (pkg.Name == "fmt" && strings.HasPrefix(sel.Sel.Name, "Print") || pkg.Name == "fmt" && strings.HasPrefix(sel.Sel.Name, "Fprint") ||
				pkg.Name == "io" && (sel.Sel.Name == "WriteString" || sel.Sel.Name == "Copy")) {
				t.Errorf("%s: %s.%s prints around the term (use term.printf)", fset.Position(sel.Pos()), pkg.Name, sel.Sel.Name)
			}
			return true
		})
	}
}
