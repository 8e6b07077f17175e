package platform

import "fmt"

// hresultNames name the COM errors the firewall API gives in practice.
var hresultNames = map[uint32]string{
	0x8002802B: "TYPE_E_ELEMENTNOTFOUND, element not found",
	0x80004001: "E_NOTIMPL, not implemented",
	0x80040154: "REGDB_E_CLASSNOTREG, class not registered",
	0x80070005: "E_ACCESSDENIED, access denied",
	0x800706D9: "EPT_S_NOT_REGISTERED, the firewall service is not running",
	0x80070422: "ERROR_SERVICE_DISABLED, the firewall service is disabled",
}

// hresultText says a COM error code as Windows documents it: in hex, with
// its name when known.
func hresultText(code uint32) string {
	if n, ok := hresultNames[code]; ok {
		return fmt.Sprintf("COM error 0x%08X (%s)", code, n)
	}
	return fmt.Sprintf("COM error 0x%08X", code)
}
