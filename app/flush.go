package app

import (
	"context"
	"errors"
	"runtime"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	ttwidget "github.com/dweymouth/fyne-tooltip/widget"

	"github.com/conndoctor/conndoctor/platform"
	"github.com/conndoctor/conndoctor/report"
)

// offersFlush reports whether any fix step of the view says to flush the
// DNS cache, which the program can do itself.
func offersFlush(v *report.RunView) bool {
	for _, f := range append([]report.FindingView{v.Verdict}, v.Secondary...) {
		for _, s := range f.Fix {
			if strings.Contains(strings.ToLower(s.Text), "flush the dns cache") {
				return true
			}
		}
	}
	return false
}

// flushButton offers to flush the DNS cache, after a confirmation.
func (u *UI) flushButton() *ttwidget.Button {
	b := ttwidget.NewButtonWithIcon("Flush DNS cache", theme.ViewRefreshIcon(), func() {
		dialog.ShowConfirm("Flush the DNS cache?",
			"Programs on this computer will look every name up again. Nothing else changes.", func(ok bool) {
				if ok {
					go u.flushDNS()
				}
			}, u.win)
	})
	b.SetToolTip("Empty this computer's DNS cache so names are looked up again")
	return b
}

// flushDNS runs the flush off the Fyne thread and tells the user the outcome.
func (u *UI) flushDNS() {
	res, err := u.deps.FlushDNS(context.Background())
	u.bridge.apply(func() {
		var fe *platform.FlushError
		switch {
		case err == nil:
			u.toast("DNS cache flushed (" + strings.Join(res.Caches, ", ") + "). Run the check again to compare.")
		case errors.Is(err, platform.ErrNoDNSCache):
			dialog.ShowInformation("Nothing to flush", "This computer runs no DNS cache. Restart the program that failed: some programs (browsers, Java) keep their own.", u.win)
		case errors.As(err, &fe) && fe.NeedsAdmin:
			dialog.ShowInformation("Administrator rights needed", err.Error()+".\n\n"+adminHint(), u.win)
		default:
			dialog.ShowError(err, u.win)
		}
	})
}

// adminHint says how to run the flush with the rights it needs.
func adminHint() string {
	if runtime.GOOS == "windows" {
		return "Open a terminal with \"Run as administrator\" and run: conndoctor-cli flush-dns"
	}
	return "Run in a terminal: sudo conndoctor-cli flush-dns"
}
