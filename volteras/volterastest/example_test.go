package volterastest_test

import (
	"fmt"
	"io"

	"github.com/evhooks/evhooks/volteras"
	"github.com/evhooks/evhooks/volteras/volterastest"
)

// Build a signed delivery for a handler under test.
func ExampleNewRequest() {
	secret := volterastest.NewSecret()
	body := []byte(`{"id":"h283d-h9v1j-51p5d-pqv5p-b4q33","deviceType":"VEHICLE"}`)
	req, err := volterastest.NewRequest(secret, volteras.EventDeviceConnected, body,
		volterastest.WithMessageID("msg_test_1"))
	if err != nil {
		panic(err)
	}
	fmt.Println(req.Method, req.URL.Path, req.PathValue("event"), req.Header.Get("Svix-Id"))

	v, _ := volteras.NewVerifier(secret)
	got, _ := io.ReadAll(req.Body)
	fmt.Println(v.Verify(req.Header, got))
	// Output:
	// POST /webhooks/volteras/device.connected device.connected msg_test_1
	// <nil>
}
