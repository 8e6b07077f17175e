package main

import (
	"os"
	"strconv"

	"github.com/conndoctor/conndoctor/app"
)

// startSoak starts the memory soak when CONNDOCTOR_SOAK names an output
// file, CONNDOCTOR_SOAK_RUNS a number of runs and CONNDOCTOR_TOUR_TARGET a
// target (see `make soak`); CONNDOCTOR_SOAK_HEAP may name a heap profile.
func startSoak(ui *app.UI) {
	out, tgt := os.Getenv("CONNDOCTOR_SOAK"), os.Getenv("CONNDOCTOR_TOUR_TARGET")
	n, err := strconv.Atoi(os.Getenv("CONNDOCTOR_SOAK_RUNS"))
	if out != "" && tgt != "" && err == nil && n > 0 {
		go ui.Soak(n, tgt, out, os.Getenv("CONNDOCTOR_SOAK_HEAP"))
	}
}
