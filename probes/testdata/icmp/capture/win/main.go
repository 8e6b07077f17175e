//go:build windows

// Command win makes one IcmpSendEcho2 (or Icmp6SendEcho2) call and prints
// the return value, the last error, the reply buffer's address and the
// buffer in hex: the captures in ../../wine8-icmpsendecho2.txt.
//
//	win <address> <ttl> <payload bytes> [df]
package main

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"net"
	"os"
	"strconv"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"
)

type opt struct {
	TTL, TOS, Flags, Size uint8
	Data                  uintptr
}

func main() {
	dst := net.ParseIP(os.Args[1])
	ttl, _ := strconv.Atoi(os.Args[2])
	size, _ := strconv.Atoi(os.Args[3])
	df := len(os.Args) > 4 && os.Args[4] == "df"
	dll := windows.NewLazySystemDLL("iphlpapi.dll")
	payload := make([]byte, size)
	copy(payload, "conndoctor-capture-0123456789abcdefghijklmnopqrstuvwxyz")
	o := opt{TTL: uint8(ttl)}
	if df {
		o.Flags = 2
	}
	reply := make([]byte, 40+size+8+64)
	var n, h uintptr
	var err error
	start := time.Now()
	if dst.To4() == nil {
		h, _, err = dll.NewProc("Icmp6CreateFile").Call()
		fmt.Printf("Icmp6CreateFile handle=%#x err=%d (%v)\n", h, uint32(err.(windows.Errno)), err)
		if windows.Handle(h) == windows.InvalidHandle {
			src := windows.RawSockaddrInet6{Family: windows.AF_INET6}
			d := windows.RawSockaddrInet6{Family: windows.AF_INET6}
			copy(d.Addr[:], dst)
			n, _, err = dll.NewProc("Icmp6SendEcho2").Call(h, 0, 0, 0, uintptr(unsafe.Pointer(&src)), uintptr(unsafe.Pointer(&d)),
				uintptr(unsafe.Pointer(&payload[0])), uintptr(size), uintptr(unsafe.Pointer(&o)), uintptr(unsafe.Pointer(&reply[0])), uintptr(len(reply)), 1000)
			fmt.Printf("Icmp6SendEcho2 on the invalid handle: n=%d err=%d (%v)\n", n, uint32(err.(windows.Errno)), err)
			return
		}
		src := windows.RawSockaddrInet6{Family: windows.AF_INET6}
		d := windows.RawSockaddrInet6{Family: windows.AF_INET6}
		copy(d.Addr[:], dst)
		n, _, err = dll.NewProc("Icmp6SendEcho2").Call(h, 0, 0, 0, uintptr(unsafe.Pointer(&src)), uintptr(unsafe.Pointer(&d)),
			uintptr(unsafe.Pointer(&payload[0])), uintptr(size), uintptr(unsafe.Pointer(&o)), uintptr(unsafe.Pointer(&reply[0])), uintptr(len(reply)), 1000)
	} else {
		h, _, err = dll.NewProc("IcmpCreateFile").Call()
		n, _, err = dll.NewProc("IcmpSendEcho2").Call(h, 0, 0, 0, uintptr(binary.LittleEndian.Uint32(dst.To4())),
			uintptr(unsafe.Pointer(&payload[0])), uintptr(size), uintptr(unsafe.Pointer(&o)), uintptr(unsafe.Pointer(&reply[0])), uintptr(len(reply)), 1000)
	}
	fmt.Printf("took=%s n=%d lasterr=%d base=%#x len=%d\n", time.Since(start), n, uint32(err.(windows.Errno)), uintptr(unsafe.Pointer(&reply[0])), len(reply))
	fmt.Println(hex.EncodeToString(reply))
}
