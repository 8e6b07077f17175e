package report

import (
	"testing"

	"github.com/conndoctor/conndoctor/diagnose"
)

// TestFindingViewWho: "Who can fix it" names the actors of a problem, and
// nobody for a connection that works (its steps keep their actor).
func TestFindingViewWho(t *testing.T) {
	steps := []diagnose.Step{{Text: "Run the check again while the program fails.", Who: diagnose.ActorUser}}
	for _, tc := range []struct {
		name     string
		sev      diagnose.Severity
		who      []diagnose.Actor
		want     string
		wantStep string
	}{
		{"healthy", diagnose.SeverityOK, []diagnose.Actor{diagnose.ActorUser}, "", string(diagnose.ActorUser)},
		{"problem", diagnose.SeverityProblem, []diagnose.Actor{diagnose.ActorUser, diagnose.ActorHelpdesk}, string(diagnose.ActorUser) + ", " + string(diagnose.ActorHelpdesk), string(diagnose.ActorUser)},
		{"warning", diagnose.SeverityWarning, []diagnose.Actor{diagnose.ActorHelpdesk}, string(diagnose.ActorHelpdesk), string(diagnose.ActorUser)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := findingView(diagnose.Finding{Code: "x", Severity: tc.sev, Who: tc.who, Fix: steps})
			if v.Who != tc.want {
				t.Errorf("Who = %q, want %q", v.Who, tc.want)
			}
			if v.Fix[0].Who != tc.wantStep {
				t.Errorf("step Who = %q, want %q", v.Fix[0].Who, tc.wantStep)
			}
		})
	}
}
