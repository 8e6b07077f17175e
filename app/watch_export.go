package app

import (
	"fmt"
	"io"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/report"
)

// Watch export formats, as offered.
const (
	watchPDF  = "PDF (summary, timeline chart, failure windows)"
	watchHTML = "HTML (the same, one self-contained file)"
	watchJSON = "JSON (every sample, for scripts)"
)

// watchExt is the file ending of a watch export format.
var watchExt = map[string]string{watchPDF: ".pdf", watchHTML: ".html", watchJSON: ".json"}

// exportWatch offers watch id (of host:port hp, started then) for saving as
// PDF, HTML or JSON, into the Documents folder by default, with host names
// and addresses hidden if asked (the setting's default). The watch is
// loaded, scrubbed once (report.ScrubWatch) and written off the Fyne
// thread.
func (u *UI) exportWatch(id int64, hp string, started time.Time) {
	store := u.store
	if store == nil || id == 0 {
		return
	}
	dir := u.deps.Documents()
	format := newKeyRadio(u, []string{watchPDF, watchHTML, watchJSON}, nil)
	format.SetSelected(watchPDF)
	hide := newKeyCheck(u, "Hide host names and IP addresses", nil)
	hide.SetChecked(u.settings.Redact)
	where := wrapped("")
	name := func() string {
		shown := hp
		if hide.Checked {
			shown = "redacted"
		}
		return reportName("watch-"+shown, started.Local(), watchExt[format.Selected])
	}
	format.OnChanged = func(string) { where.SetText("Saves as " + name() + " in " + dir + ".") }
	hide.OnChanged = func(bool) { format.OnChanged("") }
	format.OnChanged("")
	write := func(kind string, redact bool) func(io.Writer) error {
		return func(o io.Writer) error {
			saved, err := store.GetWatch(id)
			if err != nil {
				return err
			}
			opts := report.Options{Redact: redact}
			w := report.ScrubWatch(opts, saved)
			switch kind {
			case watchJSON:
				return report.JSON(o, report.NewWatchDoc(w, time.Local))
			case watchPDF:
				return report.WatchPDF(o, w, opts)
			}
			return report.WatchHTML(o, w)
		}
	}
	d := dialog.NewCustomWithoutButtons("Export watch", container.NewVBox(widget.NewLabel("Format"), format, hide, where), u.win)
	save := func() {
		d.Hide()
		n, w := name(), write(format.Selected, hide.Checked)
		go func() {
			path, err := writeNew(dir, n, w)
			u.bridge.apply(func() { u.saved(path, err) })
		}()
	}
	other := func() {
		d.Hide()
		u.saveDialog(dir, name(), write(format.Selected, hide.Checked))
	}
	cancel := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), d.Hide)
	otherB := widget.NewButtonWithIcon("Choose another place…", theme.FolderOpenIcon(), other)
	saveB := widget.NewButtonWithIcon("Save (Enter)", theme.DocumentSaveIcon(), save)
	saveB.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{cancel, otherB, saveB})
	u.showModal(d, save)
	d.Resize(fyne.NewSize(min(560, u.win.Canvas().Size().Width-40), d.MinSize().Height))
}

// watchLabel names a watch in lists: "w3".
func watchLabel(id int64) string { return fmt.Sprintf("w%d", id) }
