//go:build linux

// Command run makes a lab and runs the capture tool (../win) under Wine in
// its client namespace, against a few staged faults (as root, from the
// repository's root):
//
//	GOOS=windows go build -o /tmp/wcap.exe ./probes/testdata/icmp/capture/win
//	go build -o /tmp/wcaprun ./probes/testdata/icmp/capture/run
//	/tmp/wcaprun /tmp/wcap.exe "$(mktemp -d)"
package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/conndoctor/conndoctor/lab"
)

func main() {
	exe, dir := os.Args[1], os.Args[2]
	l, err := lab.New()
	if err != nil {
		panic(err)
	}
	defer l.Close()
	w, err := lab.NewWine(dir, filepath.Join("lab", "testdata", "wine", "bcryptprimitives.c"))
	if err != nil {
		panic(err)
	}
	defer w.Stop()
	type c struct {
		name, stage string
		args        []string
	}
	for _, k := range []c{
		{"echo reply", "", []string{lab.ServerAddr, "64", "32"}},
		{"ttl expired at r1", "", []string{lab.ServerAddr, "1", "32"}},
		{"ttl expired at r2", "", []string{lab.ServerAddr, "2", "32"}},
		{"timeout (dead host on server LAN)", "", []string{"10.99.3.99", "64", "32"}},
		{"IPv6 echo", "", []string{lab.ServerAddr6, "64", "32"}},
		{"big DF", "r1: ip link set eth1 mtu 1400\nr2: ip link set eth0 mtu 1400", []string{lab.ServerAddr, "64", "1472", "df"}},
		{"big DF again", "", []string{lab.ServerAddr, "64", "1472", "df"}},
		{"host unreachable route", "r2: ip route add unreachable 10.99.3.8/29", []string{lab.ServerAddr, "64", "32"}},
		{"prohibit route", "r2: ip route del unreachable 10.99.3.8/29\nr2: ip route add prohibit 10.99.3.8/29", []string{lab.ServerAddr, "64", "32"}},
	} {
		if k.stage != "" {
			if err := l.Script(k.stage); err != nil {
				panic(err)
			}
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		cmd, err := w.Command(ctx, l, lab.Client, exe, k.args...)
		if err != nil {
			panic(err)
		}
		out, err := cmd.CombinedOutput()
		cancel()
		fmt.Printf("== %s %v (err %v)\n%s\n", k.name, k.args, err, out)
	}
}
