//go:build windows

package probes

import (
	"context"
	"encoding/binary"
	"net"
	"sync"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"
)

const (
	ipFlagDF       = 0x2
	ipPacketTooBig = 11009
)

// runMTURound sends don't-fragment echo requests with IcmpSendEcho2, all
// probes at once; IP_PACKET_TOO_BIG is Windows' "fragmentation needed".
func runMTURound(ctx context.Context, dst net.IP, sizes []int, reps int, wait time.Duration) (map[int]bool, *fragInfo, error) {
	h, _, err := procIcmpCreate.Call()
	if windows.Handle(h) == windows.InvalidHandle {
		return nil, nil, err
	}
	defer procIcmpClose.Call(h)
	dest := binary.LittleEndian.Uint32(dst.To4())
	ok := map[int]bool{}
	var frag *fragInfo
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < len(sizes)*reps; i++ {
		s := sizes[i%len(sizes)]
		wg.Add(1)
		go func() {
			defer wg.Done()
			payload := make([]byte, max(s-28, 8))
			opts := ipOptionInformation{TTL: 128, Flags: ipFlagDF}
			reply := make([]byte, int(unsafe.Sizeof(icmpEchoReply{}))+len(payload)+64)
			n, _, _ := procIcmpSendEcho2.Call(h, 0, 0, 0, uintptr(dest),
				uintptr(unsafe.Pointer(&payload[0])), uintptr(len(payload)),
				uintptr(unsafe.Pointer(&opts)), uintptr(unsafe.Pointer(&reply[0])), uintptr(len(reply)), uintptr(wait.Milliseconds()))
			if n == 0 {
				return
			}
			er := (*icmpEchoReply)(unsafe.Pointer(&reply[0]))
			mu.Lock()
			defer mu.Unlock()
			switch er.Status {
			case ipSuccess:
				ok[s] = true
			case ipPacketTooBig:
				var a [4]byte
				binary.LittleEndian.PutUint32(a[:], er.Address)
				frag = &fragInfo{from: net.IP(a[:]).String()}
			}
		}()
	}
	wg.Wait()
	return ok, frag, nil
}
