//go:build linux

package lab

import (
	"strings"
	"testing"
)

// winedbgOut is winedbg's "bt all" output (Wine 8.0, Debian), cut short.
const winedbgOut = `0x000001700555f5 ntdll+0x555f5: ret	

Backtracing for thread 0024 in process 0020 (C:\windows\system32\start.exe):
Backtrace:
=>0 0x0000017000ebe4 in ntdll (+0xebe4) (0x000000fffffff4)
  1 0x0000007b075550 WaitForMultipleObjectsEx+0xc8(count=0x1, handles=000000000021FC00, wait_all=0, timeout=<internal error>, alertable=0) [Z:\work\main\dlls\kernelbase\sync.c:343] in kernelbase (0x000000fffffff4)
Backtracing for thread 0104 in process 0100 (Z:\tmp\conndoctor-wine1\conndoctor-cli.exe):
Backtrace:
=>0 0x0000017000ebe4 in ntdll (+0xebe4) (0x000000fffffff4)
  1 0x0000017005dca8 RtlExitUserProcess+0x20() [Z:\work\main\dlls\ntdll\loader.c:4001] in ntdll
Backtracing for thread 0034 in process 0030 (C:\windows\system32\services.exe):
Backtrace:
=>0 0x0000017000ebe4 in ntdll (+0xebe4) (0x000000fffffff4)
`

func TestPickBacktraces(t *testing.T) {
	for _, tc := range []struct {
		name, all, exe string
		want, not      []string
	}{
		{"one process", winedbgOut, "conndoctor-cli.exe", []string{"thread 0104", "RtlExitUserProcess"}, []string{"start.exe", "services.exe", "WaitForMultipleObjectsEx"}},
		{"case", winedbgOut, "CONNDOCTOR-CLI.EXE", []string{"RtlExitUserProcess"}, []string{"services.exe"}},
		{"every process", winedbgOut, "", []string{"start.exe", "services.exe", "RtlExitUserProcess"}, nil},
		{"absent", winedbgOut, "other.exe", []string{"no thread of other.exe", "start.exe"}, nil},
		{"winedbg failed", "winedbg: signal: killed", "conndoctor-cli.exe", []string{"winedbg: signal: killed"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := pickBacktraces(tc.all, tc.exe)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("missing %q in:\n%s", w, got)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(got, n) {
					t.Errorf("has %q:\n%s", n, got)
				}
			}
		})
	}
}

func TestThreadStat(t *testing.T) {
	for _, tc := range []struct{ stat, want string }{
		{"2214 (wineserver64) S 1 2214 2214 0 -1 4194560 1200 0 0 0 31 45 0 0 20 0 1 0 900 10000 2000", "state S, utime 31, stime 45"},
		{"7 (a) b) c) R 1 7 7 0 -1 0 0 0 0 0 5 6 0 0", "state R, utime 5, stime 6"},
		{"garbage", "?"},
		{"1 (short) S 1", "?"},
	} {
		if got := threadStat(tc.stat); got != tc.want {
			t.Errorf("threadStat(%q) = %q, want %q", tc.stat, got, tc.want)
		}
	}
}
