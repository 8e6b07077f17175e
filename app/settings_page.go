package app

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/target"
)

// settingsPage edits Settings and the history's retention.
type settingsPage struct {
	u                   *UI
	timeout, wait, look *widget.Select
	noTrace, noMTU, red *widget.Check
	reference, db       *widget.Entry
	keepDays, keepLast  *limitField
	saveB               *widget.Button
}

func (u *UI) newSettingsPage() fyne.CanvasObject {
	p := &settingsPage{u: u}
	u.sets = p
	s := u.settings
	p.timeout = widget.NewSelect(timeouts, nil)
	p.timeout.SetSelected(s.PortTimeout.String())
	p.wait = widget.NewSelect(waits, nil)
	p.wait.SetSelected(s.AnswerWait.String())
	p.noTrace = widget.NewCheck("Skip the traceroutes (faster, less evidence)", nil)
	p.noTrace.SetChecked(s.NoTrace)
	p.noMTU = widget.NewCheck("Skip the path MTU check", nil)
	p.noMTU.SetChecked(s.NoMTU)
	p.reference = widget.NewEntry()
	p.reference.SetPlaceHolder("off — e.g. a site of yours that always works")
	p.reference.SetText(s.Reference)
	p.red = widget.NewCheck("Hide host names and IP addresses in exported reports by default", nil)
	p.red.SetChecked(s.Redact)
	p.look = widget.NewSelect(themes, nil)
	p.look.SetSelected(s.Theme)
	p.db = widget.NewEntry()
	p.db.SetPlaceHolder(defaultDBText())
	p.db.SetText(s.DBPath)
	p.keepDays = newLimitField("Delete runs older than", "days", 90)
	p.keepLast = newLimitField("Keep only the newest", "runs", 1000)
	p.saveB = widget.NewButtonWithIcon("Save settings", theme.DocumentSaveIcon(), p.save)
	p.saveB.Importance = widget.HighImportance
	form := widget.NewForm(
		widget.NewFormItem("TCP connect timeout", p.timeout),
		widget.NewFormItem("Wait for the server's answer", p.wait),
		widget.NewFormItem("", p.noTrace),
		widget.NewFormItem("", p.noMTU),
		widget.NewFormItem("Reference target", p.reference),
		widget.NewFormItem("Reports", p.red),
		widget.NewFormItem("Theme", p.look),
		widget.NewFormItem("History database", p.db),
		widget.NewFormItem("Old runs", p.keepDays.content),
		widget.NewFormItem("", p.keepLast.content),
	)
	form.Items[1].HintText = "As long as the programs you help would wait: a gateway's 504 or a slow answer then arrives."
	form.Items[4].HintText = "Checked beside every run to tell whether the network works in general. Empty is off."
	form.Items[7].HintText = "Empty is the default location. A new location takes effect when saved."
	form.Items[9].HintText = "With neither ticked, every run is kept forever."
	return container.NewVScroll(container.NewPadded(container.NewVBox(heading("Settings"), form, container.NewHBox(p.saveB))))
}

func defaultDBText() string {
	if p, err := history.DefaultPath(); err == nil {
		return p
	}
	return "the default location"
}

// read validates the fields into settings and a retention.
func (p *settingsPage) read() (Settings, history.Retention, error) {
	s := p.u.settings
	d, err := time.ParseDuration(p.timeout.Selected)
	if err != nil {
		return s, history.Retention{}, errors.New("choose a TCP connect timeout")
	}
	w, err := time.ParseDuration(p.wait.Selected)
	if err != nil {
		return s, history.Retention{}, errors.New("choose how long to wait for the server's answer")
	}
	s.PortTimeout, s.AnswerWait, s.NoTrace, s.NoMTU, s.Redact = d, w, p.noTrace.Checked, p.noMTU.Checked, p.red.Checked
	s.Theme, s.DBPath = p.look.Selected, strings.TrimSpace(p.db.Text)
	s.Reference = strings.TrimSpace(p.reference.Text)
	if s.Reference != "" {
		if _, err := target.Parse(s.Reference); err != nil {
			return s, history.Retention{}, fmt.Errorf("the reference target is not valid: %s", parseProblem(err))
		}
	}
	var r history.Retention
	if r.KeepDays, err = p.keepDays.read("days to keep runs"); err != nil {
		return s, r, err
	}
	if r.KeepLast, err = p.keepLast.read("number of runs to keep"); err != nil {
		return s, r, err
	}
	return s, r, nil
}

// loadRetention shows the retention setting stored in the history, read
// off the Fyne thread.
func (p *settingsPage) loadRetention() {
	store := p.u.store
	if store == nil {
		return
	}
	type kept struct {
		r   history.Retention
		err error
	}
	background(&p.u.bridge, func() kept {
		r, err := store.Retention()
		return kept{r, err}
	}, func(k kept) {
		if k.err == nil {
			p.keepDays.set(k.r.KeepDays)
			p.keepLast.set(k.r.KeepLast)
		}
	})
}

// save applies and stores the settings.
func (p *settingsPage) save() {
	u := p.u
	s, r, err := p.read()
	if err != nil {
		dialog.ShowError(err, u.win)
		return
	}
	if u.run != nil && u.run.active() && s.DBPath != u.settings.DBPath {
		dialog.ShowError(errors.New("the history database cannot be moved while checks run; wait for them to end"), u.win)
		return
	}
	moved := s.DBPath != u.settings.DBPath
	u.settings = s
	s.save(u.app.Preferences())
	u.app.Settings().SetTheme(themeFor(s.Theme))
	if moved {
		u.openStore(false)
		if u.storeErr != nil {
			u.reportStoreProblem()
		}
		u.hist.reload()
		u.target.loadRecent()
	}
	store := u.store
	if store == nil {
		u.toast("Settings saved.")
		return
	}
	type removed struct {
		n   int64
		err error
	}
	background(&u.bridge, func() removed {
		n, err := store.SetRetention(r)
		return removed{n, err}
	}, func(rm removed) {
		switch {
		case rm.err != nil:
			u.showModal(dialog.NewError(rm.err, u.win), nil)
		case rm.n > 0:
			u.toast("Settings saved; " + plural(int(rm.n), "1 old run", "%d old runs") + " removed by the retention rule.")
			u.hist.reload()
		default:
			u.toast("Settings saved.")
		}
	})
}

// limitField is a retention limit: a tick that turns it on and the number.
// Unticked means no limit, said in words instead of a bare "0"; typing a
// number ticks it, emptying the number unticks it.
type limitField struct {
	on      *widget.Check
	n       *widget.Entry
	content fyne.CanvasObject
}

func newLimitField(label, unit string, suggest int) *limitField {
	f := &limitField{n: widget.NewEntry()}
	f.n.SetPlaceHolder("e.g. " + strconv.Itoa(suggest))
	f.on = widget.NewCheck(label, func(on bool) {
		switch {
		case on && strings.TrimSpace(f.n.Text) == "":
			f.n.SetText(strconv.Itoa(suggest))
		case !on:
			f.n.SetText("")
		}
	})
	f.n.OnChanged = func(txt string) {
		if on := strings.TrimSpace(txt) != ""; on != f.on.Checked {
			f.on.SetChecked(on)
		}
	}
	f.content = container.NewBorder(nil, nil, f.on, widget.NewLabel(unit), f.n)
	return f
}

// set shows a stored limit; 0 is no limit.
func (f *limitField) set(n int) {
	if n > 0 {
		f.n.SetText(strconv.Itoa(n))
	} else {
		f.n.SetText("")
	}
}

// SetText types into the number, as a person would (tests use it).
func (f *limitField) SetText(s string) { f.n.SetText(s) }

// read returns the limit, 0 when off.
func (f *limitField) read(name string) (int, error) {
	txt := strings.TrimSpace(f.n.Text)
	if !f.on.Checked || txt == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(txt)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("the %s must be a whole number, 1 or more (not %q); untick it to keep every run", name, txt)
	}
	return n, nil
}
