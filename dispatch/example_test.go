package dispatch_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync/atomic"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
	"github.com/evhooks/evhooks/smartcar"
	"github.com/evhooks/evhooks/smartcar/smartcartest"
	"github.com/evhooks/evhooks/verify"
)

const exampleSecret = "edrv-endpoint-secret"

// Typed handlers on wildcard patterns, served over HTTP.
func ExampleHandle() {
	src, err := edrv.NewSource(exampleSecret)
	if err != nil {
		panic(err)
	}
	r := dispatch.New(src)
	dispatch.Handle(r, "session.*", func(_ context.Context, ev *edrv.SessionEvent) error {
		fmt.Printf("session %s at station %s: %s\n", ev.Data.ID.Value, ev.ChargestationID(), ev.Type())
		return nil
	})
	dispatch.Handle(r, "*.rejected", func(_ context.Context, ev *edrv.ActionEvent) error {
		fmt.Printf("action %s %s\n", ev.Data.Type.Value, ev.Data.Status.Value)
		return nil
	})

	for _, body := range []string{
		`{"_id":"e1","type":"session.started","object":"session","data":{"_id":"s1","chargestation":"cs-42","status":"Started"}}`,
		`{"_id":"e2","type":"session.target.soc.reached","object":"session","data":{"_id":"s1","chargestation":"cs-42"}}`,
		`{"_id":"e3","type":"session.set_power_limit.rejected","object":"action","data":{"_id":"a1","type":"session.set_power_limit","status":"failed"}}`,
		`{"_id":"e4","type":"chargestation.online","object":"chargestation","data":{"_id":"cs-42"}}`,
	} {
		rec := httptest.NewRecorder()
		r.ServeHTTP(rec, edrvtest.NewRequest(exampleSecret, []byte(body)))
		fmt.Println("->", rec.Code)
	}
	// Output:
	// session s1 at station cs-42: session.started
	// -> 200
	// session s1 at station cs-42: session.target.soc.reached
	// -> 200
	// action session.set_power_limit failed
	// -> 200
	// -> 200
}

// The pure form, for a serverless function or a queue consumer: the source
// answers Smartcar's VERIFY challenge without a handler.
func ExampleRouter_Deliver() {
	const token = "smartcar-application-management-token"
	src, err := smartcar.NewSource(token)
	if err != nil {
		panic(err)
	}
	r := dispatch.New(src)

	body := []byte(`{"eventId":"e1","eventType":"VERIFY","data":{"challenge":"3a5c8f72"},"meta":{"version":"4.0"}}`)
	res, err := r.Deliver(context.Background(), smartcartest.Header(token, body), body)
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Status, res.ContentType)
	fmt.Println(string(res.Body) == string(smartcartest.ExpectedChallengeResponse(token, "3a5c8f72")))
	// Output:
	// 200 application/json
	// true
}

// The error callback receives the full cause; the client gets generic text.
func ExampleWithErrorHandler() {
	src, err := edrv.NewSource(exampleSecret)
	if err != nil {
		panic(err)
	}
	r := dispatch.New(src, dispatch.WithErrorHandler(func(_ *http.Request, err error) {
		fmt.Println("forged:", errors.Is(err, dispatch.ErrVerify) && errors.Is(err, verify.ErrSignatureMismatch))
	}))

	body := []byte(`{"_id":"e1","type":"session.started","object":"session","data":{}}`)
	rec := httptest.NewRecorder()
	r.ServeHTTP(rec, edrvtest.NewRequest("not-the-secret", body))
	fmt.Printf("%d %q\n", rec.Code, rec.Body.String())
	// Output:
	// forged: true
	// 401 "Unauthorized\n"
}

// A handler chooses the status of a failure with Status; without it, any
// error answers 500 so that the provider retries.
func ExampleStatus() {
	src, err := edrv.NewSource(exampleSecret)
	if err != nil {
		panic(err)
	}
	r := dispatch.New(src)
	dispatch.Handle(r, "session.started", func(_ context.Context, ev *edrv.SessionEvent) error {
		if ev.ChargestationID() == "" {
			// Retrying will not help: answer 422.
			return dispatch.Status(http.StatusUnprocessableEntity, errors.New("session without a station"))
		}
		return nil
	})

	body := []byte(`{"_id":"e1","type":"session.started","object":"session","data":{"_id":"s1"}}`)
	rec := httptest.NewRecorder()
	r.ServeHTTP(rec, edrvtest.NewRequest(exampleSecret, body))
	fmt.Println(rec.Code)
	// Output:
	// 422
}

// With deduplication, a redelivered event is handled once.
func ExampleNewMemoryDeduplicator() {
	src, err := edrv.NewSource(exampleSecret)
	if err != nil {
		panic(err)
	}
	r := dispatch.New(src, dispatch.WithDeduplicator(dispatch.NewMemoryDeduplicator(10_000, 0)))
	calls := 0
	dispatch.Handle(r, "session.ended", func(context.Context, *edrv.SessionEvent) error {
		calls++
		return nil
	})

	body := []byte(`{"_id":"6464c0f3a1bc750b39ae3e41","type":"session.ended","object":"session","data":{"_id":"s1"}}`)
	for range 3 {
		rec := httptest.NewRecorder()
		r.ServeHTTP(rec, edrvtest.NewRequest(exampleSecret, body)) // each attempt freshly signed
		fmt.Print(rec.Code, " ")
	}
	fmt.Println("handled", calls, "time")
	// Output:
	// 200 200 200 handled 1 time
}

// queue is a Sink for the example; a real one writes to a durable queue,
// such as the dispatch/jetstream module's.
type queue struct{ stored []dispatch.Stored }

func (q *queue) Store(_ context.Context, s dispatch.Stored) error {
	q.stored = append(q.stored, s)
	return nil
}

// Durable ingest: the router stores each verified, decoded delivery and
// answers 200 once it is stored; a consumer handles it later, verified again
// against the time it was received.
func ExampleWithSink() {
	src, err := edrv.NewSource(exampleSecret)
	if err != nil {
		panic(err)
	}
	q := &queue{}
	ingest := dispatch.New(src, dispatch.WithSink(q))
	body := []byte(`{"_id":"e1","type":"session.started","object":"session","data":{"_id":"s1","chargestation":"cs-42"}}`)
	rec := httptest.NewRecorder()
	ingest.ServeHTTP(rec, edrvtest.NewRequest(exampleSecret, body))
	fmt.Println("answered", rec.Code, "stored", q.stored[0].Name, q.stored[0].ID)

	consume := dispatch.New(src)
	dispatch.Handle(consume, "session.*", func(_ context.Context, ev *edrv.SessionEvent) error {
		fmt.Println("handled", ev.Type(), "at", ev.ChargestationID())
		return nil
	})
	for _, s := range q.stored {
		res, err := consume.DeliverStored(context.Background(), s)
		fmt.Println(res.Status, err)
	}
	// Output:
	// answered 200 stored session.started e1
	// handled session.started at cs-42
	// 200 <nil>
}

func ExampleTypeName() {
	fmt.Println(dispatch.TypeName(&http.Request{}))
	fmt.Println(dispatch.TypeName(atomic.Pointer[http.Request]{}))
	fmt.Println(dispatch.TypeName(nil))
	// Output:
	// *http.Request
	// atomic.Pointer[http.Request]
	// <nil>
}
