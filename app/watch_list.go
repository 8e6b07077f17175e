package app

import (
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	ttwidget "github.com/dweymouth/fyne-tooltip/widget"

	"github.com/conndoctor/conndoctor/history"
)

// watchListRows is how many watches the History tab shows without
// scrolling its list.
const watchListRows = 3

// watchList is the History tab's section of watches: each with its span,
// failures and the runs it started; open, delete (confirmed), export; tick
// two to compare them. It is hidden while there are none. The list is read
// off the Fyne thread.
type watchList struct {
	u                                 *UI
	rows                              []history.WatchRow
	selected                          int64
	marked                            map[int64]bool // ticked for comparing
	listed                            atomic.Int32   // how many the last read found
	list                              *widget.List
	openB, deleteB, exportB, compareB *ttwidget.Button
	content                           *fyne.Container
}

func newWatchList(u *UI) *watchList {
	p := &watchList{u: u, marked: map[int64]bool{}}
	p.list = widget.NewList(func() int { return len(p.rows) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, container.NewGridWrap(fyne.NewSize(36, 36), widget.NewCheck("", nil)), nil, l)
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			r := p.rows[id]
			c := o.(*fyne.Container)
			c.Objects[0].(*widget.Label).SetText(p.rowText(r))
			tick := c.Objects[1].(*fyne.Container).Objects[0].(*widget.Check)
			tick.OnChanged = nil
			tick.SetChecked(p.marked[r.ID])
			tick.OnChanged = func(on bool) { p.mark(r.ID, on) }
		})
	p.list.OnSelected = func(id widget.ListItemID) { p.selected = p.rows[id].ID; p.buttons() }
	p.list.OnUnselected = func(widget.ListItemID) { p.selected = 0; p.buttons() }
	p.openB = ttwidget.NewButtonWithIcon("Open watch", theme.FolderOpenIcon(), p.open)
	p.openB.SetToolTip("Show the selected watch's timeline and the diagnoses it started")
	p.deleteB = ttwidget.NewButtonWithIcon("Delete watch", theme.DeleteIcon(), p.delete)
	p.deleteB.SetToolTip("Delete the selected watch's timeline; the runs it started stay")
	p.exportB = ttwidget.NewButtonWithIcon("Export watch…", theme.DocumentSaveIcon(), p.export)
	p.exportB.SetToolTip("Save the selected watch as HTML or JSON")
	p.compareB = ttwidget.NewButtonWithIcon("Compare these two watches", theme.ViewRefreshIcon(), p.compare)
	p.compareB.SetToolTip("Tick two watches, then compare them side by side: the older one first")
	rowH := max(widget.NewLabel("x").MinSize().Height, 36) + theme.Padding()
	p.content = container.NewVBox(bold("Watches"),
		container.New(minHeight{h: rowH * watchListRows}, p.list),
		container.NewHBox(p.openB, p.deleteB, p.exportB, p.compareB), widget.NewSeparator())
	p.content.Hide()
	p.buttons()
	return p
}

// rowText is one watch in a line.
func (p *watchList) rowText(r history.WatchRow) string {
	when := r.Started.Local().Format("2006-01-02 15:04")
	state := "ended " + r.Ended.Local().Format("15:04")
	if r.Ended.IsZero() {
		state = "not ended"
	}
	if v := p.u.watch; v != nil && v.id == r.ID && v.live() {
		state = "running"
	}
	text := fmt.Sprintf("%s  %s  %s, every %s, %s: %d of %s failed", watchLabel(r.ID), when, r.Target, r.Every, state,
		r.Failed, plural(r.Samples, "1 sample", "%d samples"))
	if len(r.Runs) > 0 {
		var ids []string
		for _, id := range r.Runs {
			ids = append(ids, fmt.Sprintf("#%d", id))
		}
		text += "; diagnoses " + strings.Join(ids, " ")
	}
	return text
}

// reload reads the watches off the Fyne thread and shows them.
func (p *watchList) reload() {
	store := p.u.store
	if store == nil {
		p.set(nil)
		return
	}
	go func() {
		rows, err := store.ListWatches(100)
		if len(rows) == 0 && p.listed.Load() == 0 {
			return // none shown, none to show (or a closed store): nothing to touch
		}
		p.listed.Store(int32(len(rows)))
		p.u.bridge.apply(func() {
			if err != nil {
				rows = nil
			}
			p.set(rows)
		})
	}()
}

func (p *watchList) set(rows []history.WatchRow) {
	p.rows = rows
	listed := map[int64]bool{}
	for _, r := range rows {
		listed[r.ID] = true
	}
	for id := range p.marked { // a watch deleted meanwhile is no longer ticked
		if !listed[id] {
			delete(p.marked, id)
		}
	}
	keep := p.selected
	p.list.UnselectAll()
	p.selected = 0
	for i, r := range rows {
		if r.ID == keep {
			p.list.Select(i)
		}
	}
	if len(rows) == 0 {
		p.content.Hide()
	} else {
		p.content.Show()
	}
	p.list.Refresh()
	p.buttons()
}

func (p *watchList) buttons() {
	for _, b := range []*ttwidget.Button{p.openB, p.deleteB, p.exportB} {
		enable(b, p.selected != 0)
	}
	enable(p.compareB, len(p.marked) == 2)
}

// mark ticks or unticks a watch for comparing.
func (p *watchList) mark(id int64, on bool) {
	if on {
		p.marked[id] = true
	} else {
		delete(p.marked, id)
	}
	p.buttons()
}

// compare loads the two ticked watches off the Fyne thread and shows them
// side by side, the one started first as A.
func (p *watchList) compare() {
	var ids []int64
	for id := range p.marked {
		ids = append(ids, id)
	}
	u := p.u
	if len(ids) != 2 || u.store == nil {
		return
	}
	started := map[int64]time.Time{}
	for _, r := range p.rows {
		started[r.ID] = r.Started
	}
	a, b := ids[0], ids[1]
	if started[b].Before(started[a]) || (started[b].Equal(started[a]) && b < a) {
		a, b = b, a
	}
	store := u.store
	go func() {
		c, err := store.CompareWatches(a, b)
		u.bridge.apply(func() {
			if err != nil {
				u.showModal(dialog.NewError(fmt.Errorf("the watches could not be compared: %w", err), u.win), nil)
				return
			}
			u.showWatchCompare(c, u.hist.back)
		})
	}()
}

// open shows the selected watch: the live one if it is running, else the
// stored timeline, loaded off the Fyne thread.
func (p *watchList) open() {
	id, u := p.selected, p.u
	if id == 0 {
		return
	}
	if u.watch != nil && u.watch.id == id && u.watch.live() {
		u.watch.show()
		return
	}
	store := u.store
	go func() {
		w, err := store.GetWatch(id)
		u.bridge.apply(func() {
			if err != nil {
				u.showModal(dialog.NewError(fmt.Errorf("watch %s could not be loaded: %w", watchLabel(id), err), u.win), nil)
				return
			}
			v := watchFromHistory(u, w)
			if u.watch == nil || !u.watch.live() {
				u.watch = v
			}
			v.show()
		})
	}()
}

func (p *watchList) export() {
	for _, r := range p.rows {
		if r.ID == p.selected {
			p.u.exportWatch(r.ID, r.Target, r.Started)
		}
	}
}

func (p *watchList) delete() {
	id, u := p.selected, p.u
	if v := u.watch; v != nil && v.id == id && v.live() {
		u.showModal(dialog.NewInformation("Watch running", "Stop the watch before deleting it.", u.win), nil)
		return
	}
	d := dialog.NewConfirm("Delete watch", fmt.Sprintf("Delete watch %s and its timeline from the history? The diagnoses it started stay as ordinary runs. This cannot be undone.", watchLabel(id)),
		func(ok bool) {
			if !ok {
				return
			}
			store := u.store
			go func() {
				err := store.DeleteWatch(id)
				u.bridge.apply(func() {
					if err != nil {
						u.showModal(dialog.NewError(err, u.win), nil)
					}
					p.reload()
				})
			}()
		}, u.win)
	u.showModal(d, nil)
}

// minHeight lays its objects over each other, at least h high.
type minHeight struct{ h float32 }

func (m minHeight) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(0, m.h)
	for _, o := range objs {
		s = s.Max(fyne.NewSize(o.MinSize().Width, 0))
	}
	return s
}

func (minHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}
