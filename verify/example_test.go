package verify_test

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/evhooks/evhooks/verify"
)

func ExampleNewStandardWebhooks() {
	v, err := verify.NewStandardWebhooks("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
		// The published vector is from 2021; pin the clock to its timestamp.
		verify.WithClock(func() time.Time { return time.Unix(1614265330, 0) }))
	if err != nil {
		panic(err)
	}
	header := http.Header{}
	header.Set("svix-id", "msg_p5jXN8AQM9LWM0D4loKWxJek")
	header.Set("svix-timestamp", "1614265330")
	header.Set("svix-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")

	fmt.Println(v.Verify(header, []byte(`{"test": 2432232314}`)))

	err = v.Verify(header, []byte(`{"test": 2432232315}`))
	fmt.Println(errors.Is(err, verify.ErrSignatureMismatch))
	// Output:
	// <nil>
	// true
}

// Secrets are rotated by accepting the old and the new one for a while.
func ExampleWithAdditionalSecrets() {
	const (
		oldSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
		newSecret = "whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD"
	)
	sender, _ := verify.NewStandardWebhooks(oldSecret)
	receiver, err := verify.NewStandardWebhooks(newSecret, verify.WithAdditionalSecrets(oldSecret))
	if err != nil {
		panic(err)
	}
	body := []byte(`{"id":"h283d-h9v1j-51p5d-pqv5p-b4q33","deviceType":"VEHICLE"}`)
	now := time.Now()
	header := http.Header{}
	header.Set("webhook-id", "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W")
	header.Set("webhook-timestamp", fmt.Sprint(now.Unix()))
	header.Set("webhook-signature", sender.Sign("msg_2KWPBgLlAfxdpx2AI54pPJ85f4W", now, body))

	fmt.Println(receiver.Verify(header, body))
	// Output: <nil>
}
