// Command conndoctor is Connection Doctor's desktop wizard: it finds out why
// a connection times out, step by step, for people who are not network
// engineers. The command-line program is conndoctor-cli.
package main

import (
	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/conndoctor/conndoctor/app"
	"github.com/conndoctor/conndoctor/engine"
)

// appID is the reverse-DNS application ID (as in FyneApp.toml); Fyne keeps
// the preferences under it.
const appID = "io.github.conndoctor"

func main() {
	// Metadata as `fyne package` would inject it from FyneApp.toml, so a
	// plain `go build` behaves the same. fyneDo: every update from a
	// goroutine goes through fyne.Do (app/bridge.go).
	fyneapp.SetMetadata(fyne.AppMetadata{ID: appID, Name: app.Title, Version: engine.Version,
		Migrations: map[string]bool{"fyneDo": true}})
	a := fyneapp.NewWithID(appID)
	ui := app.New(a, app.Deps{})
	startTour(ui)
	startSoak(ui)
	ui.ShowAndRun()
}
