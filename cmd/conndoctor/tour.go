package main

import (
	"os"

	"github.com/conndoctor/conndoctor/app"
)

// startTour starts the screenshot tour when CONNDOCTOR_TOUR names a folder
// and CONNDOCTOR_TOUR_TARGET a target (see `make screenshot`).
func startTour(ui *app.UI) {
	dir, tgt := os.Getenv("CONNDOCTOR_TOUR"), os.Getenv("CONNDOCTOR_TOUR_TARGET")
	if dir != "" && tgt != "" {
		go ui.Tour(dir, tgt)
	}
}
