package edrvtest_test

import (
	"context"
	jsonv1 "encoding/json"
	"fmt"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
)

// A handler test: a catalogue payload, signed as eDRV signs it, through the
// router a receiver mounts.
func ExampleNewRequest() {
	const secret = "whsec_example"
	src, err := edrv.NewSource(secret)
	if err != nil {
		panic(err)
	}
	r := dispatch.New(src)
	dispatch.Handle(r, edrv.SessionEnded, func(_ context.Context, ev *edrv.SessionEvent) error {
		fmt.Println("handled", ev.Type(), ev.ID())
		return nil
	})

	rec := httptest.NewRecorder()
	r.ServeHTTP(rec, edrvtest.NewRequest(secret, edrvtest.Payload(edrv.SessionEnded)))
	fmt.Println("status", rec.Code)

	// A delivery signed with another secret is refused.
	rec = httptest.NewRecorder()
	r.ServeHTTP(rec, edrvtest.NewRequest(secret, edrvtest.Payload(edrv.SessionEnded), edrvtest.WithWrongSecret()))
	fmt.Println("status", rec.Code)
	// Output:
	// handled session.ended 6464d4a9a1c3e59b073a42a6
	// status 200
	// status 401
}

// The header of a delivery signed at a fixed time, in the current and the
// legacy form.
func ExampleHeader() {
	body := []byte(`{"_id":"665f1c2a9b1e4a0012ab34cd","type":"chargestation.online","object":"chargestation","data":{"_id":"5eafcdae9e7760a2646be430","online":true},"createdAt":"2024-06-04T13:30:18.000Z"}`)
	at := time.UnixMilli(1717507818000)
	h := edrvtest.Header("edrv_test_secret", body, edrvtest.WithTime(at))
	fmt.Println(h.Get("edrv-signature"))
	h = edrvtest.Header("edrv_test_secret", body, edrvtest.WithHeaderForm(edrvtest.HeaderLegacy))
	fmt.Println(h.Get("edrv-signature"))
	// Output:
	// t=1717507818000,v1=259125b37c547b1e12abe6a76130fc7c735a1efb27dcfe86a9a199f7d1180410
	// sha256=259125b37c547b1e12abe6a76130fc7c735a1efb27dcfe86a9a199f7d1180410
}

func ExamplePayload() {
	ev, err := edrv.Parse(edrvtest.Payload("session.updated/2022"))
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s %s %T\n", ev.Type(), ev.ID(), ev)
	// Output:
	// session.updated 62b1cb5a6f1c2a001234abcd *edrv.SessionEvent
}

func ExamplePayloads() {
	names := 0
	for key := range edrvtest.Payloads() {
		if strings.Contains(key, "/") {
			fmt.Println("variant", key)
			continue
		}
		names++
	}
	fmt.Println(names, "event names")
	// Output:
	// variant chargestation.connector_status.updated/ocpp201
	// variant chargestation.get_composite_schedule.requested/data_string
	// variant chargestation.get_configuration.requested/bare_type
	// variant chargestation.set_power_limit.requested/connector
	// variant location.created/v1
	// variant rate.updated/parking_time_space
	// variant rate_schedule.created/active_string
	// variant session.ended/cost_breakdown
	// variant session.ended/ocpp201
	// variant session.updated/2021
	// variant session.updated/2022
	// variant session.updated/ocpp201
	// 93 event names
}

func ExampleEscapeUnicode() {
	body := []byte(`{"name":"Zürich 🔌"}`)
	fmt.Println(string(edrvtest.EscapeUnicode(body, edrvtest.LowerHex)))
	fmt.Println(string(edrvtest.EscapeUnicode(body, edrvtest.UpperHex)))
	// Output:
	// {"name":"Z\u00fcrich \ud83d\udd0c"}
	// {"name":"Z\u00FCrich \uD83D\uDD0C"}
}

// A catalogue payload as a new delivery: created now, with its own id.
func ExampleSetCreatedAt() {
	at := time.Date(2026, 12, 2, 19, 30, 0, 0, time.UTC)
	body := edrvtest.SetID(edrvtest.SetCreatedAt(edrvtest.Payload(edrv.SessionEnded), at), "69303e2aa1c3e59b07000001")
	ev, err := edrv.Parse(body)
	if err != nil {
		panic(err)
	}
	var env struct {
		CreatedAt string `json:"createdAt"`
	}
	if err := jsonv1.Unmarshal(body, &env); err != nil {
		panic(err)
	}
	fmt.Println(ev.Type(), ev.ID(), env.CreatedAt)
	// Output:
	// session.ended 69303e2aa1c3e59b07000001 2026-12-02T19:30:00.000Z
}
