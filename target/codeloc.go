package target

import (
	"net"
	"strings"
)

// esphomeLevels are the one- and two-letter levels ESPHome's logger
// prints in brackets (esphome/core/log.h): error, warning, info, config,
// debug, verbose and very verbose.
var esphomeLevels = map[string]bool{"E": true, "W": true, "I": true, "C": true, "D": true, "V": true, "VV": true}

// bracketTag reports whether the word:N at line[start:colon], ending at
// end, is the bracketed tag and line of the logging call right after a
// log line's bracketed timestamp and level, ESPHome's
// "[15:19:08][W][mqtt:244]: …" (its tag may hold a dot, "[mqtt.idf:166]",
// or a dash, "[esp-idf:000]"), not a host and port. A name whose last
// label is a top-level domain and an address stay mentions.
func bracketTag(line string, start, colon, end int) bool {
	if start < 8 || line[start-1] != '[' || end >= len(line) || line[end] != ']' || start > 96 {
		return false
	}
	word := line[start:colon]
	if dot := strings.LastIndexByte(word, '.'); dot >= 0 && tlds[strings.ToLower(word[dot+1:])] || net.ParseIP(word) != nil {
		return false
	}
	pre := line[:start-1]
	lb := strings.LastIndexByte(pre, '[')
	if lb < 1 || !strings.HasSuffix(pre, "]") {
		return false
	}
	level := pre[lb+1 : len(pre)-1]
	if !esphomeLevels[level] && !logLevels[strings.ToUpper(level)] {
		return false
	}
	stamp := pre[:lb]
	ls := strings.LastIndexByte(stamp, '[')
	return ls >= 0 && strings.HasSuffix(stamp, "]") && logStamp(stamp[ls+1:len(stamp)-1])
}

// javaMethodLocation reports whether the dotted name:N at
// line[start:colon], ending at end, is a Java logger's class and method
// with the line of the call, "com.alibaba.nacos.client.naming.callServer:613
// - [NA] failed to request" (the method's name written in camelCase where
// javaClass wants a capital class), not a host and port: a reverse-DNS
// package path of four or more small-letter labels whose first is a
// top-level domain (com., org., io., net. …), a last label with a capital
// after a small letter, and " - " after the line number, where the
// message starts. A host is written in small letters, or names its
// top-level domain last.
func javaMethodLocation(line string, start, colon, end int) bool {
	if !strings.HasPrefix(line[end:], " - ") {
		return false
	}
	name := line[start:colon]
	dot := strings.LastIndexByte(name, '.')
	if dot <= 0 || strings.Count(name, ".") < 3 {
		return false
	}
	first, _, _ := strings.Cut(name, ".")
	if !tlds[first] {
		return false
	}
	for i := 0; i < dot; i++ {
		if c := name[i]; !(isLower(c) || isDigit(c) || c == '_' || c == '.') {
			return false
		}
	}
	last := name[dot+1:]
	if last == "" || tlds[strings.ToLower(last)] {
		return false
	}
	for i := 1; i < len(last); i++ {
		if isUpper(last[i]) && isLower(last[i-1]) {
			return true
		}
	}
	return false
}

// brokenSourceLocation reports whether the word:N at line[start:colon] is
// the tail of a "[file.go:N]" log caller whose dot a text recogniser read
// as a comma or a space, frp's "[proxy, go:446]" and "[control, go：143]"
// in a log pasted from a screenshot: a source file's ending alone ("go",
// "py") right after "[stem, " or "[stem. ". A name in a URL
// ("opc.tcp://py:4334") or alone stays a host.
func brokenSourceLocation(line string, start, colon int) bool {
	if start < 4 || !isSourceFile("x."+line[start:colon]) {
		return false
	}
	// The dot read as ", ", ". ", "," or " ": one separator at most.
	pre := strings.TrimSuffix(line[:start], " ")
	if p := pre[:len(pre)-1]; strings.HasSuffix(pre, ",") || strings.HasSuffix(pre, ".") {
		pre = p
	}
	if len(pre) == start {
		return false
	}
	lb := strings.LastIndexByte(pre, '[')
	if lb < 0 || lb+1 == len(pre) {
		return false
	}
	for _, c := range []byte(pre[lb+1:]) {
		if !isLetter(c) && !isDigit(c) && c != '_' && c != '-' {
			return false
		}
	}
	return true
}

// pahoTraceLocation reports whether the word:N at line[start:] is a
// function and line of Eclipse Paho MQTT C's trace, which prints the call
// depth in parentheses and an arrow for entry or exit before it:
// "19700101 011825.405 (2851075136)  (1)< MQTTAsync_checkTimeouts:2007",
// "(3)> Socket_new:690". An address or a dotted name stays a mention.
func pahoTraceLocation(line string, start, colon int) bool {
	pre := strings.TrimRight(line[:start], " ")
	if len(pre) < 4 || pre[len(pre)-1] != '<' && pre[len(pre)-1] != '>' || pre[len(pre)-2] != ')' {
		return false
	}
	open := strings.LastIndexByte(pre, '(')
	if open < 0 || open+1 >= len(pre)-2 || strings.Trim(pre[open+1:len(pre)-2], "0123456789") != "" {
		return false
	}
	word := line[start:colon]
	return !strings.Contains(word, ".") && net.ParseIP(word) == nil
}
