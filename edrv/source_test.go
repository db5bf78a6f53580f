package edrv_test

import (
	"context"
	"fmt"
	"net/http"
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
	body := readGolden(t, "chargestation.get_composite_schedule.accepted.json")
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
	assert.Equal(t, "644fc18db506a40c0452220d", ev.Data.ID)

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

	msg, err = soft.Decode(&dispatch.Delivery{Body: readGolden(t, "unknown.json")})
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
	assert.Equal(t, "e9", got.ID)
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
