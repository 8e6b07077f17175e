package platform

import "testing"

func TestHresultText(t *testing.T) {
	cases := map[uint32]string{
		0x8002802B: "COM error 0x8002802B (TYPE_E_ELEMENTNOTFOUND, element not found)", // Wine 8 enumerating INetFwRules
		0x12345678: "COM error 0x12345678",
	}
	for code, want := range cases {
		if got := hresultText(code); got != want {
			t.Errorf("%#x: %q, want %q", code, got, want)
		}
	}
}
