package target

import (
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"
)

// ErrNoTarget is wrapped by the error Parse returns when pasted text is a
// recognisable error message that names no host.
var ErrNoTarget = errors.New("the text names no host to test")

// ErrEmpty is returned for empty or blank input.
var ErrEmpty = errors.New("nothing to test")

// ParseError explains why an input could not be read as a target.
type ParseError struct {
	// Input is the text that was given.
	Input string
	// Reason says what is wrong, in one sentence.
	Reason string
	// Hint says what to do instead.
	Hint string
	// Failure is what the text said went wrong, when it was an error message
	// that named no host (see ErrNoTarget).
	Failure Failure
	// Program names the software whose message was recognised, if any.
	Program string
	err     error
}

func (e *ParseError) Error() string {
	s := "target: " + e.Reason
	if e.Hint != "" {
		s += "; " + e.Hint
	}
	return s
}

// Unwrap returns the sentinel behind the error, if any.
func (e *ParseError) Unwrap() error { return e.err }

func badInput(input, reason, hint string) error {
	return &ParseError{Input: input, Reason: reason, Hint: hint}
}

func badPort(input, port string) error {
	return badInput(input, fmt.Sprintf("%q is not a port number", port), "use a number from 1 to 65535, as in example.com:443")
}

// Problem is Reason as a sentence: capitalised, with a full stop.
func (e *ParseError) Problem() string { return sentence(e.Reason) }

// Next is Hint as a sentence, "" when there is no hint.
func (e *ParseError) Next() string { return sentence(e.Hint) }

func sentence(s string) string {
	if s == "" {
		return ""
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:] + "."
}
