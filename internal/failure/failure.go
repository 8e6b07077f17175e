// Package failure names why a network operation failed, in one small
// vocabulary shared by every operating system (after ooni's netxlite:
// typed errors first, per-OS tables of error numbers, text never).
//
// Classify turns any error into a Failure: its Kind (refused, timed out,
// host unreachable...), the system call or API that failed and the OS's own
// name for the error, so that a check can say both what happened in words
// and exactly what the system answered.
package failure

import (
	"context"
	"errors"
	"net"
	"os"
	"strconv"
	"strings"
)

// Kind is a failure in the portable vocabulary.
type Kind string

// The vocabulary. None is success; Unknown is an error no table knows.
const (
	None             Kind = ""
	Refused          Kind = "connection_refused"      // the peer answered with a reset (or ICMP port unreachable)
	TimedOut         Kind = "timed_out"               // no answer before a deadline
	HostUnreachable  Kind = "host_unreachable"        // ICMP host unreachable, or no neighbour answer
	NetUnreachable   Kind = "network_unreachable"     // no route (locally, or a router's ICMP)
	NetworkDown      Kind = "network_down"            // the interface or network stack is down
	Permission       Kind = "permission_denied"       // a local rule or missing right refused the operation
	AddrInUse        Kind = "address_in_use"          // the local address and port are taken
	AddrNotAvailable Kind = "address_not_available"   // the local address does not exist here
	NoBuffers        Kind = "no_buffer_space"         // the system ran out of buffers or sockets
	Reset            Kind = "connection_reset"        // an established connection was reset
	Aborted          Kind = "connection_aborted"      // this computer aborted the connection
	NotSupported     Kind = "operation_not_supported" // the OS (or its emulation) does not offer the operation
	Canceled         Kind = "interrupted"             // the operation was cancelled
	Unknown          Kind = "unknown_failure"         // none of the above
)

// words say each kind for people.
var words = map[Kind]string{
	None: "no error", Refused: "connection refused", TimedOut: "timed out",
	HostUnreachable: "host unreachable", NetUnreachable: "network unreachable",
	NetworkDown: "network down", Permission: "permission denied",
	AddrInUse: "address already in use", AddrNotAvailable: "address not available",
	NoBuffers: "out of buffers or sockets", Reset: "connection reset",
	Aborted: "connection aborted on this computer", NotSupported: "operation not supported",
	Canceled: "cancelled", Unknown: "unknown failure",
}

// Words says the kind in plain words.
func (k Kind) Words() string {
	if w, ok := words[k]; ok {
		return w
	}
	return string(k)
}

// Answered says the kind is an answer from the network (or from this
// computer's routing table), as opposed to a local failure to make the
// attempt at all.
func (k Kind) Answered() bool {
	switch k {
	case Refused, TimedOut, HostUnreachable, NetUnreachable, Reset:
		return true
	}
	return false
}

// Failure is one classified error.
type Failure struct {
	// Kind is the failure in the portable vocabulary.
	Kind Kind
	// Op is the system call or API that failed ("connect", "wsaioctl",
	// "GetBestRoute2"), when known.
	Op string
	// Code is the OS's name for the error ("ECONNREFUSED",
	// "WSAEOPNOTSUPP"), or "" when the error carried no number; Number is
	// the number itself.
	Code   string
	Number uint32
	// Err is the error classified.
	Err error
}

// Error says what failed, during which operation, with the OS's code.
func (f Failure) Error() string {
	if f.Kind == None {
		return "no error"
	}
	var b strings.Builder
	b.WriteString(f.Kind.Words())
	switch {
	case f.Code != "":
		b.WriteString(" (" + f.Code + " " + strconv.FormatUint(uint64(f.Number), 10) + ")")
	case f.Number != 0:
		b.WriteString(" (error " + strconv.FormatUint(uint64(f.Number), 10) + ")")
	}
	if f.Op != "" {
		b.WriteString(" in " + f.Op)
	}
	if f.Err != nil && f.Number == 0 && f.Kind == Unknown {
		b.WriteString(": " + f.Err.Error())
	}
	return b.String()
}

// Unwrap returns the classified error.
func (f Failure) Unwrap() error { return f.Err }

// Classify names err in the vocabulary. It looks at typed errors only: an
// OS error number through the per-OS table, then context and deadline
// errors. nil gives Kind None.
func Classify(err error) Failure {
	if err == nil {
		return Failure{}
	}
	var done Failure
	if errors.As(err, &done) {
		return done
	}
	f := Failure{Kind: Unknown, Op: opOf(err), Err: err}
	if e, ok := fromOS(err); ok {
		f.Kind, f.Code, f.Number = e.kind, e.name, e.number
		return f
	}
	var ne net.Error
	switch {
	case errors.Is(err, context.Canceled):
		f.Kind = Canceled
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded),
		errors.As(err, &ne) && ne.Timeout():
		f.Kind = TimedOut
	}
	return f
}

// opOf is the failed system call (os.SyscallError) or, failing that, the
// network operation (net.OpError).
func opOf(err error) string {
	var se *os.SyscallError
	if errors.As(err, &se) {
		return se.Syscall
	}
	var oe *net.OpError
	if errors.As(err, &oe) {
		return oe.Op
	}
	return ""
}

// Wrap classifies err and records op as the operation when the error did
// not name one.
func Wrap(op string, err error) Failure {
	f := Classify(err)
	if f.Kind != None && f.Op == "" {
		f.Op = op
	}
	return f
}

// osError is one row of a per-OS table: an error number, its name and kind.
type osError struct {
	number uint32
	name   string
	kind   Kind
}
