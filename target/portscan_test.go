package target

import (
	"reflect"
	"regexp"
	"testing"
)

// TestHostPortMatches: hostPortMatches finds what the expression it
// stands for finds over the whole text.
func TestHostPortMatches(t *testing.T) {
	texts := []string{
		"db.corp.test:5432 DB.CORP.TEST port 25 ('db.corp.test', 3306) db.corp.testx:1",
		"hostname: 'db.corp.test',\n2023-04-11 db.corp.test:\n:80 'db.corp.test' , 'port' => '8080'",
		"aaaa:1 aa:2aa:3 aaa port 4 aa:99999999 aa:7",
		"ſs.corp:1 ss.corp:2 ꓘk:3",
		"a:1 a:2 a:3 a:4 a:5 a:6 a:7 a:8 a:9 a:10",
		"no port here", "",
	}
	hosts := []string{"db.corp.test", "aa", "a", "ss.corp", "kk", "A", "x"}
	for _, text := range texts {
		for _, host := range hosts {
			for _, n := range []int{1, 8} {
				want := regexp.MustCompile(`(?i)`+regexp.QuoteMeta(host)+hostPortAfter).FindAllStringSubmatchIndex(text, n)
				if got := hostPortMatches(text, host, n); !reflect.DeepEqual(got, want) {
					t.Errorf("%q in %q (%d): %v, want %v", host, text, n, got, want)
				}
			}
		}
	}
}
