package smartcar_test

import (
	"context"
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

// Reading the state of charge from a VEHICLE_STATE, whatever layout it came
// in.
func ExampleParse() {
	body := []byte(`{
	  "eventId": "550e8400-e29b-41d4-a716-446655440000",
	  "eventType": "VEHICLE_STATE",
	  "data": {
	    "user": {"id": "93b3ea96-ca37-43a9-9073-f4334719iok7"},
	    "vehicle": {"id": "9af13248-3b73-4c9d-9a4b-d937ce6bc8e2", "make": "TESLA", "model": "Model 3", "year": 2020},
	    "triggers": [{"code": "tractionbattery-stateofcharge", "name": "StateOfCharge", "group": "TractionBattery"}],
	    "signals": [
	      {"code": "tractionbattery-stateofcharge", "name": "StateOfCharge", "group": "TractionBattery",
	       "body": {"unit": "percent", "value": 78}, "meta": {"oemUpdatedAt": 1731940328000, "fetchedAt": 1731940330000}},
	      {"code": "location-isathome", "name": "IsAtHome", "group": "Location",
	       "status": {"value": "ERROR", "error": {"type": "COMPATIBILITY", "code": "VEHICLE_NOT_CAPABLE"}}}
	    ]
	  },
	  "meta": {"version": "4.0", "deliveredAt": 1731940328000, "mode": "LIVE"}
	}`)

	ev, err := smartcar.Parse(body)
	if err != nil {
		fmt.Println(err)
		return
	}
	state, ok := ev.(*smartcar.VehicleState)
	if !ok {
		return
	}
	if soc, ok := state.StateOfCharge(); ok {
		fmt.Printf("vehicle %s: %.0f%%\n", state.VehicleID(), soc)
	}
	s := state.Signal(smartcar.CodeTractionBatteryStateOfCharge)
	fmt.Println("recorded at", s.UpdatedAt().Format("2006-01-02 15:04:05"))
	for _, t := range state.Triggers() {
		fmt.Println("trigger:", t.Type, t.Signal)
	}
	if e := state.Signal(smartcar.CodeLocationIsAtHome).Err(); e != nil {
		fmt.Println("IsAtHome failed:", e.Type, e.Code.Value())
	}
	// Output:
	// vehicle 9af13248-3b73-4c9d-9a4b-d937ce6bc8e2: 78%
	// recorded at 2024-11-18 14:32:08
	// trigger: SIGNAL_UPDATED TractionBattery.StateOfCharge
	// IsAtHome failed: COMPATIBILITY VEHICLE_NOT_CAPABLE
}

// Answering a VERIFY challenge by hand, without package dispatch.
func ExampleChallengeResponse() {
	const token = "amt" // the Application Management Token
	verifier := smartcar.NewVerifier(token)
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

func ExampleHashChallenge() {
	fmt.Println(smartcar.HashChallenge("amt", "challenge"))
	// Output: 9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e
}
