// Package conndoctor is the root of Connection Doctor, a troubleshooter for
// "connection timed out". The programs are cmd/conndoctor (the desktop
// wizard) and cmd/conndoctor-cli; the engine is in engine, probes, diagnose,
// history and report. This file lets `fyne package` find FyneApp.toml here.
package conndoctor
