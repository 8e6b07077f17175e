package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

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

// importanceOf colours a status's text.
func importanceOf(s probes.Status) widget.Importance {
	switch s {
	case probes.StatusPass:
		return widget.SuccessImportance
	case probes.StatusWarn, probes.StatusError:
		return widget.WarningImportance
	case probes.StatusFail:
		return widget.DangerImportance
	case "running":
		return widget.MediumImportance
	}
	return widget.LowImportance
}

// importanceColors are the theme colours widget.Label draws each
// importance in, for text drawn as rich text segments.
var importanceColors = map[widget.Importance]fyne.ThemeColorName{
	widget.LowImportance: theme.ColorNameDisabled, widget.MediumImportance: theme.ColorNameForeground,
	widget.HighImportance: theme.ColorNamePrimary, widget.DangerImportance: theme.ColorNameError,
	widget.WarningImportance: theme.ColorNameWarning, widget.SuccessImportance: theme.ColorNameSuccess,
}

// statusColor is the theme colour of a status's text.
func statusColor(s probes.Status) fyne.ThemeColorName { return importanceColors[importanceOf(s)] }

// severityIcon is the big icon of a verdict.
func severityIcon(s diagnose.Severity) fyne.Resource {
	switch s {
	case diagnose.SeverityOK:
		return theme.ConfirmIcon()
	case diagnose.SeverityProblem:
		return theme.ErrorIcon()
	case diagnose.SeverityWarning:
		return theme.WarningIcon()
	}
	return theme.InfoIcon()
}

// bannerColors are a verdict banner's fill and the text drawn on it.
type bannerColors struct{ fill, text fyne.ThemeColorName }

// severityColors colour the verdict banner by severity.
var severityColors = map[diagnose.Severity]bannerColors{
	diagnose.SeverityOK:      {theme.ColorNameSuccess, theme.ColorNameForegroundOnSuccess},
	diagnose.SeverityProblem: {theme.ColorNameError, theme.ColorNameForegroundOnError},
	diagnose.SeverityWarning: {theme.ColorNameWarning, theme.ColorNameForegroundOnWarning},
	diagnose.SeverityInfo:    {theme.ColorNamePrimary, theme.ColorNameForegroundOnPrimary},
}

// colorsOf is the banner colouring of a severity (info for unknown ones).
func colorsOf(s diagnose.Severity) bannerColors {
	if c, ok := severityColors[s]; ok {
		return c
	}
	return severityColors[diagnose.SeverityInfo]
}
