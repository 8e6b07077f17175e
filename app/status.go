package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/probes"
)

// statusWords are check outcomes in words.
var statusWords = map[probes.Status]string{
	probes.StatusPass: "passed", probes.StatusWarn: "warning", probes.StatusFail: "failed",
	probes.StatusSkip: "skipped", probes.StatusError: "could not run",
}

// statusIcon is the icon of a check outcome; "" is waiting, "running" is
// running.
func statusIcon(s probes.Status) fyne.Resource {
	switch s {
	case probes.StatusPass:
		return theme.NewSuccessThemedResource(theme.ConfirmIcon())
	case probes.StatusWarn:
		return theme.NewWarningThemedResource(theme.WarningIcon())
	case probes.StatusFail:
		return theme.NewErrorThemedResource(theme.CancelIcon())
	case probes.StatusSkip:
		return theme.NewDisabledResource(theme.MediaSkipNextIcon())
	case probes.StatusError:
		return theme.NewWarningThemedResource(theme.QuestionIcon())
	case "running":
		return theme.NewPrimaryThemedResource(theme.ViewRefreshIcon())
	}
	return theme.NewDisabledResource(theme.MoreHorizontalIcon())
}

// severityIcon is the big icon of a verdict.
func severityIcon(s diagnose.Severity) fyne.Resource {
	switch s {
	case diagnose.SeverityOK:
		return theme.NewSuccessThemedResource(theme.ConfirmIcon())
	case diagnose.SeverityProblem:
		return theme.NewErrorThemedResource(theme.ErrorIcon())
	case diagnose.SeverityWarning:
		return theme.NewWarningThemedResource(theme.WarningIcon())
	}
	return theme.NewPrimaryThemedResource(theme.InfoIcon())
}
