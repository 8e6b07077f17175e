//go:build linux

package lab

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// CA is a certificate authority made for one lab run; the CLI trusts it
// through SSL_CERT_FILE.
//
// The CA's key is RSA, so every signature a certificate chain check
// verifies is RSA: Wine 8's crypt32 rejects an ECDSA P-256 signature whose
// r or s is shorter than 32 bytes (10 of 400 leaves signed by an ECDSA CA
// failed CertGetCertificateChain as "signed by unknown authority", each
// with a 31-byte r or s; 400 of 400 passed signed by an RSA CA), which
// made about one run in three of the Windows scenarios fail one TLS check.
// Windows itself verifies such signatures.
type CA struct {
	cert *x509.Certificate
	key  *rsa.PrivateKey
	// File is the CA certificate in PEM, for SSL_CERT_FILE.
	File string
}

// NewCA makes a CA and writes its certificate into dir.
func NewCA(dir string) (*CA, error) {
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, err
	}
	serial, err := newSerial()
	if err != nil {
		return nil, err
	}
	tmpl := &x509.Certificate{SerialNumber: serial, Subject: pkix.Name{CommonName: "Connection Doctor Lab CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return nil, err
	}
	cert, _ := x509.ParseCertificate(der)
	file := filepath.Join(dir, "lab-ca.pem")
	if err := os.WriteFile(file, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o644); err != nil {
		return nil, err
	}
	return &CA{cert: cert, key: key, File: file}, nil
}

// newSerial is a random 128-bit serial number: each test process makes
// its own CA under the same name (and a scenario its own leaves), and a
// certificate store (Windows', Wine's) takes
// two certificates with the same issuer and serial number for one
// (RFC 5280 has issuer and serial unique).
func newSerial() (*big.Int, error) {
	return rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 128))
}

// Leaf issues a server certificate for names and IPs; a nil CA makes it
// self-signed.
func Leaf(ca *CA, names ...string) (tls.Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, err
	}
	serial, err := newSerial()
	if err != nil {
		return tls.Certificate{}, err
	}
	tmpl := &x509.Certificate{SerialNumber: serial, Subject: pkix.Name{CommonName: names[0]},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	for _, n := range names {
		if ip := net.ParseIP(n); ip != nil {
			tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
		} else {
			tmpl.DNSNames = append(tmpl.DNSNames, n)
		}
	}
	parent, signer := tmpl, any(key)
	if ca != nil {
		parent, signer = ca.cert, ca.key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, &key.PublicKey, signer)
	if err != nil {
		return tls.Certificate{}, err
	}
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, nil
}

// Web serves handler on addr inside role's namespace, with TLS when cert
// is given.
func (l *Lab) Web(s *Servers, role, addr string, cert *tls.Certificate, handler http.Handler) error {
	var ln net.Listener
	if err := l.Do(role, func() (err error) {
		ln, err = net.Listen("tcp", addr)
		return err
	}); err != nil {
		return err
	}
	if cert != nil {
		ln = tls.NewListener(ln, &tls.Config{Certificates: []tls.Certificate{*cert}})
	}
	// net/http ends a TLS handshake after ReadHeaderTimeout as well: at
	// 5 s it raced the client's own 5 s handshake deadline, so in "mtu
	// black hole, ICMP echo filtered" the server's close (EOF, app.reset)
	// now and then came before the client's timeout (tls.failed) — once in
	// 8 runs under Wine. A lab server must outwait every client deadline.
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 60 * time.Second}
	go srv.Serve(ln)
	s.add(srv.Close)
	return nil
}

// Site is the lab's web application: "/" answers a short page, "/big" a
// megabyte, "/slow" after 12 s.
func Site(stop <-chan struct{}) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "hello from the lab") })
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("0123456789abcdef", 1<<16)))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-stop:
		case <-r.Context().Done():
		case <-time.After(12 * time.Second): // answers, but after a program with a 10 s timeout gave up
		}
		fmt.Fprintln(w, "finally")
	})
	return mux
}

// Nginx starts nginx inside role's namespace as a reverse proxy listening
// on listen and forwarding to upstream with 2 s timeouts. It returns a stop
// function.
func (l *Lab) Nginx(dir, role, listen, upstream string) (func(), error) {
	return l.NginxWaiting(dir, role, listen, upstream, 2*time.Second)
}

// NginxWaiting is Nginx whose wait for the upstream's answer
// (proxy_read_timeout) is read, as API gateways configure 20 to 60 s.
func (l *Lab) NginxWaiting(dir, role, listen, upstream string, read time.Duration) (func(), error) {
	if _, err := exec.LookPath("nginx"); err != nil {
		return nil, fmt.Errorf("nginx is not installed (Debian package nginx-light)")
	}
	conf := filepath.Join(dir, "nginx.conf")
	text := fmt.Sprintf(`daemon off;
master_process off;
pid %[1]s/nginx.pid;
error_log %[1]s/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path %[1]s/body; proxy_temp_path %[1]s/proxy; fastcgi_temp_path %[1]s/fcgi;
  uwsgi_temp_path %[1]s/uwsgi; scgi_temp_path %[1]s/scgi;
  upstream backend { server %[3]s; }
  server {
    listen %[2]s;
    location / { proxy_pass http://backend; proxy_connect_timeout 2s; proxy_read_timeout %[4]ds; }
  }
}
`, dir, listen, upstream, int(read/time.Second))
	if err := os.WriteFile(conf, []byte(text), 0o644); err != nil {
		return nil, err
	}
	cmd := l.Command(role, "nginx", "-c", conf, "-p", dir)
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	stop := func() {
		cmd.Process.Kill()
		cmd.Wait()
	}
	// Wait until it listens.
	host, port, _ := net.SplitHostPort(listen)
	for i := 0; i < 50; i++ {
		if probeListen(l, role, host, port) {
			return stop, nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	stop()
	log, _ := os.ReadFile(filepath.Join(dir, "error.log"))
	return nil, fmt.Errorf("nginx did not start: %s", log)
}

// probeListen says something accepts on host:port inside role's namespace.
func probeListen(l *Lab, role, host, port string) bool {
	ok := false
	l.Do(role, func() error {
		c, err := net.DialTimeout("tcp", net.JoinHostPort(host, port), 200*time.Millisecond)
		if err == nil {
			c.Close()
			ok = true
		}
		return nil
	})
	return ok
}
