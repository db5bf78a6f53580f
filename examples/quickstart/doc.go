// Command quickstart runs evhooks end to end, with no configuration: it serves
// a dispatch router for each provider on a loopback listener with demo
// secrets, delivers every example payload of the test packages' catalogues
// (volterastest.Payloads, edrvtest.Payloads, smartcartest.Payloads) as a
// correctly signed request, checks the answers to Smartcar's VERIFY
// challenges, sends one forged request per provider, and prints one line per
// delivery with the Go type the handler received. It exits 0 when every
// delivery got the answer it should.
//
//	go run ./examples/quickstart
package main
