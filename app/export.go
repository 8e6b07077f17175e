package app

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/report"
)

// Export formats, as offered.
const (
	formatPDF  = "PDF (for the ticket)"
	formatHTML = "HTML (opens in any browser)"
)

// export is one report the user may save: how it is named and written for
// the chosen format and options.
type export struct {
	// what names the report's subject for the file name, from options (so
	// redacted when host names are hidden).
	what func(o report.Options) string
	// day dates the file name.
	day time.Time
	// write renders the report.
	write func(pdf bool, o report.Options) func(io.Writer) error
}

// exportRun offers a run's report for saving.
func (u *UI) exportRun(run *history.Run) {
	u.askExport(export{
		what: func(o report.Options) string { return testedTarget(report.BuildRun(run, o).Tested) },
		day:  run.Report.Started,
		write: func(pdf bool, o report.Options) func(io.Writer) error {
			return func(w io.Writer) error {
				v := report.BuildRun(run, o)
				if pdf {
					return report.PDF(w, v, o)
				}
				return report.HTML(w, v)
			}
		},
	})
}

// exportCompare offers the comparison of two runs for saving.
func (u *UI) exportCompare(a, b *history.Run) {
	u.askExport(export{
		what: func(o report.Options) string { return "compare-" + report.BuildCompare(a, b, o).After.Target },
		day:  b.Report.Started,
		write: func(pdf bool, o report.Options) func(io.Writer) error {
			return func(w io.Writer) error {
				v := report.BuildCompare(a, b, o)
				if pdf {
					return report.ComparePDF(w, v, o)
				}
				return report.CompareHTML(w, v)
			}
		},
	})
}

// testedTarget is host:port of a view's "tested" line, without the
// address it resolved to.
func testedTarget(tested string) string {
	host, _, _ := strings.Cut(tested, " (")
	return host
}

// askExport shows the export choices with their defaults — PDF, into the
// Documents folder, under a name of the target and date — so Enter alone
// saves; "Choose another place…" opens the save dialog instead.
func (u *UI) askExport(e export) {
	dir := u.deps.Documents()
	show := func() {} // set below: it reads the widgets made here
	format := newKeyRadio(u, []string{formatPDF, formatHTML}, func(string) { show() })
	format.SetSelected(formatPDF)
	redact := newKeyCheck(u, "Hide host names and IP addresses (for reports sent outside)", func(bool) { show() })
	redact.SetChecked(u.settings.Redact)
	where := wrapped("")
	choice := func() (pdf bool, o report.Options, name string) {
		pdf = format.Selected != formatHTML
		o = report.Options{Now: u.deps.Now, Redact: redact.Checked}
		ext := ".html"
		if pdf {
			ext = ".pdf"
		}
		return pdf, o, reportName(e.what(o), e.day.Local(), ext)
	}
	show = func() {
		_, _, name := choice()
		where.SetText("Saves as " + name + " in " + dir + ".")
	}
	show()
	body := container.NewVBox(widget.NewLabel("Format"), format, redact, where,
		wrapped("Passwords in addresses are never included."))
	d := dialog.NewCustomWithoutButtons("Export report", body, u.win)
	save := func() {
		d.Hide()
		pdf, o, name := choice()
		write := e.write(pdf, o)
		go func() {
			path, err := writeNew(dir, name, write)
			u.bridge.apply(func() { u.saved(path, err) })
		}()
	}
	other := func() {
		d.Hide()
		pdf, o, name := choice()
		u.saveDialog(dir, name, e.write(pdf, o))
	}
	cancel := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), d.Hide)
	otherB := widget.NewButtonWithIcon("Choose another place…", theme.FolderOpenIcon(), other)
	saveB := widget.NewButtonWithIcon("Save (Enter)", theme.DocumentSaveIcon(), save)
	saveB.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{cancel, otherB, saveB})
	u.showModal(d, save)
}

// saved tells the user where the report went, with a way to open the
// folder, or why it was not written.
func (u *UI) saved(path string, err error) {
	switch {
	case err != nil:
		u.showModal(dialog.NewError(fmt.Errorf("the report was not written: %w. Try another place", err), u.win), nil)
		return
	case path == "":
		return // the user cancelled the save dialog
	}
	u.lastSaved = path
	dir := filepath.Dir(path)
	d := dialog.NewCustomWithoutButtons("Report saved",
		wrapped("Saved as "+filepath.Base(path)+" in "+dir+"."), u.win)
	open := widget.NewButtonWithIcon("Open folder", theme.FolderOpenIcon(), func() {
		d.Hide()
		if err := u.deps.OpenFolder(dir); err != nil {
			u.showModal(dialog.NewError(fmt.Errorf("the folder could not be opened: %w. It is %s", err, dir), u.win), nil)
		}
	})
	closeB := widget.NewButtonWithIcon("Close (Enter)", theme.ConfirmIcon(), d.Hide)
	closeB.Importance = widget.HighImportance
	d.SetButtons([]fyne.CanvasObject{open, closeB})
	u.showModal(d, d.Hide)
	d.Resize(fyne.NewSize(min(560, u.win.Canvas().Size().Width-40), d.MinSize().Height))
}

// saveDialog asks with Fyne's save dialog, opened in dir, where to write
// the file, then writes it off the Fyne thread.
func (u *UI) saveDialog(dir, name string, write func(io.Writer) error) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			u.saved("", err)
			return
		}
		go func() {
			err := write(w)
			if cerr := w.Close(); err == nil {
				err = cerr
			}
			u.bridge.apply(func() { u.saved(w.URI().Path(), err) })
		}()
	}, u.win)
	d.SetFileName(name)
	if l, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
		d.SetLocation(l)
	}
	if ext := filepath.Ext(name); ext != "" {
		d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	}
	// Resize only after Show: before it, Fyne 2.8's FileDialog.MinSize
	// dereferences the dialog it has not built yet.
	u.showModal(d, nil)
	c := u.win.Canvas().Size()
	d.Resize(fyne.NewSize(min(760, c.Width-40), min(520, c.Height-40)))
}
