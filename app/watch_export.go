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
	watchHTML = "HTML (summary, timeline chart, failure windows)"
	watchJSON = "JSON (every sample, for scripts)"
)

// exportWatch offers watch id (of host:port hp, started then) for saving as HTML or
// JSON, into the Documents folder by default. The watch is loaded and
// written off the Fyne thread.
func (u *UI) exportWatch(id int64, hp string, started time.Time) {
	store := u.store
	if store == nil || id == 0 {
		return
	}
	dir := u.deps.Documents()
	format := widget.NewRadioGroup([]string{watchHTML, watchJSON}, nil)
	format.Required = true
	format.SetSelected(watchHTML)
	where := wrapped("")
	name := func() string {
		ext := ".html"
		if format.Selected == watchJSON {
			ext = ".json"
		}
		return reportName("watch-"+hp, started.Local(), ext)
	}
	format.OnChanged = func(string) { where.SetText("Saves as " + name() + " in " + dir + ".") }
	format.OnChanged("")
	write := func(json bool) func(io.Writer) error {
		return func(o io.Writer) error {
			w, err := store.GetWatch(id)
			if err != nil {
				return err
			}
			if json {
				return report.JSON(o, report.NewWatchDoc(w, time.Local))
			}
			return report.WatchHTML(o, w)
		}
	}
	d := dialog.NewCustomWithoutButtons("Export watch", container.NewVBox(widget.NewLabel("Format"), format, where,
		wrapped("Host names and addresses are included as they are.")), u.win)
	save := func() {
		d.Hide()
		n, json := name(), format.Selected == watchJSON
		go func() {
			path, err := writeNew(dir, n, write(json))
			u.bridge.apply(func() { u.saved(path, err) })
		}()
	}
	other := func() {
		d.Hide()
		u.saveDialog(dir, name(), write(format.Selected == watchJSON))
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
