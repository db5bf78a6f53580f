package edrv_test

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/edrv"
	"github.com/evhooks/evhooks/edrv/edrvtest"
	"github.com/evhooks/evhooks/verify"
)

func TestSourceCatalog(t *testing.T) {
	src, err := edrv.NewSource("s")
	require.NoError(t, err)
	assert.Equal(t, "edrv", src.Provider())
	strict, err := edrv.NewSource("s", edrv.WithStrictData())
	require.NoError(t, err)
	cat, strictCat := src.Catalog(), strict.Catalog()
	assert.Len(t, cat.Events, len(catalogue))
	assert.Len(t, strictCat.Events, len(catalogue))
	assert.IsType(t, (*edrv.Unknown)(nil), cat.Unknown)
	assert.IsType(t, (*edrv.Unknown)(nil), strictCat.Unknown)
	for _, c := range catalogue {
		t.Run(c.name, func(t *testing.T) {
			want, ok := strictCat.Events[c.name]
			require.True(t, ok, "every seed name is in the strict catalog")
			body := fmt.Sprintf(`{"_id":"e","type":%q,"data":{"_id":"d"}}`, c.name)
			ev, err := edrv.Parse([]byte(body))
			require.NoError(t, err)
			assert.Equal(t, reflect.TypeOf(want), reflect.TypeOf(ev), "Parse gives the catalog's type")
			if c.isAction {
				assert.IsType(t, (*edrv.ActionEvent)(nil), ev)
			}

			// Without WithStrictData, undecodable data arrives as *Unknown:
			// the catalog lists both types.
			both, ok := cat.Events[c.name]
			require.True(t, ok, "every seed name is in the catalog")
			require.IsType(t, []any{}, both)
			types := both.([]any)
			require.Len(t, types, 2)
			assert.Equal(t, reflect.TypeOf(want), reflect.TypeOf(types[0]))
			assert.IsType(t, (*edrv.Unknown)(nil), types[1])
			bad := fmt.Sprintf(`{"_id":"e","type":%q,"data":[1]}`, c.name)
			msg, err := src.Decode(&dispatch.Delivery{Body: []byte(bad)})
			require.NoError(t, err)
			assert.Equal(t, reflect.TypeOf(types[1]), reflect.TypeOf(msg.Event), "undecodable data")
		})
	}
	_, err = edrv.NewSource("")
	assert.ErrorIs(t, err, verify.ErrInvalidSecret)
}

func TestSourceVerifyAndDecode(t *testing.T) {
	body := edrvtest.Payload("chargestation.get_composite_schedule.accepted")
	now := time.Date(2023, 5, 1, 13, 41, 36, 0, time.UTC)
	src, err := edrv.NewSource("whsecret", edrv.WithVerifyOptions(verify.WithClock(func() time.Time { return now })))
	require.NoError(t, err)
	var _ dispatch.Source = src

	d := &dispatch.Delivery{Header: http.Header{}, Body: body}
	d.Header.Set(edrv.SignatureHeader, src.Verifier().Sign(now.Add(-time.Second), body))
	require.NoError(t, src.Verify(d))

	msg, err := src.Decode(d)
	require.NoError(t, err)
	assert.Equal(t, "chargestation.get_composite_schedule.accepted", msg.Name)
	assert.Equal(t, "644fc18f84c4b5000981ad7b", msg.ID, "the envelope _id, not data._id")
	assert.Nil(t, msg.Reply)
	ev, ok := msg.Event.(*edrv.ActionEvent)
	require.True(t, ok, "got %T", msg.Event)
	assert.Equal(t, "644fc18db506a40c0452220d", ev.Data.ID.Value)

	d.Header.Set(edrv.SignatureHeader, src.Verifier().Sign(now.Add(-time.Hour), body))
	assert.ErrorIs(t, src.Verify(d), verify.ErrTimestampTooOld)
	d.Header.Del(edrv.SignatureHeader)
	assert.ErrorIs(t, src.Verify(d), verify.ErrMissingSignature)
}

func TestSourceDecodeErrors(t *testing.T) {
	soft, err := edrv.NewSource("s")
	require.NoError(t, err)
	strict, err := edrv.NewSource("s", edrv.WithStrictData(), nil)
	require.NoError(t, err)

	bad := &dispatch.Delivery{Body: []byte(`{"_id":"e9","type":"session.updated","data":{"metrics":[]}}`)}
	msg, err := soft.Decode(bad)
	require.NoError(t, err, "a verified delivery with odd data is still acknowledged")
	assert.Equal(t, "session.updated", msg.Name)
	assert.Equal(t, "e9", msg.ID)
	u, ok := msg.Event.(*edrv.Unknown)
	require.True(t, ok, "got %T", msg.Event)
	var de *edrv.DataError
	assert.ErrorAs(t, u.Err, &de)

	_, err = strict.Decode(bad)
	assert.ErrorAs(t, err, &de)

	for _, src := range []*edrv.Source{soft, strict} {
		_, err = src.Decode(&dispatch.Delivery{Body: []byte(`{"_id":"e"}`)})
		assert.ErrorIs(t, err, edrv.ErrMissingType)
		_, err = src.Decode(&dispatch.Delivery{Body: []byte(`not json`)})
		assert.Error(t, err)
	}

	unknown, err := os.ReadFile(filepath.Join("..", "testdata", "edrv", "unknown.json"))
	require.NoError(t, err)
	msg, err = soft.Decode(&dispatch.Delivery{Body: unknown})
	require.NoError(t, err)
	assert.IsType(t, (*edrv.Unknown)(nil), msg.Event)
	assert.Equal(t, "session.target.energy.reached", msg.Name)
}

// A handler for *edrv.Unknown on a known name is legitimate by default
// (undecodable data) and refused at registration with WithStrictData, where
// it could never be called.
func TestSourceCatalogUnknownHandler(t *testing.T) {
	const secret = "whsecret"
	src, err := edrv.NewSource(secret)
	require.NoError(t, err)
	r := dispatch.New(src)
	var got *edrv.Unknown
	require.NotPanics(t, func() {
		dispatch.Handle(r, "session.updated", func(_ context.Context, u *edrv.Unknown) error {
			got = u
			return nil
		})
	})
	body := []byte(`{"_id":"e9","type":"session.updated","data":{"metrics":[]}}`)
	res, err := r.Deliver(context.Background(), edrvtest.Header(secret, body), body)
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, res.Status)
	require.NotNil(t, got, "the *Unknown handler was called")
	assert.Equal(t, "e9", got.ID())
	var de *edrv.DataError
	assert.ErrorAs(t, got.Err, &de)

	strict, err := edrv.NewSource(secret, edrv.WithStrictData())
	require.NoError(t, err)
	assert.Panics(t, func() {
		dispatch.Handle(dispatch.New(strict), "session.updated", func(context.Context, *edrv.Unknown) error { return nil })
	})
	assert.NotPanics(t, func() {
		dispatch.Handle(dispatch.New(strict), "session.updated", func(context.Context, *edrv.SessionEvent) error { return nil })
	})
}

// Event-name constants are dispatch patterns as they are, and the event
// types print as users write them.
func TestConstantsAsPatterns(t *testing.T) {
	const secret = "whsecret"
	src, err := edrv.NewSource(secret)
	require.NoError(t, err)
	r := dispatch.New(src)
	var got *edrv.SessionEvent
	dispatch.Handle(r, edrv.SessionUpdated, func(_ context.Context, ev *edrv.SessionEvent) error {
		got = ev
		return nil
	})
	body := edrvtest.Payload("session.updated")
	res, err := r.Deliver(context.Background(), edrvtest.Header(secret, body), body)
	require.NoError(t, err)
	assert.Equal(t, http.StatusOK, res.Status)
	require.NotNil(t, got)
	assert.Equal(t, "*edrv.SessionEvent", reflect.TypeOf(got).String())
	for _, ev := range []edrv.Event{(*edrv.ChargestationEvent)(nil), (*edrv.ActionEvent)(nil), (*edrv.OrganizationEvent)(nil),
		(*edrv.LocationEvent)(nil), (*edrv.UserEvent)(nil), (*edrv.RateEvent)(nil), (*edrv.RateScheduleEvent)(nil),
		(*edrv.RFIDEvent)(nil), (*edrv.LoadManagementEvent)(nil), (*edrv.Unknown)(nil)} {
		assert.NotContains(t, reflect.TypeOf(ev).String(), "[", "a defined type, not a generic instance")
	}
}

// signedAt returns a delivery of body signed at ts, received at receivedAt.
func signedAt(t *testing.T, src *edrv.Source, body []byte, ts, receivedAt time.Time) *dispatch.Delivery {
	t.Helper()
	d := &dispatch.Delivery{Header: http.Header{}, Body: body, ReceivedAt: receivedAt}
	d.Header.Set(edrv.SignatureHeader, src.Verifier().Sign(ts, body))
	return d
}

func bodyCreatedAt(createdAt string) []byte {
	if createdAt == "" {
		return []byte(`{"_id":"e","type":"chargestation.online","object":"chargestation","data":{"_id":"c","createdAt":"2020-01-01T00:00:00Z"}}`)
	}
	return []byte(`{"_id":"e","type":"chargestation.online","object":"chargestation","data":{"_id":"c","createdAt":"2020-01-01T00:00:00Z"},"createdAt":` + createdAt + `}`)
}

func TestSourceMaxAge(t *testing.T) {
	created := time.Date(2024, 6, 4, 13, 30, 18, 0, time.UTC)
	tests := []struct {
		name      string
		createdAt string
		now       time.Time
		wantErr   bool
	}{
		{"fresh", `"2024-06-04T13:30:18.000Z"`, created.Add(time.Minute), false},
		{"exactly the maximum age", `"2024-06-04T13:30:18.000Z"`, created.Add(edrv.DefaultMaxAge), false},
		{"too old", `"2024-06-04T13:30:18.000Z"`, created.Add(edrv.DefaultMaxAge + time.Second), true},
		{"epoch ms, too old", `1717507818000`, created.Add(edrv.DefaultMaxAge + time.Second), true},
		{"in the future", `"2024-06-04T13:30:18.000Z"`, created.Add(-time.Hour), false},
		{"absent", ``, created, true},
		{"null", `null`, created, true},
		{"malformed", `"yesterday"`, created, true},
		{"not a string", `{"t":1}`, created, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := edrv.NewSource("whsecret", edrv.WithMaxAge(edrv.DefaultMaxAge),
				edrv.WithVerifyOptions(verify.WithClock(func() time.Time { return tt.now })))
			require.NoError(t, err)
			body := bodyCreatedAt(tt.createdAt)
			// The signature is fresh (a replayed body with a new t): only the
			// maximum age can refuse it.
			err = src.Verify(signedAt(t, src, body, tt.now, time.Time{}))
			if !tt.wantErr {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, edrv.ErrTooOld)
			assert.ErrorIs(t, err, verify.ErrTimestampTooOld, "the router answers 401")
			var ae *edrv.AgeError
			require.ErrorAs(t, err, &ae)
			assert.Equal(t, edrv.DefaultMaxAge, ae.MaxAge)

			// Without the option the same delivery passes.
			plain, err := edrv.NewSource("whsecret", edrv.WithVerifyOptions(verify.WithClock(func() time.Time { return tt.now })))
			require.NoError(t, err)
			assert.NoError(t, plain.Verify(signedAt(t, plain, body, tt.now, time.Time{})))
		})
	}
	// The signature is checked first: a forged old body is a mismatch.
	src, err := edrv.NewSource("whsecret", edrv.WithMaxAge(time.Hour))
	require.NoError(t, err)
	d := signedAt(t, src, bodyCreatedAt(`"2000-01-01T00:00:00Z"`), time.Now(), time.Time{})
	d.Header.Set(edrv.SignatureHeader, "t=1,v1=00")
	assert.ErrorIs(t, src.Verify(d), verify.ErrSignatureMismatch)

	for _, bad := range []time.Duration{0, -time.Second} {
		_, err = edrv.NewSource("whsecret", edrv.WithMaxAge(bad))
		assert.Error(t, err)
	}
	assert.GreaterOrEqual(t, dispatch.DefaultDedupTTL, edrv.DefaultMaxAge, "a replay is too old or remembered")
}

// Source.Verify takes Delivery.ReceivedAt as the current time, for the
// timestamp window and for the maximum age.
func TestSourceReceivedAt(t *testing.T) {
	received := time.Date(2024, 6, 4, 13, 30, 18, 0, time.UTC)
	clock := received.Add(48 * time.Hour) // a stored delivery processed two days later
	src, err := edrv.NewSource("whsecret", edrv.WithMaxAge(24*time.Hour),
		edrv.WithVerifyOptions(verify.WithClock(func() time.Time { return clock })))
	require.NoError(t, err)
	body := bodyCreatedAt(`"2024-06-04T13:30:00.000Z"`)

	assert.NoError(t, src.Verify(signedAt(t, src, body, received, received)), "checked against ReceivedAt")
	err = src.Verify(signedAt(t, src, body, received, time.Time{}))
	assert.ErrorIs(t, err, verify.ErrTimestampTooOld, "zero ReceivedAt: the clock")
	assert.NotErrorIs(t, err, edrv.ErrTooOld, "the window fails first")

	// Signed at receipt but created 25 hours before: too old at ReceivedAt.
	old := bodyCreatedAt(`"2024-06-03T12:30:18.000Z"`)
	assert.ErrorIs(t, src.Verify(signedAt(t, src, old, received, received)), edrv.ErrTooOld)
	// A ReceivedAt far from the clock still needs a signature inside the
	// window around ReceivedAt.
	assert.ErrorIs(t, src.Verify(signedAt(t, src, body, clock, received)), verify.ErrTimestampTooNew)
}

// Verify with the maximum age allocates nothing for an accepted ASCII body.
func TestSourceVerifyAllocatesNothing(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts do not hold under the race detector")
	}
	created := time.Date(2024, 6, 4, 13, 30, 18, 0, time.UTC)
	src, err := edrv.NewSource("whsecret", edrv.WithMaxAge(time.Hour),
		edrv.WithVerifyOptions(verify.WithClock(func() time.Time { return created })))
	require.NoError(t, err)
	d := signedAt(t, src, bodyCreatedAt(`"2024-06-04T13:30:18.000Z"`), created, created)
	require.NoError(t, src.Verify(d))
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = src.Verify(d) }))
}

// Through the router: a delivery signed over the escaped-Unicode form of a
// body with non-ASCII characters is handled, with either hex case.
func TestSourceEscapedUnicodeThroughRouter(t *testing.T) {
	const secret = "whsecret"
	src, err := edrv.NewSource(secret, edrv.WithMaxAge(edrv.DefaultMaxAge))
	require.NoError(t, err)
	r := dispatch.New(src)
	var got []string
	dispatch.Handle(r, edrv.LocationUpdated, func(_ context.Context, ev *edrv.LocationEvent) error {
		got = append(got, ev.Data.Address.Value.City.Value)
		return nil
	})
	body := edrvtest.SetCreatedAt([]byte(`{"_id":"e","type":"location.updated","object":"location","data":{"_id":"l","address":{"city":"Zürich 😀"}},"createdAt":"2024-06-04T13:30:18.000Z"}`), time.Now())
	for _, hc := range []edrvtest.HexCase{edrvtest.LowerHex, edrvtest.UpperHex} {
		res, err := r.Deliver(context.Background(), edrvtest.Header(secret, body, edrvtest.WithEscapedUnicode(hc)), body)
		require.NoError(t, err)
		assert.Equal(t, http.StatusOK, res.Status)
	}
	assert.Equal(t, []string{"Zürich 😀", "Zürich 😀"}, got)
}
