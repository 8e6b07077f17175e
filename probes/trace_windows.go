//go:build windows

package probes

import (
	"context"
	"encoding/binary"
	"net"
	"os"
	"sync"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"

	"github.com/conndoctor/conndoctor/internal/failure"
)

var (
	iphlpapi          = windows.NewLazySystemDLL("iphlpapi.dll")
	procIcmpCreate    = iphlpapi.NewProc("IcmpCreateFile")
	procIcmpClose     = iphlpapi.NewProc("IcmpCloseHandle")
	procIcmpSendEcho2 = iphlpapi.NewProc("IcmpSendEcho2")
)

// ipOptionInformation is IP_OPTION_INFORMATION.
type ipOptionInformation struct {
	TTL         uint8
	TOS         uint8
	Flags       uint8
	OptionsSize uint8
	OptionsData uintptr
}

// icmpEchoReply is ICMP_ECHO_REPLY (32-bit address form).
type icmpEchoReply struct {
	Address       uint32
	Status        uint32
	RoundTripTime uint32
	DataSize      uint16
	Reserved      uint16
	Data          uintptr
	Options       ipOptionInformation
}

// runTrace probes every TTL at once with IcmpSendEcho2, which needs no
// administrator rights; TCP mode uses connection attempts with a TTL (see
// runTCPTrace).
func runTrace(ctx context.Context, mode string, dst net.IP, port int, o TraceOptions, col *collector) error {
	if mode == TraceTCP {
		return runTCPTrace(ctx, dst, port, o, col)
	}
	h, _, err := procIcmpCreate.Call()
	if windows.Handle(h) == windows.InvalidHandle {
		return err
	}
	defer procIcmpClose.Call(h)
	timeout := uint32(o.Timeout.Milliseconds())
	if dl, ok := ctx.Deadline(); ok {
		timeout = uint32(max(time.Until(dl).Milliseconds(), 1))
	}
	dest := binary.LittleEndian.Uint32(dst.To4())
	var mu sync.Mutex
	var wg sync.WaitGroup
	for ttl := 1; ttl <= o.MaxTTL; ttl++ {
		for i := 0; i < o.Probes; i++ {
			col.noteSent(ttl)
			wg.Add(1)
			go func() {
				defer wg.Done()
				if r, ok := echoWithTTL(h, dest, ttl, timeout); ok {
					mu.Lock()
					col.add(r)
					mu.Unlock()
				}
			}()
		}
	}
	wg.Wait()
	return nil
}

// echoWithTTL sends one echo request with the given TTL and waits for its
// answer.
func echoWithTTL(h uintptr, dest uint32, ttl int, timeout uint32) (traceReply, bool) {
	payload := []byte("conndoctor-trace")
	opts := ipOptionInformation{TTL: uint8(ttl)}
	reply := make([]byte, int(unsafe.Sizeof(icmpEchoReply{}))+len(payload)+8+64)
	start := time.Now()
	n, _, _ := procIcmpSendEcho2.Call(h, 0, 0, 0, uintptr(dest),
		uintptr(unsafe.Pointer(&payload[0])), uintptr(len(payload)),
		uintptr(unsafe.Pointer(&opts)), uintptr(unsafe.Pointer(&reply[0])), uintptr(len(reply)), uintptr(timeout))
	if n == 0 {
		return traceReply{}, false
	}
	er := (*icmpEchoReply)(unsafe.Pointer(&reply[0]))
	var a [4]byte
	binary.LittleEndian.PutUint32(a[:], er.Address)
	r := traceReply{ttl: ttl, from: net.IP(a[:]).String(), rtt: time.Since(start)}
	return windowsReply(r, er.Status)
}

// runTCPTrace traces with TCP connection attempts to the service port, one
// per TTL and probe, all at once, without a capture driver: with
// TCP_FAIL_CONNECT_ON_ICMP_ERROR a router's "time exceeded" ends an attempt
// and TCP_ICMP_ERROR_INFO names the router (connectICMP). The destination
// answers with a handshake or a reset.
func runTCPTrace(ctx context.Context, dst net.IP, port int, o TraceOptions, col *collector) error {
	if err := icmpOptionWorks(); err != nil {
		return err
	}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for ttl := 1; ttl <= o.MaxTTL; ttl++ {
		for i := 0; i < o.Probes; i++ {
			col.noteSent(ttl)
			wg.Add(1)
			go func() {
				defer wg.Done()
				a, err := connectICMP(ctx, dst, port, ttl)
				if r, ok := tcpTraceReply(a, err, ttl, dst); ok {
					mu.Lock()
					col.add(r)
					mu.Unlock()
				}
			}()
		}
	}
	wg.Wait()
	return nil
}

// icmpOptionWorks checks once per trace that a stream socket takes
// TCP_FAIL_CONNECT_ON_ICMP_ERROR; without it the trace cannot run.
func icmpOptionWorks() error {
	s, err := windows.Socket(windows.AF_INET, windows.SOCK_STREAM, windows.IPPROTO_TCP)
	if err != nil {
		return failure.Wrap("socket", os.NewSyscallError("socket", err))
	}
	defer windows.Closesocket(s)
	if err := windows.SetsockoptInt(s, windows.IPPROTO_TCP, windows.TCP_FAIL_CONNECT_ON_ICMP_ERROR, 1); err != nil {
		return failure.Wrap("setsockopt TCP_FAIL_CONNECT_ON_ICMP_ERROR", os.NewSyscallError("setsockopt", err))
	}
	return nil
}
