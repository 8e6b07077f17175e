// Package diagnose turns probe results into one root-cause verdict with a
// stable code, a plain explanation, the evidence behind it and fix steps
// naming who can act.
//
// The rules are data: a table in priority order (rules.go). The first rule
// whose condition holds gives the verdict; every other rule that holds is
// listed as a secondary finding. Codes are stable: reports, history and
// scripts rely on them.
package diagnose

import (
	"github.com/conndoctor/conndoctor/probes"
	"github.com/conndoctor/conndoctor/target"
)

// Actor is who can carry out a fix step.
type Actor string

// Actors named in fix steps.
const (
	ActorUser     Actor = "you"
	ActorHelpdesk Actor = "helpdesk"
	ActorNetwork  Actor = "network/firewall team"
	ActorServer   Actor = "server owner"
)

// Step is one fix step.
type Step struct {
	// Text says what to do.
	Text string `json:"text"`
	// Who can do it.
	Who Actor `json:"who"`
	// Admin says the step needs administrator rights on this computer.
	Admin bool `json:"admin,omitempty"`
	// Command is a command that carries out or checks the step, if any.
	Command string `json:"command,omitempty"`
	// Shell is the command language Command is written in.
	Shell Shell `json:"shell,omitempty"`
}

// Evidence is one fact from one check that supports a finding.
type Evidence struct {
	// Check is the ID of the check the fact comes from.
	Check string `json:"check"`
	// Text states the fact.
	Text string `json:"text"`
}

// Severity ranks findings.
type Severity string

// Severities: a problem explains a failure; a warning may cause trouble;
// info is worth knowing.
const (
	SeverityOK      Severity = "ok"
	SeverityProblem Severity = "problem"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// Finding is one conclusion.
type Finding struct {
	// Code is the stable identifier ("port.filtered").
	Code string `json:"code"`
	// Severity ranks it.
	Severity Severity `json:"severity"`
	// Summary is one line in plain words.
	Summary string `json:"summary"`
	// Explanation says what it means and why, for a non-network person.
	Explanation string `json:"explanation"`
	// Evidence lists the facts behind it.
	Evidence []Evidence `json:"evidence"`
	// Fix lists what to do, in order.
	Fix []Step `json:"fix"`
	// Who lists the actors of the fix steps, once each.
	Who []Actor `json:"who"`
}

// Diagnosis is the outcome of a run.
type Diagnosis struct {
	// Verdict is the primary finding.
	Verdict Finding `json:"verdict"`
	// Secondary lists other findings, most important first.
	Secondary []Finding `json:"secondary,omitempty"`
}

// Healthy reports whether the verdict is that nothing is wrong.
func (d Diagnosis) Healthy() bool { return d.Verdict.Code == CodeHealthy }

// Diagnose applies the rules to a run's results.
func Diagnose(t target.Target, s *probes.Set) Diagnosis {
	// Rules read only the checks that ran; what could not run is evidence
	// of nothing but an inconclusive verdict.
	f := &facts{t: t, s: s.Ran(), all: s}
	var d Diagnosis
	found := false
	for _, r := range rules {
		ev, ok := r.match(f)
		if !ok {
			continue
		}
		fd := r.finding(f, ev)
		switch {
		case !found && r.primary && (r.primaryWhen == nil || r.primaryWhen(f)):
			d.Verdict, found = fd, true
		case r.secondary:
			d.Secondary = append(d.Secondary, fd)
		}
	}
	if !found {
		d.Verdict = inconclusive(f)
	}
	d.Secondary = dropCode(d.Secondary, d.Verdict.Code)
	if d.Verdict.Code != CodeHealthy {
		// The pasted failure is explained by the verdict, or the checks
		// disagree: "it did not happen now" would contradict it.
		d.Secondary = dropCode(d.Secondary, CodeNotReproduced)
	}
	account(&d, f)
	return d
}

func dropCode(list []Finding, code string) []Finding {
	out := list[:0]
	for _, f := range list {
		if f.Code != code {
			out = append(out, f)
		}
	}
	return out
}

// finding builds a finding from a rule and its evidence.
func (r rule) finding(f *facts, ev []Evidence) Finding {
	fd := Finding{Code: r.code, Severity: r.severity, Summary: r.summary(f),
		Explanation: r.explain(f), Evidence: ev, Fix: withShells(r.fix(f))}
	seen := map[Actor]bool{}
	for _, s := range fd.Fix {
		if !seen[s.Who] {
			seen[s.Who] = true
			fd.Who = append(fd.Who, s.Who)
		}
	}
	return fd
}

func inconclusive(f *facts) Finding {
	evidence := f.allEvidence()
	if len(evidence) == 0 {
		evidence = []Evidence{{Check: "engine", Text: "no check produced a result (the run was cancelled or nothing could start)"}}
	}
	return Finding{Code: CodeInconclusive, Severity: SeverityWarning,
		Summary:     "The checks could not tell what is wrong",
		Explanation: "Some checks could not run or gave no clear answer. The evidence below shows what each check saw.",
		Evidence:    evidence,
		Fix:         []Step{{Text: "Run the check again with administrator rights so every test can run, and attach the report to the ticket.", Who: ActorHelpdesk}},
		Who:         []Actor{ActorHelpdesk}}
}
