//go:build windows

package platform

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	ole "github.com/go-ole/go-ole"
	"github.com/go-ole/go-ole/oleutil"
)

// portRangeFresh is how long a port range read stays good: every port
// check of a run (one per address of the name, at once) shares one read.
const portRangeFresh = 30 * time.Second

// portRange caches the last read and lets one read run at a time.
var portRange struct {
	mu     sync.Mutex
	at     time.Time
	lo, hi int
	err    error
	flight chan struct{} // closed when the read under way ends
}

// TCPDynamicPortRange returns the dynamic (ephemeral) port range new TCP
// connections take their local port from, the first and last port: the
// DynamicPortRangeStartPort and DynamicPortRangeNumberOfPorts of WMI's
// MSFT_NetTCPSetting (root\StandardCimv2), the documented interface
// behind Get-NetTCPSetting and netsh's "show dynamicportrange". It is
// read through COM, with no administrator rights, at most once every
// portRangeFresh.
func TCPDynamicPortRange(ctx context.Context) (lo, hi int, err error) {
	portRange.mu.Lock()
	if portRange.flight == nil && !portRange.at.IsZero() && time.Since(portRange.at) < portRangeFresh {
		defer portRange.mu.Unlock()
		return portRange.lo, portRange.hi, portRange.err
	}
	flight := portRange.flight
	if flight == nil {
		flight = make(chan struct{})
		portRange.flight = flight
		go func() {
			lo, hi, err := readPortRange()
			portRange.mu.Lock()
			defer portRange.mu.Unlock()
			portRange.at, portRange.lo, portRange.hi, portRange.err = time.Now(), lo, hi, err
			portRange.flight = nil
			close(flight)
		}()
	}
	portRange.mu.Unlock()
	select {
	case <-flight:
		portRange.mu.Lock()
		defer portRange.mu.Unlock()
		return portRange.lo, portRange.hi, portRange.err
	case <-ctx.Done():
		return 0, 0, fmt.Errorf("platform: MSFT_NetTCPSetting: %w", ctx.Err())
	}
}

// readPortRange queries MSFT_NetTCPSetting on a thread of its own (COM
// calls stay on one OS thread).
func readPortRange() (int, int, error) {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	rows, err := queryTCPSettings()
	if err != nil {
		return 0, 0, err
	}
	return PickTCPPortRange(rows)
}

// queryTCPSettings asks WMI for every MSFT_NetTCPSetting instance. Its
// thread is a single-threaded apartment: WbemScripting.SWbemLocator is
// registered "Apartment" (in the multithreaded apartment COM would host it
// on a thread of its own, window and all). It is the only STA the program
// makes (the firewall read is in the MTA).
func queryTCPSettings() ([]TCPSetting, error) {
	const what = `platform: WMI root\StandardCimv2 MSFT_NetTCPSetting`
	if err := ole.CoInitializeEx(0, ole.COINIT_APARTMENTTHREADED); err != nil {
		if oe, ok := err.(*ole.OleError); !ok || oe.Code() != 1 { // S_FALSE: already initialised
			return nil, fmt.Errorf("%s: COM: %w", what, err)
		}
	}
	defer ole.CoUninitialize()
	unknown, err := oleutil.CreateObject("WbemScripting.SWbemLocator")
	if err != nil {
		return nil, fmt.Errorf("%s: SWbemLocator: %w", what, wmiError(err))
	}
	defer unknown.Release()
	locator, err := unknown.QueryInterface(ole.IID_IDispatch)
	if err != nil {
		return nil, fmt.Errorf("%s: SWbemLocator: %w", what, wmiError(err))
	}
	defer locator.Release()
	svcV, err := oleutil.CallMethod(locator, "ConnectServer", ".", `root\StandardCimv2`)
	if err != nil {
		return nil, fmt.Errorf("%s: ConnectServer: %w", what, wmiError(err))
	}
	defer svcV.Clear()
	resV, err := oleutil.CallMethod(svcV.ToIDispatch(), "ExecQuery",
		"SELECT SettingName, DynamicPortRangeStartPort, DynamicPortRangeNumberOfPorts FROM MSFT_NetTCPSetting")
	if err != nil {
		return nil, fmt.Errorf("%s: ExecQuery: %w", what, wmiError(err))
	}
	defer resV.Clear()
	var rows []TCPSetting
	err = oleutil.ForEach(resV.ToIDispatch(), func(v *ole.VARIANT) error {
		item := v.ToIDispatch()
		rows = append(rows, TCPSetting{Name: getString(item, "SettingName"),
			Start: getInt(item, "DynamicPortRangeStartPort"), Count: getInt(item, "DynamicPortRangeNumberOfPorts")})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, wmiError(err))
	}
	return rows, nil
}

// wbemNames name the WMI errors a query meets in practice.
var wbemNames = map[uint32]string{
	0x8004100E: "WBEM_E_INVALID_NAMESPACE, no such namespace",
	0x80041010: "WBEM_E_INVALID_CLASS, no such class",
	0x80041003: "WBEM_E_ACCESS_DENIED, access denied",
	0x80041017: "WBEM_E_INVALID_QUERY, invalid query",
}

// wmiError says a failed WMI call's COM error, and for an exception
// (DISP_E_EXCEPTION) the error code the method raised.
func wmiError(err error) error {
	var oe *ole.OleError
	if !errors.As(err, &oe) {
		return err
	}
	text := hresultText(uint32(oe.Code()))
	if oe.Code() == 0x80020009 {
		text = "COM error 0x80020009 (DISP_E_EXCEPTION, the method raised an error)"
	}
	var ex ole.EXCEPINFO
	if sub, ok := oe.SubError().(ole.EXCEPINFO); ok {
		ex = sub
	}
	if code := ex.SCODE(); code != 0 {
		text += fmt.Sprintf(", raised 0x%08X", code)
		if n, ok := wbemNames[code]; ok {
			text += " (" + n + ")"
		}
	}
	return wmiErr{text: text, err: err}
}

// wmiErr is a WMI call's error in words, wrapping the COM error.
type wmiErr struct {
	text string
	err  error
}

func (e wmiErr) Error() string { return e.text }
func (e wmiErr) Unwrap() error { return e.err }
