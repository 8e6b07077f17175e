//go:build windows

package probes

import (
	"encoding/binary"
	"errors"
	"net"
	"os"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"

	"github.com/conndoctor/conndoctor/internal/failure"
)

// Windows' ICMP API sends echo requests without administrator rights:
// IcmpSendEcho2 for IPv4, Icmp6SendEcho2 for IPv6. Each call sends one
// request and waits (up to its time-out) for the answer, which the system
// matches to the request: an echo reply, or the ICMP error a router sent.
var (
	iphlpapi           = windows.NewLazySystemDLL("iphlpapi.dll")
	procIcmpCreate     = iphlpapi.NewProc("IcmpCreateFile")
	procIcmp6Create    = iphlpapi.NewProc("Icmp6CreateFile")
	procIcmpClose      = iphlpapi.NewProc("IcmpCloseHandle")
	procIcmpSendEcho2  = iphlpapi.NewProc("IcmpSendEcho2")
	procIcmp6SendEcho2 = iphlpapi.NewProc("Icmp6SendEcho2")
)

// ipOptionInformation is IP_OPTION_INFORMATION: Ttl is the TTL (IPv4) or
// hop limit (IPv6) of the request.
type ipOptionInformation struct {
	TTL         uint8
	TOS         uint8
	Flags       uint8
	OptionsSize uint8
	OptionsData uintptr
}

// ipFlagDF is IP_FLAG_DF: the IPv4 don't-fragment bit.
const ipFlagDF = 0x2

// icmpHandle is an open ICMP handle of one address family.
type icmpHandle struct {
	h    uintptr
	v6   bool
	send *windows.LazyProc
}

// openICMP opens an ICMP handle for dst's family. The error names the API
// and the system's code (Wine 8's Icmp6CreateFile answers
// ERROR_CALL_NOT_IMPLEMENTED).
func openICMP(dst net.IP) (*icmpHandle, error) {
	create, send, v6 := procIcmpCreate, procIcmpSendEcho2, dst.To4() == nil
	if v6 {
		create, send = procIcmp6Create, procIcmp6SendEcho2
	}
	for _, p := range []*windows.LazyProc{create, send, procIcmpClose} {
		if err := p.Find(); err != nil {
			return nil, failure.Failure{Kind: failure.NotSupported, Op: p.Name, Err: err}
		}
	}
	h, _, err := create.Call()
	if windows.Handle(h) == windows.InvalidHandle {
		return nil, failure.Wrap(create.Name, os.NewSyscallError(create.Name, errnoOf(err)))
	}
	return &icmpHandle{h: h, v6: v6, send: send}, nil
}

// Close closes the handle.
func (ic *icmpHandle) Close() { procIcmpClose.Call(ic.h) }

// echoOpts is one echo request.
type echoOpts struct {
	payload []byte
	ttl     int // TTL or hop limit; 0: 128
	df      bool
	timeout time.Duration
}

// echo sends one echo request to dst and waits for its answer. A reply
// (or an IP_STATUS such as IP_REQ_TIMED_OUT) comes back as an echoReply;
// an error means the request failed on this computer (a bad parameter, a
// missing API), which says nothing about the network.
func (ic *icmpHandle) echo(dst net.IP, o echoOpts) (echoReply, error) {
	if len(o.payload) == 0 {
		o.payload = []byte{0}
	}
	opts := ipOptionInformation{TTL: 128}
	if o.ttl > 0 {
		opts.TTL = uint8(min(o.ttl, 255))
	}
	if o.df && !ic.v6 {
		opts.Flags = ipFlagDF
	}
	timeout := uintptr(max(o.timeout.Milliseconds(), 1))
	reply := make([]byte, echoReplyBufSize(len(o.payload), ic.v6))
	var n uintptr
	var err error
	if ic.v6 {
		src := windows.RawSockaddrInet6{Family: windows.AF_INET6} // unspecified: the system picks the source
		dsa := sockaddr6(dst)
		n, _, err = ic.send.Call(ic.h, 0, 0, 0, uintptr(unsafe.Pointer(&src)), uintptr(unsafe.Pointer(&dsa)),
			uintptr(unsafe.Pointer(&o.payload[0])), uintptr(len(o.payload)), uintptr(unsafe.Pointer(&opts)),
			uintptr(unsafe.Pointer(&reply[0])), uintptr(len(reply)), timeout)
	} else {
		n, _, err = ic.send.Call(ic.h, 0, 0, 0, uintptr(binary.LittleEndian.Uint32(dst.To4())),
			uintptr(unsafe.Pointer(&o.payload[0])), uintptr(len(o.payload)), uintptr(unsafe.Pointer(&opts)),
			uintptr(unsafe.Pointer(&reply[0])), uintptr(len(reply)), timeout)
	}
	r, perr := ic.parse(reply)
	if n == 0 {
		// No reply: the last error is an IP_STATUS (IP_REQ_TIMED_OUT...),
		// which the buffer may repeat with the answering router's address,
		// or a Win32 error of the call itself.
		code := uint32(errnoOf(err))
		if !isIPStatus(code) {
			return echoReply{}, failure.Wrap(ic.send.Name, os.NewSyscallError(ic.send.Name, windows.Errno(code)))
		}
		if perr != nil || r.status != code {
			r = echoReply{status: code}
		}
		return r, nil
	}
	return r, perr
}

// parse reads the first reply in a reply buffer.
func (ic *icmpHandle) parse(reply []byte) (echoReply, error) {
	if ic.v6 {
		return parseEchoReply6(reply)
	}
	return parseEchoReply4(reply, uint64(uintptr(unsafe.Pointer(&reply[0]))), int(unsafe.Sizeof(uintptr(0))))
}

// sockaddr6 is dst as a SOCKADDR_IN6 (zone: the scope id).
func sockaddr6(dst net.IP) windows.RawSockaddrInet6 {
	sa := windows.RawSockaddrInet6{Family: windows.AF_INET6}
	copy(sa.Addr[:], dst.To16())
	return sa
}

// errnoOf is the Windows error number in err (0 when there is none).
func errnoOf(err error) windows.Errno {
	var e windows.Errno
	if errors.As(err, &e) {
		return e
	}
	return 0
}
