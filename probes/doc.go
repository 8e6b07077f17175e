// Package probes runs the individual network checks of a diagnosis: local
// configuration, DNS, the TCP port, ping and traceroute.
//
// Every probe takes a context and its own deadline, never blocks beyond it,
// and returns a plain result struct that embeds Check (id, status, summary,
// duration) plus the evidence it gathered. A nil result means "not run",
// which is never confused with a failed check. Probes import neither Fyne nor
// the diagnosis: they measure, and package diagnose decides what it means.
//
//	res := probes.ProbePort(ctx, "10.0.0.5", 443, probes.PortOptions{Timeout: 3 * time.Second})
//	fmt.Println(res.State) // open, refused, filtered, rejected, unreachable or no_route
package probes
