package app

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	fynetooltip "github.com/dweymouth/fyne-tooltip"

	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/icons"
)

// Title is the window title.
const Title = "Connection Doctor"

// UI is the wizard: one window with the Check, History and Settings tabs.
type UI struct {
	app      fyne.App
	win      fyne.Window
	deps     Deps
	settings Settings
	bridge   bridge
	// store is the history database; nil when it could not be opened (runs
	// are then shown but not saved, and the user is told why).
	store    *history.Store
	storeErr error

	tabs     *container.AppTabs
	checkTab *container.TabItem
	flow     *fyne.Container // the Check tab's current step
	target   *targetPage
	run      *runState
	hist     *historyPage
	sets     *settingsPage
	diag     *diagnosisPage
	cmp      *comparePage
	watch    *watchView // the watch running or last shown
	// lastSaved and lastToast record the last file written and message
	// shown, for tests and the screenshot tour.
	lastSaved string
	lastToast string
	// keys are the window's shortcuts by name; modals the dialogs shown
	// with showModal, newest last; toasts the layer toasts are drawn in.
	keys   map[string]func()
	modals []*modal
	toasts *fyne.Container
}

// New builds the wizard in a new window of a; ShowAndRun shows it.
func New(a fyne.App, d Deps) *UI {
	u := &UI{app: a, deps: d.withDefaults(), settings: loadSettings(a.Preferences())}
	a.SetIcon(icons.App)
	a.Settings().SetTheme(themeFor(u.settings.Theme))
	u.win = a.NewWindow(Title)
	u.win.SetIcon(icons.App)
	area, ok := workArea()
	u.win.Resize(fitScreen(fyne.NewSize(u.settings.Width, u.settings.Height), area, ok))
	u.win.SetCloseIntercept(u.close)
	u.openStore(false)

	u.target = newTargetPage(u)
	u.flow = container.NewStack(u.target.content)
	u.hist = newHistoryPage(u)
	u.checkTab = container.NewTabItemWithIcon("Check", theme.SearchIcon(), u.flow)
	u.tabs = container.NewAppTabs(u.checkTab,
		container.NewTabItemWithIcon("History", theme.HistoryIcon(), u.hist.content),
		container.NewTabItemWithIcon("Settings", theme.SettingsIcon(), u.newSettingsPage()))
	u.tabs.OnSelected = func(t *container.TabItem) {
		if t.Text == "History" {
			u.hist.reload()
		}
	}
	u.toasts = container.NewWithoutLayout()
	u.win.SetContent(fynetooltip.AddWindowToolTipLayer(container.NewStack(u.tabs, u.toasts), u.win.Canvas()))
	u.bindKeys()
	u.win.Canvas().Focus(u.target.field)
	return u
}

// Load fills the pages from the history off the Fyne thread: the runs, the
// recent targets, the retention setting. ShowAndRun calls it; tests that
// build a UI call it once they are ready for updates.
func (u *UI) Load() {
	u.hist.reload()
	u.target.loadRecent()
	u.sets.loadRetention()
}

// Window is the wizard's window.
func (u *UI) Window() fyne.Window { return u.win }

// ShowAndRun shows the window and runs the application until it closes.
func (u *UI) ShowAndRun() {
	u.Load()
	u.win.Show()
	if u.storeErr != nil {
		u.reportStoreProblem()
	}
	u.app.Run()
}

// close remembers the window size, closes the database and quits.
func (u *UI) close() {
	if u.watchBlocksClose() {
		return
	}
	if u.run != nil {
		u.run.cancel()
	}
	sz := u.win.Canvas().Size()
	u.settings.Width, u.settings.Height = sz.Width, sz.Height
	u.settings.save(u.app.Preferences())
	if u.store != nil {
		u.store.Close()
	}
	u.win.Close()
}

// show replaces the Check tab's step and selects that tab. The keyboard
// focus goes to the address field on the target step (its text selected,
// so typing replaces it and Enter checks it again) and nowhere on the
// others, so no hidden widget keeps it (Esc and Enter then reach the
// window).
func (u *UI) show(o fyne.CanvasObject) {
	u.retire(u.flow.Objects[0], o)
	u.flow.Objects = []fyne.CanvasObject{o}
	u.flow.Refresh()
	u.tabs.Select(u.checkTab)
	if o == u.target.content {
		u.win.Canvas().Focus(u.target.field)
		u.target.field.TypedShortcut(&fyne.ShortcutSelectAll{}) // typing replaces the last address
	} else {
		u.win.Canvas().Unfocus()
	}
}

// openStore opens the history database named in the settings.
func (u *UI) openStore(setAside bool) {
	if u.store != nil {
		u.store.Close()
		u.store = nil
	}
	u.store, u.storeErr = u.deps.OpenStore(u.settings.DBPath, history.OpenOptions{SetAsideCorrupt: setAside})
}

// reportStoreProblem tells the user why runs are not being saved and, for a
// damaged file, offers to keep it aside and start a new database.
func (u *UI) reportStoreProblem() {
	var ce *history.CorruptError
	if errors.As(u.storeErr, &ce) {
		msg := fmt.Sprintf("The history file %s is damaged or is not a Connection Doctor database (%s).\n\nIt has not been changed. Checks still work, but are not saved.\n\nKeep the damaged file aside (renamed to .corrupt) and start a new history?", ce.Path, ce.Detail)
		dialog.ShowConfirm("History cannot be opened", msg, func(ok bool) {
			if ok {
				u.openStore(true)
				if u.storeErr != nil {
					u.reportStoreProblem()
				}
			}
		}, u.win)
		return
	}
	dialog.ShowError(fmt.Errorf("the history cannot be opened, so runs are not saved: %w. Choose another database location in Settings", u.storeErr), u.win)
}

// status widgets shared by pages.
func heading(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.SizeName = theme.SizeNameSubHeadingText
	l.Wrapping = fyne.TextWrapWord
	return l
}

func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}
