package edrv_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"

	"github.com/go-json-experiment/json"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
	"github.com/evhooks/evhooks/verify"
)

func ExampleParse() {
	body := []byte(`{"_id":"6464c0f3a1bc750b39ae3e41","type":"session.updated","object":"session",
		"data":{"_id":"6464bfe3a1bc750b39ae3de0","chargestation":"644a58a868bf304318358001","status":"Started",
			"energy_report":{"energy_meter":{"value":"734.060","unit":"kWh"}},
			"cost":{"amount":3.198,"currency":"usd"}},
		"createdAt":"2023-05-17T11:56:04.031Z"}`)

	ev, err := edrv.Parse(body)
	if err != nil {
		fmt.Println("bad delivery:", err)
		return
	}
	switch ev := ev.(type) {
	case *edrv.SessionEvent:
		s := ev.Data
		wh, _ := s.EnergyReport.Value.EnergyMeter.Value.WattHours()
		fmt.Println(ev.Type(), ev.ID(), s.ID.Value, s.Status.Value)
		fmt.Println("station:", ev.ChargestationID())
		fmt.Println("energy meter:", wh, "Wh")
		if c, ok := s.Cost.Get(); ok {
			fmt.Println("cost:", c.Amount, c.Currency.Value)
		}
	case *edrv.ActionEvent:
		fmt.Println("action", ev.Data.Type.Value, ev.Name.Status())
	case *edrv.Unknown:
		fmt.Println("not known yet:", ev.Type())
	}
	// Output:
	// session.updated 6464c0f3a1bc750b39ae3e41 6464bfe3a1bc750b39ae3de0 Started
	// station: 644a58a868bf304318358001
	// energy meter: 734060 Wh
	// cost: 3.198 usd
}

func ExampleParse_unknown() {
	ev, err := edrv.Parse([]byte(`{"_id":"e1","type":"session.target.energy.reached","object":"session","data":{"_id":"s1"}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	u := ev.(*edrv.Unknown)
	fmt.Println(u.Type(), u.Object, string(u.Data))
	// Output: session.target.energy.reached session {"_id":"s1"}
}

func ExampleEventType() {
	for _, name := range []edrv.EventType{ // the constants are untyped: convert for the grammar methods
		edrv.ChargestationGetCompositeScheduleAccepted,
		edrv.LoadManagementGroupChargestationAdded,
		"connector.reserve_now.rejected", // not in the catalogue yet
	} {
		if name.IsAction() {
			fmt.Printf("%s: action %q on %q, %s\n", name, name.Action(), name.Resource(), name.Status())
		} else {
			fmt.Printf("%s: %q on %q (%s)\n", name, name.Event(), name.Resource(), name.Class())
		}
	}
	// Output:
	// chargestation.get_composite_schedule.accepted: action "get_composite_schedule" on "chargestation", accepted
	// load_management.group.chargestation.added: "added" on "load_management.group.chargestation" (sync)
	// connector.reserve_now.rejected: action "reserve_now" on "connector", rejected
}

func ExampleVerifier() {
	body := []byte(`{"_id":"665f1c2a9b1e4a0012ab34cd","type":"chargestation.online","object":"chargestation","data":{"_id":"5eafcdae9e7760a2646be430","online":true},"createdAt":"2024-06-04T13:30:18.000Z"}`)
	now := time.Date(2024, 6, 4, 13, 30, 20, 0, time.UTC)

	v, err := edrv.NewVerifier("edrv_test_secret",
		verify.WithTolerance(3*time.Minute),
		verify.WithClock(func() time.Time { return now }), // for a reproducible example
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	h := http.Header{}
	h.Set("edrv-signature", "t=1717507818000,v1=259125b37c547b1e12abe6a76130fc7c735a1efb27dcfe86a9a199f7d1180410")
	fmt.Println("genuine:", v.Verify(h, body))

	body[len(body)-3] = '1' // tamper with one byte
	fmt.Println("tampered:", v.Verify(h, body))
	// Output:
	// genuine: <nil>
	// tampered: edrv: signature mismatch
}

func ExampleWithSignedContent() {
	body := []byte(`{"_id":"e1","type":"chargestation.offline","data":{"_id":"c1"}}`)
	ts := time.Date(2024, 6, 4, 13, 30, 18, 0, time.UTC)
	v, err := edrv.NewVerifier("secret", edrv.WithSignedContent(edrv.SignedTimestampBody),
		verify.WithClock(func() time.Time { return ts }))
	if err != nil {
		fmt.Println(err)
		return
	}
	sig := v.Sign(ts, body) // "t=<ms>,v1=<HMAC of "<t>.<body>">"
	h := http.Header{}
	h.Set(edrv.SignatureHeader, sig)
	fmt.Println(sig[:16], v.Verify(h, body))
	// Output: t=1717507818000, <nil>
}

func ExampleTime() {
	var p edrv.Period
	_ = json.Unmarshal([]byte(`{"startTime":1655816640000,"endTime":"2023-08-16T13:30.00.00Z"}`), &p)
	fmt.Println(p.StartTime.Time().Format(time.RFC3339), p.StartTime.Epoch())
	fmt.Println(p.EndTime.Valid(), p.EndTime.Malformed(), p.EndTime.Raw())
	out, _ := json.Marshal(p)
	fmt.Println(string(out))
	// Output:
	// 2022-06-21T13:04:00Z true
	// false true "2023-08-16T13:30.00.00Z"
	// {"startTime":1655816640000,"endTime":"2023-08-16T13:30.00.00Z"}
}

func ExampleDecimal() {
	var q edrv.Quantity
	_ = json.Unmarshal([]byte(`{"value":"734.060","unit":"kWh"}`), &q)
	fmt.Println(q.Value.String(), q.Value.Float64(), q.Value.Quoted(), q.Unit.Value)
	// Output: 734.060 734.06 true kWh
}

func ExampleNewSource() {
	src, err := edrv.NewSource("edrv_test_secret")
	if err != nil {
		fmt.Println(err)
		return
	}
	r := dispatch.New(src)
	dispatch.Handle(r, "*.rejected", func(_ context.Context, ev *edrv.ActionEvent) error {
		fmt.Println("rejected:", ev.Name.ActionType(), "on", ev.ChargestationID())
		return nil
	})

	// A signed delivery, as edrvtest builds them for tests.
	body := []byte(`{"_id":"e1","type":"session.set_power_limit.rejected","object":"action",
		"data":{"_id":"a1","type":"session.set_power_limit","status":"failed","chargestation":"cs1"}}`)
	rec := httptest.NewRecorder()
	r.ServeHTTP(rec, edrvtest.NewRequest("edrv_test_secret", body))
	fmt.Println(rec.Code, rec.Body.Len())
	// Output:
	// rejected: session.set_power_limit on cs1
	// 200 0
}

func ExampleUnknown_Infer() {
	// A name eDRV may add later: not in the catalogue, but an action by its grammar.
	ev, _ := edrv.Parse([]byte(`{"_id":"e1","type":"chargestation.reserve_now.accepted","object":"action",
		"data":{"_id":"a1","type":"chargestation.reserve_now","status":"completed","chargestation":"cs1"}}`))
	u := ev.(*edrv.Unknown)
	if typed, ok := u.Infer(); ok {
		a := typed.(*edrv.ActionEvent)
		fmt.Println(a.Type(), a.Data.Status.Value, a.ChargestationID())
	}
	// Output: chargestation.reserve_now.accepted completed cs1
}

func ExampleOpt() {
	ev, _ := edrv.Parse([]byte(`{"_id":"e1","type":"user.created","object":"user",
		"data":{"_id":"u1","phone":{"mobile":"(705)123-1212","home":"","work":null}}}`))
	p := ev.(*edrv.UserEvent).Data.Phone.Value
	show := func(name string, o edrv.Opt[string]) {
		switch {
		case o.Valid:
			fmt.Printf("%s: %q\n", name, o.Value)
		case o.Null:
			fmt.Printf("%s: null\n", name)
		default:
			fmt.Printf("%s: not sent\n", name)
		}
	}
	show("mobile", p.Mobile)
	show("home", p.Home)
	show("work", p.Work)
	show("email", ev.(*edrv.UserEvent).Data.Email)
	out, _ := json.Marshal(p)
	fmt.Println(string(out))
	// Output:
	// mobile: "(705)123-1212"
	// home: ""
	// work: null
	// email: not sent
	// {"mobile":"(705)123-1212","home":"","work":null}
}

func ExampleAction_Response() {
	ev, _ := edrv.Parse([]byte(`{"_id":"e1","type":"chargestation.get_configuration.accepted","object":"action",
		"data":{"_id":"a1","type":"chargestation.get_configuration","status":"completed",
			"response_data":{"configurationKey":[{"key":"HeartbeatInterval","readonly":false,"value":"900"}],"unknownKey":["Foo"]}}}`))
	a := ev.(*edrv.ActionEvent).Data
	resp, err := a.Response()
	if err != nil {
		fmt.Println(err)
		return
	}
	switch r := resp.(type) {
	case *edrv.ConfigurationResponse:
		for _, k := range r.ConfigurationKey.Value {
			fmt.Println(k.Key.Value, "=", k.Value.Value, "readonly:", k.Readonly.Bool())
		}
		fmt.Println("unknown:", r.UnknownKey.Value)
	case *edrv.StatusResponse:
		fmt.Println(r.Status.Value)
	}
	// Output:
	// HeartbeatInterval = 900 readonly: false
	// unknown: [Foo]
}
