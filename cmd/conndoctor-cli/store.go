package main

import (
	"errors"
	"flag"

	"github.com/conndoctor/conndoctor/history"
)

// dbFlags are the flags every subcommand that touches history takes.
type dbFlags struct {
	path     string
	newIfBad bool
}

func (d *dbFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&d.path, "db", "", "history database file (default: the user's config folder)")
	fs.BoolVar(&d.newIfBad, "new-db-if-corrupt", false, "if the database file is damaged, move it aside and start a new one")
}

// open opens the history store, printing a clear message on failure.
func (d *dbFlags) open(errs term) (*history.Store, error) {
	path := d.path
	if path == "" {
		p, err := history.DefaultPath()
		if err != nil {
			errs.println("conndoctor-cli:", err)
			return nil, err
		}
		path = p
	}
	s, err := history.Open(path, history.OpenOptions{SetAsideCorrupt: d.newIfBad})
	var ce *history.CorruptError
	switch {
	case errors.As(err, &ce):
		errs.printf("conndoctor-cli: %s is damaged or not a history database (%s). It was not changed.\nNext: move it away yourself, or run again with --new-db-if-corrupt to keep it as a .corrupt file and start a new database.\n", ce.Path, ce.Detail)
		return nil, err
	case err != nil:
		errs.println("conndoctor-cli:", err)
		return nil, err
	}
	if s.MovedAside != "" {
		errs.printf("conndoctor-cli: the damaged database was kept as %s; a new one was started.\n", s.MovedAside)
	}
	return s, nil
}

// loadRuns opens the store and loads the runs with the given IDs, printing
// a clear message on failure; the caller closes the store when ok.
func (d *dbFlags) loadRuns(ids []int64, errs term) (*history.Store, []*history.Run, bool) {
	s, err := d.open(errs)
	if err != nil {
		return nil, nil, false
	}
	runs := make([]*history.Run, len(ids))
	for i, id := range ids {
		if runs[i], err = s.Get(id); err != nil {
			errs.println("conndoctor-cli:", err)
			s.Close()
			return nil, nil, false
		}
	}
	return s, runs, true
}
