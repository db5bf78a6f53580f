// Command quickstart runs evhooks end to end, with no configuration: it serves
// a dispatch router for each provider on a loopback listener with demo
// secrets, delivers every golden payload of testdata/ as a correctly signed
// request, answers a Smartcar VERIFY challenge, sends one forged request per
// provider, and prints one line per delivery. It exits 0 when every delivery
// got the answer it should.
//
//	go run ./examples/quickstart
package main
