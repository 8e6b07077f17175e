package target

import (
	"math/rand"
	"strings"
	"testing"
)

// TestPairNeeds: a line holding a pair extractor's needle that its
// expression matches passes its need.
func TestPairNeeds(t *testing.T) {
	lines := []string{
		"host='db', port=5432", "HostName : \"db\" ,PORT: '5432'", "Connection timed out, host: x, port: 587",
		"('10.0.0.5', 8080)", "{ '::1' ,\t8080, 0, 0}, ', ", "hoſt='db', port=1", "{'host_ip': '0.0.0.0', 'esp_port': 8266}",
	}
	alphabet := []string{"host", "name", "port", "HOST", "Port", " ", "\t", "=", ":", "'", "\"", ",", "(", "{", ")", "}", "1", "db", "ſ", "_",
		"host=", "HostName : ", "'db'", "db.corp", ", ", ",port=", "PORT: ", "5432", "('10.0.0.5', ", "8080)", "{\"x\",", "9}"}
	rng := rand.New(rand.NewSource(1))
	for range 100000 {
		l := ""
		for n := rng.Intn(10); n > 0; n-- {
			l += alphabet[rng.Intn(len(alphabet))]
		}
		lines = append(lines, l)
	}
	for _, e := range extractors {
		if e.need == nil || e.needle != "port" && e.needle != "', " {
			continue // another's need
		}
		matched := 0
		for _, l := range lines {
			if low := lowerAligned(l); strings.Contains(low, e.needle) && e.re.MatchString(l) && !e.need(low) {
				t.Errorf("%q matches %s but fails its need", l, e.re)
			}
			if e.re.MatchString(l) {
				matched++
			}
		}
		if matched < 2 {
			t.Errorf("%s: %d lines match, too few to tell", e.re, matched)
		}
	}
}

// TestSettingKeyed: a line settingKey matches passes settingKeyed.
func TestSettingKeyed(t *testing.T) {
	alphabet := []string{"host", "name", "s", "server", "ADDRESS", "Hosts", " ", "\t", "=", ":", ".", "1", "{", ",", ";", "'", "db", "ſ", "_", "x"}
	rng := rand.New(rand.NewSource(1))
	matched := 0
	for range 100000 {
		l := ""
		for n := rng.Intn(8); n > 0; n-- {
			l += alphabet[rng.Intn(len(alphabet))]
		}
		if settingKey.MatchString(l) {
			matched++
			if !settingKeyed(lowerAligned(l)) {
				t.Errorf("%q matches settingKey but fails settingKeyed", l)
			}
		}
	}
	if matched < 100 {
		t.Errorf("%d lines match, too few to tell", matched)
	}
}
