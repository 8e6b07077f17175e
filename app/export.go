package app

import (
	"fmt"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/report"
)

// Export formats, as offered.
const (
	formatPDF  = "PDF (for the ticket)"
	formatHTML = "HTML (opens in any browser)"
)

// exportRun asks for a format and a file and writes the run's report.
func (u *UI) exportRun(run *history.Run) {
	u.askExport(fmt.Sprintf("conndoctor-run-%d", run.ID), func(pdf bool, o report.Options) func(io.Writer) error {
		return func(w io.Writer) error {
			v := report.BuildRun(run, o)
			if pdf {
				return report.PDF(w, v, o)
			}
			return report.HTML(w, v)
		}
	})
}

// exportCompare writes the comparison of two runs.
func (u *UI) exportCompare(a, b *history.Run) {
	u.askExport(fmt.Sprintf("conndoctor-compare-%d-%d", a.ID, b.ID), func(pdf bool, o report.Options) func(io.Writer) error {
		return func(w io.Writer) error {
			v := report.BuildCompare(a, b, o)
			if pdf {
				return report.ComparePDF(w, v, o)
			}
			return report.CompareHTML(w, v)
		}
	})
}

// askExport shows the export choices, then the save dialog.
func (u *UI) askExport(base string, writer func(pdf bool, o report.Options) func(io.Writer) error) {
	format := widget.NewRadioGroup([]string{formatPDF, formatHTML}, nil)
	format.SetSelected(formatPDF)
	format.Required = true
	redact := widget.NewCheck("Hide host names and IP addresses (for reports sent outside)", nil)
	redact.SetChecked(u.settings.Redact)
	body := container.NewVBox(widget.NewLabel("Format"), format, redact,
		wrapped("Passwords in addresses are never included."))
	d := dialog.NewCustomConfirm("Export report", "Choose file…", "Cancel", body, func(ok bool) {
		if !ok {
			return
		}
		pdf := format.Selected != formatHTML
		name := base + ".html"
		if pdf {
			name = base + ".pdf"
		}
		o := report.Options{Now: u.deps.Now, Redact: redact.Checked}
		u.saveFile(name, writer(pdf, o))
	}, u.win)
	d.Show()
}

// saveFile asks where to save and writes the file, telling the user how it
// went.
func (u *UI) saveFile(name string, write func(io.Writer) error) {
	save := u.deps.Save
	if save == nil {
		save = u.saveDialog
	}
	save(name, write, func(place string, err error) {
		switch {
		case err != nil:
			dialog.ShowError(fmt.Errorf("the report was not written: %w. Try another folder", err), u.win)
		case place != "":
			u.lastSaved = place
			u.toast("Report saved: " + place)
		}
	})
}

// saveDialog is the default SaveFunc: Fyne's save dialog. The file is
// written off the Fyne thread.
func (u *UI) saveDialog(name string, write func(io.Writer) error, done func(string, error)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			done("", err)
			return
		}
		go func() {
			err := write(w)
			if cerr := w.Close(); err == nil {
				err = cerr
			}
			u.bridge.apply(func() { done(w.URI().Path(), err) })
		}()
	}, u.win)
	d.SetFileName(name)
	if ext := extension(name); ext != "" {
		d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	}
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
}

func extension(name string) string {
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '.' {
			return name[i:]
		}
	}
	return ""
}
