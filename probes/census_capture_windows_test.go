//go:build windows

package probes

import (
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/conndoctor/conndoctor/platform"
)

// TestCaptureTCPTable re-records testdata/windows-tcptable: it listens on
// 127.0.0.1:44301 and [::1]:44302, opens two connections to each, closes
// one from the client side (TIME_WAIT) and keeps the other (ESTABLISHED),
// then saves what GetExtendedTcpTable returns for each family and the
// client ports it used. It runs only when asked
// (CONNDOCTOR_CAPTURE_TCPTABLE=<folder>), in a network namespace of its
// own (the table lists every socket of the system).
func TestCaptureTCPTable(t *testing.T) {
	dir := os.Getenv("CONNDOCTOR_CAPTURE_TCPTABLE")
	if dir == "" {
		t.Skip("set CONNDOCTOR_CAPTURE_TCPTABLE to a folder to re-record testdata/windows-tcptable")
	}
	var notes string
	for _, addr := range []string{"127.0.0.1:44301", "[::1]:44302"} {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer ln.Close()
		go func() {
			for {
				c, err := ln.Accept()
				if err != nil {
					return
				}
				go func() { // closes when the client does
					io.Copy(io.Discard, c)
					c.Close()
				}()
			}
		}()
		var ports []int
		for i := range 2 {
			c, err := net.DialTimeout("tcp", addr, 2*time.Second)
			if err != nil {
				t.Fatal(err)
			}
			ports = append(ports, c.LocalAddr().(*net.TCPAddr).Port)
			if i == 0 {
				c.Close() // the client closes first: TIME_WAIT on its side
			} else {
				defer c.Close()
			}
		}
		notes += fmt.Sprintf("%s closed from port %d, open from port %d\n", addr, ports[0], ports[1])
	}
	time.Sleep(200 * time.Millisecond)
	for _, v6 := range []bool{false, true} {
		b, err := platform.TCPTable(v6, 1<<20)
		if err != nil {
			t.Fatal(err)
		}
		name := map[bool]string{false: "tcptable4.bin", true: "tcptable6.bin"}[v6]
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d bytes", name, len(b))
	}
	if err := os.WriteFile(filepath.Join(dir, "ports.txt"), []byte(notes), 0o644); err != nil {
		t.Fatal(err)
	}
	lo, hi, err := platform.TCPDynamicPortRange(t.Context())
	t.Logf("dynamic port range: %d–%d, %v", lo, hi, err)
}
