package smartcar_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/smartcar/smartcartest"
	"github.com/evhooks/evhooks/verify"
)

// handle is the snippet of the package documentation (TestDocSnippet keeps
// the two in step).
func handle(body []byte) error {
	ev, err := smartcar.Parse(body)
	if err != nil {
		return err
	}
	switch ev := ev.(type) {
	case *smartcar.VehicleState:
		if soc, ok := ev.StateOfCharge(); ok {
			fmt.Printf("vehicle %s at %.0f %%\n", ev.VehicleID(), soc)
		}
	case *smartcar.VehicleError:
		for _, e := range ev.Errors() {
			fmt.Println(e.Type.Value, e.Code.Value, e.State.Value)
		}
	case *smartcar.Unknown: // an event name this package does not know yet
		fmt.Println("unknown event", ev.Type())
	}
	return nil
}

// Parsing the payloads of every generation, authenticated first.
func ExampleParse() {
	const token = "amt"
	verifier, err := smartcar.NewVerifier(token)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, name := range []string{"VEHICLE_STATE", "VEHICLE_ERROR/resolved"} {
		body := smartcartest.Payload(name)
		header := smartcartest.Header(token, body) // what Smartcar sends
		if err := verifier.Verify(header, body); err != nil {
			fmt.Println(err)
			return
		}
		if err := handle(body); err != nil {
			fmt.Println(err)
		}
	}
	_ = handle([]byte(`{"eventId":"e1","eventType":"VEHICLE_COMMAND","data":{}}`))
	fmt.Println(handle([]byte(`{"eventType":"VEHICLE_STATE","eventType":"VEHICLE_ERROR"}`)))
	// Output:
	// vehicle 123e4567-e89b-12d3-a456-426614174000 at 75 %
	// VEHICLE_STATE UNREACHABLE RESOLVED
	// unknown event VEHICLE_COMMAND
	// smartcar: jsontext: duplicate object member name "eventType"
}

// Reading a VEHICLE_STATE in the layout of Smartcar's "signal change"
// example: flat triggers inside data, fetchedAt.
func ExampleVehicleState() {
	ev, err := smartcar.Parse(smartcartest.Payload("VEHICLE_STATE/signal_change"))
	if err != nil {
		fmt.Println(err)
		return
	}
	state := ev.(*smartcar.VehicleState)
	s := state.Signal(smartcar.CodeTractionBatteryStateOfCharge)
	fmt.Println("recorded at", s.UpdatedAt().Format("2006-01-02 15:04:05"))
	for _, t := range state.Triggers() {
		fmt.Println("trigger:", t.Kind(), t.Ref())
	}
	charging, ok := state.IsCharging()
	fmt.Println("charging:", charging, ok)
	year, _ := state.Vehicle().Year.Int64()
	fmt.Println(state.Vehicle().Make.Value, year)
	// Output:
	// recorded at 2024-11-18 14:32:08
	// trigger: SIGNAL_UPDATED TractionBattery.StateOfCharge
	// charging: true true
	// TESLA 2020
}

// Answering a VERIFY challenge by hand, without package dispatch; see the
// package documentation for what answering risks.
func ExampleChallengeResponse() {
	const token = "amt" // the Application Management Token
	verifier, err := smartcar.NewVerifier(token)
	if err != nil {
		fmt.Println(err)
		return
	}
	handler := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		sigErr := verifier.Verify(r.Header, body) // on the raw bytes, before anything else
		ev, err := smartcar.Parse(body)
		if v, ok := ev.(*smartcar.Verify); ok && (sigErr == nil || errors.Is(sigErr, verify.ErrMissingSignature)) {
			// Keep the answer from becoming a signing oracle: only short,
			// non-JSON challenges (smartcar.Source does this for you).
			c := strings.TrimSpace(v.Challenge())
			if c == "" || len(c) > 256 || c[0] == '{' || c[0] == '[' {
				http.Error(w, "bad request", http.StatusBadRequest)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			w.Write(smartcar.ChallengeResponse(token, v.Challenge()))
			return
		}
		if sigErr != nil {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		if err != nil {
			http.Error(w, "bad request", http.StatusBadRequest)
			return
		}
		// ... handle ev
	})

	rec := httptest.NewRecorder()
	handler.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/",
		strings.NewReader(`{"version":"2.0","webhookId":"5a8e5e38","eventName":"verify","payload":{"challenge":"challenge"}}`)))
	fmt.Println(rec.Code, rec.Header().Get("Content-Type"))
	fmt.Println(rec.Body.String())
	// Output:
	// 200 application/json
	// {"challenge":"9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e"}
}

// Mounting Smartcar webhooks on a dispatch router, which answers VERIFY
// and routes typed events.
func ExampleNewSource() {
	src, err := smartcar.NewSource("amt-new",
		smartcar.WithVerifyOptions(verify.WithAdditionalSecrets("amt-old"))) // token rotation
	if err != nil {
		fmt.Println(err)
		return
	}
	router := dispatch.New(src)
	dispatch.Handle(router, "VEHICLE_STATE", func(ctx context.Context, ev *smartcar.VehicleState) error {
		if charging, ok := ev.IsCharging(); ok {
			fmt.Println("charging:", charging)
		}
		return nil
	})

	rec := httptest.NewRecorder()
	router.ServeHTTP(rec, smartcartest.NewVerifyRequest("3a5c8f72"))
	fmt.Println("VERIFY:", rec.Code, rec.Body.String() == string(smartcar.ChallengeResponse("amt-new", "3a5c8f72")))

	body := []byte(`{"eventId":"a7738a15","eventType":"VEHICLE_STATE","data":{"user":{"id":"u"},"vehicle":{"id":"v","make":"Tesla","model":"Model 3","year":2020},"signals":[{"code":"charge-ischarging","name":"IsCharging","group":"Charge","body":{"value":true}}]}}`)
	rec = httptest.NewRecorder()
	router.ServeHTTP(rec, smartcartest.NewRequest("amt-old", body))
	fmt.Println("VEHICLE_STATE:", rec.Code)
	// Output:
	// VERIFY: 200 true
	// charging: true
	// VEHICLE_STATE: 200
}

// Checking an SC-Signature value against the exact body: Smartcar's SDK
// test vector.
func ExampleVerifySignature() {
	body := []byte(`{"pizza":"pasta"}`)
	err := smartcar.VerifySignature("amt", "4c05a8da471f05156ad717baa4017acd13a3a809850b9ca7d3301dcaaa854f70", body)
	fmt.Println(err)
	err = smartcar.VerifySignature("amt", "4c05a8da471f05156ad717baa4017acd13a3a809850b9ca7d3301dcaaa854f71", body)
	fmt.Println(errors.Is(err, verify.ErrSignatureMismatch))
	// Output:
	// <nil>
	// true
}

// The answer to a VERIFY challenge: Smartcar's SDK test vector.
func ExampleHashChallenge() {
	fmt.Println(smartcar.HashChallenge("amt", "challenge"))
	// Output: 9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e
}

// Keeping an unknown member and a number's exact form through a round trip.
func ExampleNumber() {
	ev, err := smartcar.Parse([]byte(`{"eventId":"e","eventType":"VEHICLE_STATE","data":{"vehicle":{"id":"v","year":"2020","color":"red"}},"big":12345678901234567890}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	state := ev.(*smartcar.VehicleState)
	year, ok := state.Vehicle().Year.Int64()
	fmt.Println(year, ok, string(state.Vehicle().Extra))
	out, _ := json.Marshal(state)
	fmt.Println(string(out))
	// Output:
	// 2020 true {"color":"red"}
	// {"eventId":"e","eventType":"VEHICLE_STATE","data":{"vehicle":{"id":"v","year":"2020","color":"red"}},"big":12345678901234567890}
}
