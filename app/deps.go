package app

import (
	"context"
	"time"

	"github.com/conndoctor/conndoctor/engine"
	"github.com/conndoctor/conndoctor/engine/watch"
	"github.com/conndoctor/conndoctor/history"
	"github.com/conndoctor/conndoctor/platform"
	"github.com/conndoctor/conndoctor/target"
)

// RunFunc runs one diagnosis and reports progress; engine.Run is the real
// one, tests pass scripted engines.
type RunFunc func(ctx context.Context, t target.Target, o engine.Options, progress func(engine.Event)) *engine.Report

// Deps are what the wizard works with. The zero fields take the real
// implementations; tests replace them.
type Deps struct {
	// Run runs a diagnosis (default engine.Run).
	Run RunFunc
	// OpenStore opens the history database (default history.Open, at
	// history.DefaultPath when path is "").
	OpenStore func(path string, o history.OpenOptions) (*history.Store, error)
	// Documents is the folder reports are saved in unless the user picks
	// another (default: the user's Documents folder, else home).
	Documents func() string
	// OpenFolder shows a folder in the file manager (default: xdg-open or
	// explorer.exe with the folder as its one argument).
	OpenFolder func(dir string) error
	// FlushDNS empties the DNS cache (default platform.FlushDNS).
	FlushDNS func(context.Context) (platform.FlushResult, error)
	// Now is the clock of report times (default time.Now).
	Now func() time.Time
	// WatchSampler and WatchClock take a watch's samples and keep its time
	// (nil: the real probes and clock).
	WatchSampler watch.Sampler
	WatchClock   watch.Clock
}

// withDefaults fills the zero fields.
func (d Deps) withDefaults() Deps {
	if d.Run == nil {
		d.Run = engine.Run
	}
	if d.OpenStore == nil {
		d.OpenStore = openStore
	}
	if d.FlushDNS == nil {
		d.FlushDNS = platform.FlushDNS
	}
	if d.Documents == nil {
		d.Documents = documentsFolder
	}
	if d.OpenFolder == nil {
		d.OpenFolder = openFolder
	}
	if d.Now == nil {
		d.Now = time.Now
	}
	return d
}

func openStore(path string, o history.OpenOptions) (*history.Store, error) {
	if path == "" {
		p, err := history.DefaultPath()
		if err != nil {
			return nil, err
		}
		path = p
	}
	return history.Open(path, o)
}
