package app

import (
	"fmt"
	"os"
	"os/exec"
	"syscall"
	"testing"
)

// netnsEnv marks the test binary re-executed inside its own network
// namespace.
const netnsEnv = "CONNDOCTOR_APP_TEST_NETNS"

// inPrivateNetns is true when the tests run in a network namespace of their
// own, where only loopback exists: the real engine can then run without a
// packet reaching this machine's real gateway or resolver.
var inPrivateNetns bool

// TestMain re-runs the tests in a new network namespace (as root, or as a
// mapped root in a user namespace). When that is impossible the tests run
// here and the real-engine test skips.
func TestMain(m *testing.M) {
	if os.Getenv(netnsEnv) == "1" {
		if err := exec.Command("ip", "link", "set", "lo", "up").Run(); err != nil {
			fmt.Fprintln(os.Stderr, "app tests: cannot bring loopback up in the test namespace:", err)
		} else {
			inPrivateNetns = true
		}
		os.Exit(m.Run())
	}
	cmd := exec.Command(os.Args[0], os.Args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.Env = append(os.Environ(), netnsEnv+"=1")
	cmd.SysProcAttr = &syscall.SysProcAttr{Cloneflags: syscall.CLONE_NEWNET}
	if os.Getuid() != 0 {
		cmd.SysProcAttr.Cloneflags |= syscall.CLONE_NEWUSER
		cmd.SysProcAttr.UidMappings = []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getuid(), Size: 1}}
		cmd.SysProcAttr.GidMappings = []syscall.SysProcIDMap{{ContainerID: 0, HostID: os.Getgid(), Size: 1}}
	}
	err := cmd.Start()
	if err != nil {
		fmt.Fprintln(os.Stderr, "app tests: no private network namespace (", err, "); the real-engine test will skip")
		os.Exit(m.Run())
	}
	err = cmd.Wait()
	if ee, ok := err.(*exec.ExitError); ok {
		os.Exit(ee.ExitCode())
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Exit(0)
}
