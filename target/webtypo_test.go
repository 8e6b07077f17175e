package target

import "testing"

// TestWebTypo: a scheme one slip from https or http reads as it; others,
// known schemes and defanged ones ("hxxp"), stay as written.
func TestWebTypo(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"httos", "https"}, {"htps", "https"}, {"httpss", "https"}, {"htpts", "https"}, {"hhttps", "https"},
		{"htttp", "http"}, {"htp", "http"}, {"htpp", "http"}, {"thtp", "http"}, {"gttps", "https"}, {"smtp", "smtp"}, {"htfp", "http"},
		{"hxxp", "hxxp"}, {"hxxps", "hxxps"}, {"ftp", "ftp"}, {"https", "https"}, {"h", "h"}, {"", ""},
	} {
		if got := webTypo(c.in); got != c.want {
			t.Errorf("webTypo(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
