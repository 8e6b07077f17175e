package platform

import (
	"errors"
	"fmt"
	"time"

	"github.com/dop251/goja"

	"github.com/conndoctor/conndoctor/internal/textcap"
)

// pacMaxStack bounds the script's call depth (endless recursion).
const pacMaxStack = 1000

// errPACLong means FindProxyForURL answered more than MaxPACAnswer bytes.
var errPACLong = errors.New("platform: the PAC answer is too long")

// runPAC evaluates a PAC script in this process, within timeout: the
// helpers, the script, then FindProxyForURL. It is what the PAC process
// runs (pacproc.go); resolve answers dnsResolve ("" for no address).
func runPAC(req pacRequest, timeout time.Duration, resolve func(host string) string) (string, error) {
	vm := goja.New()
	vm.SetMaxCallStackSize(pacMaxStack)
	t := time.AfterFunc(timeout, func() { vm.Interrupt(ErrPACTimeout) })
	defer t.Stop()
	vm.Set("dnsResolve", func(h string) any {
		if ip := resolve(h); ip != "" {
			return ip
		}
		return nil
	})
	vm.Set("myIpAddress", func() string { return req.MyIP })
	if _, err := vm.RunString(pacHelpers); err != nil {
		return "", fmt.Errorf("platform: PAC helpers: %w", err)
	}
	if _, err := vm.RunString(req.Script); err != nil {
		return "", pacError("the PAC file has an error", err)
	}
	find, ok := goja.AssertFunction(vm.Get("FindProxyForURL"))
	if !ok {
		return "", errors.New("platform: the PAC file defines no FindProxyForURL function")
	}
	v, err := find(goja.Undefined(), vm.ToValue(req.URL), vm.ToValue(req.Host))
	if err != nil {
		return "", pacError("FindProxyForURL failed", err)
	}
	s := v.String()
	if len(s) > MaxPACAnswer {
		return "", fmt.Errorf("%w: %d bytes, at most %d are accepted", errPACLong, len(s), MaxPACAnswer)
	}
	return s, nil
}

// pacError describes a script's failure; its text (which the script
// chooses) is capped.
func pacError(what string, err error) error {
	var ie *goja.InterruptedError
	if errors.As(err, &ie) {
		return fmt.Errorf("platform: %w", ErrPACTimeout)
	}
	return fmt.Errorf("platform: %s: %s", what, textcap.Cap(err.Error()))
}
