package target

import "testing"

// emphasisLineCases are texts with Markdown emphasis around whole lines
// and what unemphasiseLines makes of them; they are fuzz seeds too.
var emphasisLineCases = []struct{ in, want string }{
	{"> _Unable to download:\nCannot\nresolve hostname_", ">  Unable to download:\nCannot\nresolve hostname "},
	{"**Connection refused**", "  Connection refused  "},
	{"*timed out on db.corp.test*\r\n", " timed out on db.corp.test \r\n"},
	{"__init__", "  init  "},
	// Left: a mark with no partner, a list's bullet, a partner in the
	// next paragraph, a closing mark after a blank or a mark.
	{"_Unable to connect to db.corp.test", "_Unable to connect to db.corp.test"},
	{"* item one\n* item two*", "* item one\n* item two*"},
	{"_first\n\nsecond_", "_first\n\nsecond_"},
	{"_a _", "_a _"},
	{"*a**", "*a**"},
	{"x_y_", "x_y_"},
}

func TestUnemphasiseLines(t *testing.T) {
	keepsShape(t, "unemphasiseLines", unemphasiseLines, emphasisLineCases)
}
