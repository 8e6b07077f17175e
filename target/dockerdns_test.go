package target

import (
	"reflect"
	"testing"
)

func TestDockerServices(t *testing.T) {
	for _, c := range []struct {
		in   string
		want map[string]bool
	}{
		{"dial tcp: lookup domain on 127.0.0.11:53: no such host", map[string]bool{"domain": true}},
		{"lookup Redis on 127.0.0.11:53: server misbehaving\nlookup db on 127.0.0.11:53: no such host", map[string]bool{"redis": true, "db": true}},
		{"lookup api.corp.net on 127.0.0.11:53: no such host", nil},
		{"lookup domain on 127.0.0.53:53: no such host", nil},
		{"lookup domain on 127.0.0.11:5353: no such host", nil},
		{"lookup xxx on 127.0.0.11:53: no such host", map[string]bool{"xxx": true}},
	} {
		if got := dockerServices(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("dockerServices(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
