package target

import (
	"regexp"
	"strings"
)

// ESP-IDF's esp-tls is the transport component every ESP32 client goes
// through, plain TCP as much as TLS: its log tag ("E (988828) esp-tls:
// Failed to open new connection", "Last error code reported from esp-tls:
// 0x8001") names the component, not a TLS failure, so the tag is renamed
// before the failure words are read (see espTLSUntagged). What it reports
// is read from its own words instead: "esp-tls: couldn't get hostname for
// :x: getaddrinfo() returns 202" is a failed look-up (a failure word), and
// so is its error code ESP_ERR_ESP_TLS_CANNOT_RESOLVE_HOSTNAME, 0x8001, the
// one of esp_tls_errors.h's codes whose number every release kept (the
// timeout's moved from 0x8012 to 0x8006). A handshake that failed under it
// is Mbed TLS's own message ("esp-tls-mbedtls: mbedtls_ssl_handshake
// returned -0x7780", see mbedtlsHandshake), read as TLS still.

// espTLSTag is esp-tls's log tag or its name in "reported from esp-tls:".
// The Mbed TLS and wolfSSL back ends' own tags ("esp-tls-mbedtls:") are
// left as they are.
var espTLSTag = regexp.MustCompile(`\besp-tls(\s*:|\s*\])`)

// espTLSUntagged returns text with esp-tls's name renamed "esp-transport",
// so that "esp-tls: Failed to …" does not read as crypto/tls's "tls:
// failed to …".
func espTLSUntagged(text string) string {
	if !strings.Contains(text, "esp-tls") {
		return text
	}
	return espTLSTag.ReplaceAllString(text, "esp-transport$1")
}

// espTLSResolveCode is esp-tls's last error as ESP-IDF's MQTT and HTTP
// clients log it, "Last error code reported from esp-tls: 0x8001"
// (ESP_ERR_ESP_TLS_CANNOT_RESOLVE_HOSTNAME), after espTLSUntagged.
var espTLSResolveCode = regexp.MustCompile(`reported from esp-transport: 0x8001\b`)

// tlsErrorCode is a TLS library's negative error code as an ESP32 or
// ESP8266 firmware prints it, ESPEasy's "MQTT : TLS error code: -1002"
// (BearSSL's and Mbed TLS's codes are negative); 0 is no error.
var tlsErrorCode = regexp.MustCompile(`\btls error code:? -[1-9]`)

// Arduino-ESP32's HTTPClient reports every connect that failed, its TLS
// handshake's included, as HTTPC_ERROR_CONNECTION_REFUSED (-1), "error(-1):
// connection refused", and the sketches print that ("[HTTPS] GET...
// failed, error: connection refused"). When WiFiClientSecure's ssl_client
// logged its handshake failing ("[start_ssl_client():199]: (-80) UNKNOWN
// ERROR CODE (0050)", "connect(): start_ssl_client: -80"), the handshake
// is what failed: the label is renamed so it says nothing (see
// arduinoTLSCause).

// sslClientFailed is ssl_client's handshake error as WiFiClientSecure
// logs it.
var sslClientFailed = regexp.MustCompile(`start_ssl_client(?:\(\):[0-9]+\]: \(|: )-[0-9]`)

// httpClientRefused is HTTPClient's label for any failed connect, in its
// own log ("returnError(): error(-1): connection refused") and as
// errorToString's text a sketch prints after "error: ".
var httpClientRefused = regexp.MustCompile(`(error\(-1\)|error): connection refused`)

// arduinoTLSCause returns text with HTTPClient's generic "connection
// refused" renamed "connect failed" when ssl_client logged its handshake
// failing.
func arduinoTLSCause(text string) string {
	if !strings.Contains(text, "start_ssl_client") || !sslClientFailed.MatchString(text) {
		return text
	}
	return httpClientRefused.ReplaceAllString(text, "${1}: connect failed")
}
