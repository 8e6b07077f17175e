package target

import "testing"

func TestASCIIQuotes(t *testing.T) {
	for in, want := range map[string]string{
		"(‘10.0.0.5’, 7000)":             "('10.0.0.5', 7000)",
		"host “db” „x“ «y» ‚z‘":          `host "db" "x" "y" 'z'`,
		"it’s l’hôte n’autorise":         "it’s l’hôte n’autorise",
		"’x’":                            "'x'",
		"x’":                             "x'",
		"plain 'ascii' \"text\" – …\xe2": "plain 'ascii' \"text\" – …\xe2",
		"\xe2\x80":                       "\xe2\x80",
	} {
		if got := asciiQuotes(in); got != want {
			t.Errorf("asciiQuotes(%q) = %q, want %q", in, got, want)
		}
	}
}
