// Package app is Connection Doctor's desktop wizard, built with Fyne.
//
// The wizard has three tabs: Check (target → checking → diagnosis →
// comparison), History and Settings. It reads the plain result structs of
// packages engine, history and report and never talks to probes directly.
//
// Threading: the engine reports progress from its own goroutines. Every such
// update reaches widgets through one bridge (bridge.go), which applies it on
// the Fyne thread with fyne.Do. Database work and report rendering run off
// the Fyne thread and hand their results back through the same bridge.
package app
