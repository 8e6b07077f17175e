package platform

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"testing"
)

func TestReadFirewall(t *testing.T) {
	rules, _ := os.ReadFile("testdata/nft_ruleset.json")
	cases := []struct {
		name    string
		out     []byte
		err     error
		legacy  string
		wantErr error
		notes   int
	}{
		{name: "rules", out: rules},
		{name: "rules and unreadable legacy tables", out: rules, legacy: "filter\nnat\n", notes: 1},
		{name: "not root", err: fmt.Errorf("exit status 1: Error: Operation not permitted (you must be root)"), wantErr: ErrFirewallRights},
		{name: "no nft", err: fmt.Errorf("exec: %w", exec.ErrNotFound), wantErr: ErrNotSupported},
	}
	for _, c := range cases {
		e := firewallEnv{
			run: func(context.Context, string, ...string) ([]byte, error) { return c.out, c.err },
			readFile: func(string) ([]byte, error) {
				if c.legacy == "" {
					return nil, os.ErrNotExist
				}
				return []byte(c.legacy), nil
			},
		}
		f, err := e.read(context.Background())
		if c.wantErr != nil {
			if !errors.Is(err, c.wantErr) {
				t.Errorf("%s: err %v, want %v", c.name, err, c.wantErr)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !f.Active || len(f.Notes) != c.notes || f.Managers[0] != "iptables-nft" {
			t.Errorf("%s: %+v", c.name, f)
		}
		if v := f.Evaluate(Packet{Dst: net.ParseIP("10.99.3.10"), Proto: "tcp", Port: 443, OutIface: "eth0"}).Verdict; v.Action != "drop" {
			t.Errorf("%s: %+v", c.name, v)
		}
	}
}

func TestReadFirewallWithLegacy(t *testing.T) {
	empty := []byte(`{"nftables":[{"table":{"family":"inet","name":"t"}},{"chain":{"family":"inet","table":"t","name":"o","type":"filter","hook":"output","prio":0,"policy":"accept"}}]}`)
	legacy, _ := os.ReadFile("testdata/iptables_legacy_save.txt")
	e := firewallEnv{
		run: func(_ context.Context, name string, _ ...string) ([]byte, error) {
			if name == "nft" {
				return empty, nil
			}
			return legacy, nil
		},
		readFile: func(string) ([]byte, error) { return []byte("filter\n"), nil },
	}
	f, err := e.read(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	v := f.Evaluate(Packet{Dst: net.ParseIP("10.99.3.10"), Proto: "tcp", Port: 443, OutIface: "eth0"}).Verdict
	if v.Action != "drop" || v.Where != "iptables filter ufw-user-output" || len(f.Notes) != 0 {
		t.Errorf("%+v / %+v", v, f)
	}
	if v := f.Evaluate(Packet{Dst: net.ParseIP("10.99.3.11"), Proto: "tcp", Port: 443, OutIface: "eth0"}).Verdict; v.Blocks() {
		t.Errorf("allowed traffic blocked: %+v", v)
	}
}
