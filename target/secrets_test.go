package target

import "testing"

func TestRedactURL(t *testing.T) {
	cases := map[string]string{
		"http://user:s3cret@proxy.corp:3128": "http://user:xxxxx@proxy.corp:3128",
		"http://proxy.corp:3128":             "http://proxy.corp:3128",
		"user:pa:ss@proxy:8080":              "user:xxxxx@proxy:8080",
		"proxy:8080":                         "proxy:8080",
		"localhost,.corp,10.0.0.0/8":         "localhost,.corp,10.0.0.0/8",
	}
	for in, want := range cases {
		if got := RedactURL(in); got != want {
			t.Errorf("RedactURL(%q) = %q, want %q", in, got, want)
		}
	}
}
