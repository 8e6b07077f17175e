package app

import (
	"time"

	"fyne.io/fyne/v2"

	"github.com/conndoctor/conndoctor/probes"
)

// Settings are the user's choices, stored with Fyne preferences.
type Settings struct {
	// PortTimeout bounds the TCP connection attempt.
	PortTimeout time.Duration
	// AnswerWait bounds the wait for the server's answer once connected.
	AnswerWait time.Duration
	// NoTrace skips the traceroutes; NoMTU the path MTU check.
	NoTrace, NoMTU bool
	// DBPath is the history database file ("" = the user's config folder).
	DBPath string
	// Redact is the default of "hide host names and addresses" on export.
	Redact bool
	// Reference is a target checked beside every run to tell "the network
	// works in general" ("" = off, the default).
	Reference string
	// Theme is "system", "light" or "dark".
	Theme string
	// Width and Height are the window size last used.
	Width, Height float32
}

// Preference keys.
const (
	prefTimeout   = "check.port_timeout_ms"
	prefWait      = "check.answer_wait_ms"
	prefNoTrace   = "check.no_trace"
	prefNoMTU     = "check.no_mtu"
	prefDB        = "history.db_path"
	prefRedact    = "export.redact"
	prefReference = "check.reference_target"
	prefTheme     = "look.theme"
	prefWidth     = "window.width"
	prefHeight    = "window.height"
)

// timeouts are the port timeouts offered, as shown.
var timeouts = []string{"1s", "3s", "5s", "10s", "30s"}

// waits are the answer waits offered, as shown.
var waits = []string{"10s", "30s", "1m0s", "2m0s"}

// themes are the theme choices, as shown and as stored.
var themes = []string{"system", "light", "dark"}

// defaultSettings are the settings of a first start.
func defaultSettings() Settings {
	return Settings{PortTimeout: 3 * time.Second, AnswerWait: probes.DefaultAnswerWait, Theme: "system", Width: 1000, Height: 740}
}

// loadSettings reads the settings, falling back to the defaults for
// anything missing or out of range.
func loadSettings(p fyne.Preferences) Settings {
	d := defaultSettings()
	s := Settings{
		PortTimeout: time.Duration(p.IntWithFallback(prefTimeout, int(d.PortTimeout/time.Millisecond))) * time.Millisecond,
		AnswerWait:  time.Duration(p.IntWithFallback(prefWait, int(d.AnswerWait/time.Millisecond))) * time.Millisecond,
		NoTrace:     p.Bool(prefNoTrace),
		NoMTU:       p.Bool(prefNoMTU),
		DBPath:      p.String(prefDB),
		Redact:      p.Bool(prefRedact),
		Reference:   p.String(prefReference),
		Theme:       p.StringWithFallback(prefTheme, d.Theme),
		Width:       float32(p.FloatWithFallback(prefWidth, float64(d.Width))),
		Height:      float32(p.FloatWithFallback(prefHeight, float64(d.Height))),
	}
	if s.PortTimeout < time.Second || s.PortTimeout > time.Minute {
		s.PortTimeout = d.PortTimeout
	}
	if s.AnswerWait < time.Second || s.AnswerWait > 10*time.Minute {
		s.AnswerWait = d.AnswerWait
	}
	if !contains(themes, s.Theme) {
		s.Theme = d.Theme
	}
	if s.Width < 640 || s.Height < 480 || s.Width > 10000 || s.Height > 10000 {
		s.Width, s.Height = d.Width, d.Height
	}
	return s
}

// save writes the settings.
func (s Settings) save(p fyne.Preferences) {
	p.SetInt(prefTimeout, int(s.PortTimeout/time.Millisecond))
	p.SetInt(prefWait, int(s.AnswerWait/time.Millisecond))
	p.SetBool(prefNoTrace, s.NoTrace)
	p.SetBool(prefNoMTU, s.NoMTU)
	p.SetString(prefDB, s.DBPath)
	p.SetBool(prefRedact, s.Redact)
	p.SetString(prefReference, s.Reference)
	p.SetString(prefTheme, s.Theme)
	p.SetFloat(prefWidth, float64(s.Width))
	p.SetFloat(prefHeight, float64(s.Height))
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
