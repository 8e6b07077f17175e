package target

import (
	"math/rand"
	"reflect"
	"testing"
)

// TestURLIndexes: urlIndexes finds what reURLAll finds.
func TestURLIndexes(t *testing.T) {
	lines := []string{
		"mysql://db:3307/x", "Get \"https://a.corp/x\": x", "9http://a 1a+b.c-d://x y://_z ://a a:// a://", "x:://y s://[::1]:80/é|z",
		"a://b c://d e://f g://h i://j k://l m://n o://p q://r s://t", "h\xffttp://x\xff\xfe y `u://v` 'w://x' <a://b>", "",
	}
	alphabet := []byte("ab1+.-:/_[ ]\"'<>)|`\t\n\xc3\xa9\xff")
	rng := rand.New(rand.NewSource(1))
	for range 20000 {
		b := make([]byte, rng.Intn(24))
		for i := range b {
			b[i] = alphabet[rng.Intn(len(alphabet))]
		}
		lines = append(lines, string(b))
	}
	for _, l := range lines {
		for _, n := range []int{1, 8} {
			if got, want := urlIndexes(l, n), reURLAll.FindAllStringIndex(l, n); !reflect.DeepEqual(got, want) {
				t.Errorf("%q (%d): %v, want %v", l, n, got, want)
			}
		}
	}
}
