package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	ttwidget "github.com/dweymouth/fyne-tooltip/widget"

	"github.com/conndoctor/conndoctor/diagnose"
	"github.com/conndoctor/conndoctor/history"
)

// verdictFilters are the verdict choices of the history filter: shown
// text → history.Filter.Verdict. They come from diagnose's families, so a
// new family of codes gets its filter without a change here.
var verdictFilters = func() []struct{ label, code string } {
	out := []struct{ label, code string }{{"Any result", ""}}
	for _, f := range diagnose.Families() {
		label := f.Title
		if strings.HasSuffix(f.Match, ".") {
			label += " — " + f.Match + "*"
		}
		out = append(out, struct{ label, code string }{label, f.Match})
	}
	return out
}()

// verdictFilterIndex is the place of the filter for a family ("port."),
// -1 if there is none.
func verdictFilterIndex(match string) int {
	for i, f := range verdictFilters {
		if f.code == match {
			return i
		}
	}
	return -1
}

// severityIcons and severityImportance show a verdict code's severity in
// the list: an icon (Fyne's own: marks such as "✗" are in no font Fyne
// bundles, and a Windows without a symbol font draws "�"), looked up when
// drawn (see stopIcons), and the status colours of the theme.
var (
	severityIcons = map[diagnose.Severity]func() fyne.Resource{
		diagnose.SeverityOK: theme.ConfirmIcon, diagnose.SeverityProblem: theme.CancelIcon,
		diagnose.SeverityWarning: theme.WarningIcon, diagnose.SeverityInfo: theme.InfoIcon,
	}
	severityImportance = map[diagnose.Severity]widget.Importance{
		diagnose.SeverityOK: widget.SuccessImportance, diagnose.SeverityProblem: widget.DangerImportance,
		diagnose.SeverityWarning: widget.WarningImportance, diagnose.SeverityInfo: widget.MediumImportance,
	}
)

// historyPage lists saved runs.
type historyPage struct {
	u                                 *UI
	filter                            *keyEntry
	verdict                           *widget.Select
	list                              *openList
	count                             *widget.Label
	rows                              []history.Summary
	marked                            map[int64]bool
	selected                          int64
	openB, deleteB, exportB, compareB *ttwidget.Button
	watches                           *watchList
	content                           fyne.CanvasObject
	// listing counts the reloads asked for: a list read for an older one
	// (the filter typed on since) is not shown.
	listing int
}

func newHistoryPage(u *UI) *historyPage {
	p := &historyPage{u: u, marked: map[int64]bool{}}
	p.filter = newKeyEntry(u) // the window's shortcuts work while typing a filter
	p.filter.SetPlaceHolder("Filter by target…")
	p.filter.OnChanged = func(string) { p.reload() }
	var names []string
	for _, f := range verdictFilters {
		names = append(names, f.label)
	}
	p.verdict = widget.NewSelect(names, nil)
	p.verdict.SetSelectedIndex(0)
	p.verdict.OnChanged = func(string) { p.reload() }
	p.count = widget.NewLabel("")
	p.list = newOpenList(func() int { return len(p.rows) }, p.newRow, p.updateRow, p.open)
	p.list.OnSelected = func(id widget.ListItemID) { p.selected = p.rows[id].ID; p.buttons() }
	p.list.OnUnselected = func(widget.ListItemID) { p.selected = 0; p.buttons() }
	p.openB = ttwidget.NewButtonWithIcon("Open", theme.FolderOpenIcon(), p.open)
	p.openB.SetToolTip("Show the selected run's diagnosis")
	p.deleteB = ttwidget.NewButtonWithIcon("Delete", theme.DeleteIcon(), p.delete)
	p.deleteB.SetToolTip("Delete the selected run from the history")
	p.exportB = ttwidget.NewButtonWithIcon("Export…", theme.DocumentSaveIcon(), p.export)
	p.exportB.SetToolTip("Save the selected run as an HTML or PDF report")
	p.compareB = ttwidget.NewButtonWithIcon("Compare these two", theme.ViewRefreshIcon(), p.compare)
	p.compareB.SetToolTip("Tick two runs, then compare them side by side")
	top := container.NewBorder(nil, nil, nil, p.verdict, p.filter)
	bottom := container.NewVBox(p.count, container.NewHBox(p.openB, p.deleteB, p.exportB, p.compareB))
	header := historyRowLayout(widget.NewLabel(""), bold("When"), bold("Target"), bold("Result"), bold("Label"))
	p.watches = newWatchList(u)
	p.content = container.NewPadded(container.NewBorder(container.NewVBox(p.watches.content, top, header), bottom, nil, nil, p.list))
	return p
}

func bold(s string) *widget.Label {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// historyRowLayout places a row's cells: tick, when, target, result, label.
func historyRowLayout(tick fyne.CanvasObject, cells ...fyne.CanvasObject) *fyne.Container {
	return container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(36, 36), tick), nil,
		container.NewGridWithColumns(len(cells), cells...))
}

func (p *historyPage) newRow() fyne.CanvasObject {
	cells := make([]fyne.CanvasObject, 4)
	for i := range cells {
		l := widget.NewLabel("")
		l.Truncation = fyne.TextTruncateEllipsis
		cells[i] = l
	}
	cells[2] = container.NewBorder(nil, nil, widget.NewIcon(nil), nil, cells[2])
	return historyRowLayout(widget.NewCheck("", nil), cells...)
}

func (p *historyPage) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := p.rows[id]
	c := o.(*fyne.Container)
	grid := c.Objects[0].(*fyne.Container)
	tick := c.Objects[1].(*fyne.Container).Objects[0].(*widget.Check)
	tick.OnChanged = nil
	tick.SetChecked(p.marked[r.ID])
	tick.OnChanged = func(on bool) { p.mark(r.ID, on) }
	label := r.Label
	if r.Repeats != 0 {
		label = strings.TrimSpace(fmt.Sprintf("%s (repeats #%d)", label, r.Repeats))
	}
	sev := diagnose.SeverityOf(r.VerdictCode)
	texts := []string{fmt.Sprintf("#%d  %s", r.ID, r.Started.Local().Format("2006-01-02 15:04")), r.Target, r.VerdictCode, label}
	for i, t := range texts {
		cell := grid.Objects[i]
		if i == 2 {
			box := cell.(*fyne.Container)
			box.Objects[1].(*widget.Icon).SetResource(nil) // unknown codes stay plain
			if res, imp := severityIcons[sev], severityImportance[sev]; res != nil {
				box.Objects[1].(*widget.Icon).SetResource(theme.NewColoredResource(res(), importanceColors[imp]))
			}
			cell = box.Objects[0]
		}
		l := cell.(*widget.Label)
		l.Importance = widget.MediumImportance
		if i == 2 {
			l.Importance = severityImportance[sev] // unknown codes stay plain
		}
		l.SetText(t)
	}
}

// mark ticks or unticks a run for comparison.
func (p *historyPage) mark(id int64, on bool) {
	if on {
		p.marked[id] = true
	} else {
		delete(p.marked, id)
	}
	p.buttons()
}

// reload lists the runs matching the filter.
func (p *historyPage) reload() {
	p.watches.reload()
	if p.u.store == nil {
		p.rows = nil
		p.count.SetText("The history is not available: " + fmt.Sprint(p.u.storeErr))
		p.list.Refresh()
		p.buttons()
		return
	}
	f := history.Filter{Target: strings.TrimSpace(p.filter.Text), Limit: 1000}
	if i := p.verdict.SelectedIndex(); i > 0 {
		f.Verdict = verdictFilters[i].code
	}
	p.listing++
	n, store := p.listing, p.u.store
	type listed struct {
		rows []history.Summary
		err  error
	}
	background(&p.u.bridge, func() listed {
		rows, err := store.List(f)
		return listed{rows, err}
	}, func(l listed) {
		if n == p.listing {
			p.show(l.rows, l.err)
		}
	})
}

// show lists rows, or says why the history could not be read.
func (p *historyPage) show(rows []history.Summary, err error) {
	if err != nil {
		p.count.SetText("The history could not be read: " + err.Error())
	} else {
		p.rows = rows
		p.count.SetText(plural(len(rows), "1 run shown", "%d runs shown") + ". Select one to open, delete or export it; tick two to compare them.")
	}
	keep := p.selected
	p.list.UnselectAll()
	p.selected = 0
	// Ticks on runs the filter hides are dropped: "Compare these two"
	// compares what the user can see.
	shown := map[int64]bool{}
	for i, r := range p.rows {
		shown[r.ID] = true
		if r.ID == keep {
			p.list.Select(i)
		}
	}
	for id := range p.marked {
		if !shown[id] {
			delete(p.marked, id)
		}
	}
	p.list.Refresh()
	p.buttons()
}

// buttons enables what the selection allows.
func (p *historyPage) buttons() {
	for _, b := range []*ttwidget.Button{p.openB, p.deleteB, p.exportB} {
		enable(b, p.selected != 0)
	}
	enable(p.compareB, len(p.marked) == 2)
}

func enable(b *ttwidget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// load reads runs off the Fyne thread and gives them to then, telling the
// user when one cannot be read.
func (p *historyPage) load(then func(runs []*history.Run), ids ...int64) {
	store := p.u.store
	type loaded struct {
		runs []*history.Run
		err  error
	}
	background(&p.u.bridge, func() loaded {
		var l loaded
		for _, id := range ids {
			r, err := store.Get(id)
			if err != nil {
				l.err = fmt.Errorf("run #%d could not be loaded: %w", id, err)
				return l
			}
			l.runs = append(l.runs, r)
		}
		return l
	}, func(l loaded) {
		if l.err != nil {
			p.u.showModal(dialog.NewError(l.err, p.u.win), nil)
			return
		}
		then(l.runs)
	})
}

// open shows the selected run's diagnosis, with its number, date and a
// way back to the history.
func (p *historyPage) open() {
	p.load(func(r []*history.Run) {
		p.u.showDiagnosis(r[0], nil, nil).setBack("Back to History", p.back)
	}, p.selected)
}

// back shows the history again, with the run that was opened selected.
func (p *historyPage) back() {
	for _, t := range p.u.tabs.Items {
		if t.Content == p.content {
			p.u.tabs.Select(t)
		}
	}
}

func (p *historyPage) export() {
	p.load(func(r []*history.Run) { p.u.exportRun(r[0]) }, p.selected)
}

func (p *historyPage) delete() {
	id := p.selected
	if id == 0 {
		return // nothing selected (the button is disabled then)
	}
	dialog.ShowConfirm("Delete run", fmt.Sprintf("Delete run #%d from the history? This cannot be undone.", id), func(ok bool) {
		if !ok {
			return
		}
		delete(p.marked, id)
		store := p.u.store
		background(&p.u.bridge, func() error { return store.Delete(id) }, func(err error) {
			if err != nil {
				p.u.showModal(dialog.NewError(err, p.u.win), nil)
			}
			p.reload()
		})
	}, p.u.win)
}

// compare opens the comparison of the two ticked runs, older first.
func (p *historyPage) compare() {
	var ids []int64
	for id := range p.marked {
		ids = append(ids, id)
	}
	if len(ids) != 2 {
		return
	}
	p.load(func(r []*history.Run) {
		a, b := r[0], r[1]
		if b.Report.Started.Before(a.Report.Started) {
			a, b = b, a
		}
		p.u.showCompare(a, b, nil)
	}, min(ids[0], ids[1]), max(ids[0], ids[1]))
}
