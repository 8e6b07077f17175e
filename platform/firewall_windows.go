package platform

import (
	"context"
	"errors"
	"fmt"
	"net"
	"runtime"

	ole "github.com/go-ole/go-ole"
	"github.com/go-ole/go-ole/oleutil"
)

// ReadFirewall reads Windows Defender Firewall through the COM API
// INetFwPolicy2 ("HNetCfg.FwPolicy2"): the profiles' states and default
// outbound actions and every outbound rule. Reading needs no administrator
// rights. netsh is not used: its output is localised.
func ReadFirewall(ctx context.Context) (*Firewall, error) {
	type result struct {
		f   *Firewall
		err error
	}
	done := make(chan result, 1)
	go func() {
		// COM calls stay on one OS thread.
		runtime.LockOSThread()
		defer runtime.UnlockOSThread()
		f, err := readFwPolicy()
		done <- result{f, err}
	}()
	select {
	case r := <-done:
		return r.f, r.err
	case <-ctx.Done():
		return nil, fmt.Errorf("platform: read firewall: %w", ctx.Err())
	}
}

// readFwPolicy reads the policy in the multithreaded apartment: this thread
// pumps no window messages, which a single-threaded apartment needs (it
// gets a hidden window), and HNetCfg.FwPolicy2 is registered "Both", so
// it lives in either. Under Wine 8 an STA here also made a second thread
// (beside the port range's WMI read) register a window class at once,
// and one run in about 300 hung inside win32u (see the README's Wine gaps).
func readFwPolicy() (*Firewall, error) {
	if err := ole.CoInitializeEx(0, ole.COINIT_MULTITHREADED); err != nil {
		if oe, ok := err.(*ole.OleError); !ok || oe.Code() != 1 { // S_FALSE: already initialised
			return nil, fmt.Errorf("platform: read firewall: COM: %w", err)
		}
	}
	defer ole.CoUninitialize()
	unknown, err := oleutil.CreateObject("HNetCfg.FwPolicy2")
	if err != nil {
		return nil, fmt.Errorf("platform: read firewall: INetFwPolicy2: %w", comError(err))
	}
	defer unknown.Release()
	policy, err := unknown.QueryInterface(ole.IID_IDispatch)
	if err != nil {
		return nil, fmt.Errorf("platform: read firewall: INetFwPolicy2: %w", err)
	}
	defer policy.Release()
	current := int(getInt(policy, "CurrentProfileTypes"))
	var profiles []WinFwProfile
	for _, t := range []int{1, 2, 4} {
		out := getIntArg(policy, "DefaultOutboundAction", t)
		profiles = append(profiles, WinFwProfile{Type: t, Current: current&t != 0,
			Enabled:       getBoolArg(policy, "FirewallEnabled", t),
			BlockOutbound: out == 0, OutboundUnknown: out < 0})
	}
	rules, err := readFwRules(policy)
	if err != nil {
		return nil, err
	}
	return windowsFirewall(profiles, rules, localSubnets()), nil
}

// readFwRules enumerates INetFwRules, keeping the outbound ones.
func readFwRules(policy *ole.IDispatch) ([]WinFwRule, error) {
	v, err := oleutil.GetProperty(policy, "Rules")
	if err != nil {
		return nil, fmt.Errorf("platform: read firewall rules: %w", comError(err))
	}
	coll := v.ToIDispatch()
	defer coll.Release()
	var rules []WinFwRule
	err = oleutil.ForEach(coll, func(item *ole.VARIANT) error {
		r := item.ToIDispatch()
		if r == nil {
			return nil
		}
		rule := WinFwRule{Direction: int(getInt(r, "Direction"))}
		if rule.Direction == 2 {
			rule.Name = getString(r, "Name")
			rule.Enabled = getBool(r, "Enabled")
			rule.Action = int(getInt(r, "Action"))
			rule.Protocol = int(getInt(r, "Protocol"))
			rule.RemoteAddresses = getString(r, "RemoteAddresses")
			rule.RemotePorts = getString(r, "RemotePorts")
			rule.Profiles = int(getInt(r, "Profiles"))
			rule.LocalPorts = getString(r, "LocalPorts")
			rule.Application = getString(r, "ApplicationName")
			rule.Service = getString(r, "ServiceName")
			rule.InterfaceTypes = getString(r, "InterfaceTypes")
			// INetFwRule3 (Windows 8 and later): Store-app and per-user rules.
			rule.Package = getString(r, "LocalAppPackageId")
			rule.Users = getString(r, "LocalUserAuthorizedList")
			rules = append(rules, rule)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("platform: read firewall rules: %w", comError(err))
	}
	return rules, nil
}

// localSubnets are the on-link subnets of this computer's interfaces, which
// the LocalSubnet keyword stands for.
func localSubnets() []*net.IPNet {
	var out []*net.IPNet
	addrs, _ := net.InterfaceAddrs()
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok {
			out = append(out, &net.IPNet{IP: n.IP.Mask(n.Mask), Mask: n.Mask})
		}
	}
	return out
}

// comErrorT is a COM error said in hex with its name, instead of
// FormatMessage's text (which Wine cannot produce for these codes).
type comErrorT struct {
	code uint32
	err  error
}

func (e comErrorT) Error() string { return hresultText(e.code) }
func (e comErrorT) Unwrap() error { return e.err }

// comError rewrites an *ole.OleError; other errors pass unchanged.
func comError(err error) error {
	var oe *ole.OleError
	if errors.As(err, &oe) {
		return comErrorT{code: uint32(oe.Code()), err: err}
	}
	return err
}

func getInt(d *ole.IDispatch, name string) int64 {
	v, err := oleutil.GetProperty(d, name)
	if err != nil {
		return -1
	}
	defer v.Clear()
	return variantInt(v)
}

func getIntArg(d *ole.IDispatch, name string, arg int) int64 {
	v, err := oleutil.GetProperty(d, name, arg)
	if err != nil {
		return -1
	}
	defer v.Clear()
	return variantInt(v)
}

func variantInt(v *ole.VARIANT) int64 {
	switch x := v.Value().(type) {
	case int32:
		return int64(x)
	case int64:
		return x
	case int16:
		return int64(x)
	case uint32:
		return int64(x)
	case bool:
		if x {
			return 1
		}
		return 0
	}
	return -1
}

func getBool(d *ole.IDispatch, name string) bool {
	v, err := oleutil.GetProperty(d, name)
	if err != nil {
		return false
	}
	defer v.Clear()
	b, _ := v.Value().(bool)
	return b
}

func getBoolArg(d *ole.IDispatch, name string, arg int) bool {
	v, err := oleutil.GetProperty(d, name, arg)
	if err != nil {
		return false
	}
	defer v.Clear()
	b, _ := v.Value().(bool)
	return b
}

func getString(d *ole.IDispatch, name string) string {
	v, err := oleutil.GetProperty(d, name)
	if err != nil {
		return ""
	}
	defer v.Clear()
	s, _ := v.Value().(string)
	return s
}
