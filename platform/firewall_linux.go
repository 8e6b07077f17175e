package platform

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"time"
)

// firewallEnv is what ReadFirewall runs and reads; tests replace it.
type firewallEnv struct {
	run      func(ctx context.Context, name string, args ...string) ([]byte, error)
	readFile func(path string) ([]byte, error)
}

var osFirewallEnv = firewallEnv{
	run: func(ctx context.Context, name string, args ...string) ([]byte, error) {
		path, err := exec.LookPath(name)
		if err != nil {
			return nil, err
		}
		var stderr strings.Builder
		cmd := exec.CommandContext(ctx, path, args...)
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil && stderr.Len() > 0 {
			err = fmt.Errorf("%w: %s", err, strings.TrimSpace(stderr.String()))
		}
		return out, err
	},
	readFile: os.ReadFile,
}

// ReadFirewall reads the nftables ruleset (`nft -j list ruleset`), which
// also holds iptables-nft, ufw, firewalld and Docker rules. Without root it
// returns ErrFirewallRights.
func ReadFirewall(ctx context.Context) (*Firewall, error) {
	return osFirewallEnv.read(ctx)
}

func (e firewallEnv) read(ctx context.Context) (*Firewall, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	out, err := e.run(ctx, "nft", "-j", "list", "ruleset")
	switch {
	case errors.Is(err, exec.ErrNotFound):
		return nil, fmt.Errorf("platform: read firewall: the nft program is not installed (package nftables): %w", ErrNotSupported)
	case err != nil && isDenied(err.Error()):
		return nil, fmt.Errorf("platform: read firewall: %w (run: sudo nft list ruleset)", ErrFirewallRights)
	case err != nil:
		return nil, fmt.Errorf("platform: read firewall: nft: %w", err)
	}
	n, err := ParseNftJSON(out)
	if err != nil {
		return nil, err
	}
	var chains []string
	for _, c := range n.chains {
		chains = append(chains, c.Name)
	}
	sort.Strings(chains)
	f := &Firewall{Backend: "nftables", Managers: managersOf(n.Tables, chains), Policies: n.OutputPolicies(), eval: n.Evaluate}
	f.Active = len(f.Policies) > 0
	if b, err := e.readFile("/proc/net/ip_tables_names"); err == nil && strings.Contains(string(b), "filter") {
		e.addLegacy(ctx, f)
	}
	return f, nil
}

// addLegacy adds the iptables-legacy filter table, whose rules run beside
// nftables' and are not visible in `nft list ruleset`.
func (e firewallEnv) addLegacy(ctx context.Context, f *Firewall) {
	out, err := e.run(ctx, "iptables-legacy-save", "-t", "filter")
	var ipt *IPTables
	if err == nil {
		ipt, err = ParseIPTablesSave(out)
	}
	if err != nil {
		f.Notes = append(f.Notes, "iptables-legacy tables are loaded but could not be read ("+err.Error()+"): run iptables-legacy-save to see them")
		return
	}
	f.Managers = append(f.Managers, "iptables-legacy")
	f.Policies = append(f.Policies, "iptables-legacy filter OUTPUT: "+strings.ToLower(ipt.OutputPolicy()))
	f.Active = true
	nft := f.eval
	f.eval = func(p Packet) Evaluation {
		a, b := nft(p), ipt.Evaluate(p)
		a.Uncertain = append(a.Uncertain, b.Uncertain...)
		if !a.Verdict.Blocks() && b.Verdict.Blocks() {
			a.Verdict = b.Verdict
		}
		return a
	}
}
