// Command verifycert checks certificates against the system's trusted
// roots (on Windows: CertGetCertificateChain), one per line of its input
// file: "<name> <hex DER>". It prints "<name> ok" or "<name> <error>".
// The lab runs its Windows build under Wine (lab/wine_ecdsa_test.go).
package main

import (
	"bufio"
	"crypto/x509"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: verifycert <file> <dns name>")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		name, h, _ := strings.Cut(sc.Text(), " ")
		der, err := hex.DecodeString(h)
		if err != nil {
			fmt.Println(name, err)
			continue
		}
		c, err := x509.ParseCertificate(der)
		if err == nil {
			_, err = c.Verify(x509.VerifyOptions{DNSName: os.Args[2]})
		}
		if err != nil {
			fmt.Println(name, err)
		} else {
			fmt.Println(name, "ok")
		}
	}
}
