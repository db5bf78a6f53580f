package verify_test

import (
	"net/http"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/verify"
)

func TestConfigCheckTimestamp(t *testing.T) {
	now := time.Date(2024, 6, 4, 13, 30, 18, 0, time.UTC)
	clock := verify.WithClock(func() time.Time { return now })
	tests := []struct {
		name    string
		opts    []verify.Option
		ts      time.Time
		wantErr error
	}{
		{"equal", nil, now, nil},
		{"exactly tolerance behind", nil, now.Add(-verify.DefaultTolerance), nil},
		{"exactly tolerance ahead", nil, now.Add(verify.DefaultTolerance), nil},
		{"1ms too old", nil, now.Add(-verify.DefaultTolerance - time.Millisecond), verify.ErrTimestampTooOld},
		{"1ms too new", nil, now.Add(verify.DefaultTolerance + time.Millisecond), verify.ErrTimestampTooNew},
		{"zero tolerance, same instant", []verify.Option{verify.WithTolerance(0)}, now, nil},
		{"zero tolerance, 1s old", []verify.Option{verify.WithTolerance(0)}, now.Add(-time.Second), verify.ErrTimestampTooOld},
		{"negative tolerance is zero", []verify.Option{verify.WithTolerance(-time.Hour)}, now.Add(time.Second), verify.ErrTimestampTooNew},
		{"check off", []verify.Option{verify.WithoutTimestampCheck()}, time.Unix(0, 0), nil},
		{"zero time is too old", nil, time.Time{}, verify.ErrTimestampTooOld},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := verify.NewConfig(append([]verify.Option{clock}, tt.opts...)...)
			err := c.CheckTimestamp(tt.ts)
			if tt.wantErr == nil {
				require.NoError(t, err)
			} else {
				require.ErrorIs(t, err, tt.wantErr)
			}
		})
	}
}

func TestNewConfigDefaults(t *testing.T) {
	c := verify.NewConfig(nil, verify.WithClock(nil))
	assert.Equal(t, verify.DefaultTolerance, c.Tolerance)
	require.NotNil(t, c.Now, "a nil clock falls back to time.Now")
	assert.WithinDuration(t, time.Now(), c.Now(), time.Minute)
	assert.False(t, c.SkipTimestamp)
}

type settingKey struct{}

func TestWithSetting(t *testing.T) {
	c := verify.NewConfig(verify.WithSetting(settingKey{}, "a"), verify.WithSetting(settingKey{}, "b"))
	assert.Equal(t, "b", c.Setting(settingKey{}), "the last option wins")
	assert.Nil(t, c.Setting("other"))
	empty := verify.NewConfig()
	assert.Nil(t, empty.Setting(settingKey{}))

	c = verify.NewConfig(verify.WithAdditionalSecrets("a"), verify.WithAdditionalSecrets("b", "c"), verify.WithPublicKey("whpk_x"))
	assert.Equal(t, []string{"a", "b", "c"}, c.AdditionalSecrets)
	assert.Equal(t, []string{"whpk_x"}, c.PublicKeys)
}

// namedKey is a provider setting key with a name, as provider packages make them.
type namedKey struct{}

func (namedKey) String() string { return "provider.WithThing" }

// anonKey is a provider setting key without a String method.
type anonKey struct{}

func TestConfigCheck(t *testing.T) {
	all := verify.SupportsTolerance | verify.SupportsClock | verify.SupportsAdditionalSecrets | verify.SupportsPublicKey
	tests := []struct {
		name     string
		opts     []verify.Option
		supports verify.Supports
		keys     []any
		wantName string // "" means no error
	}{
		{"no options, nothing supported", nil, 0, nil, ""},
		{"nil option ignored", []verify.Option{nil}, 0, nil, ""},
		{"all shared options supported", []verify.Option{
			verify.WithTolerance(time.Minute), verify.WithoutTimestampCheck(), verify.WithClock(time.Now),
			verify.WithAdditionalSecrets("x"), verify.WithPublicKey("whpk_x"),
		}, all, nil, ""},
		{"tolerance unsupported", []verify.Option{verify.WithTolerance(time.Minute)}, verify.SupportsClock, nil, "verify.WithTolerance"},
		{"timestamp check off unsupported", []verify.Option{verify.WithoutTimestampCheck()}, verify.SupportsClock, nil, "verify.WithoutTimestampCheck"},
		{"clock unsupported", []verify.Option{verify.WithClock(time.Now)}, verify.SupportsTolerance, nil, "verify.WithClock"},
		{"rotation unsupported", []verify.Option{verify.WithAdditionalSecrets("a")}, verify.SupportsPublicKey, nil, "verify.WithAdditionalSecrets"},
		{"public key unsupported", []verify.Option{verify.WithPublicKey("whpk_x")}, verify.SupportsAdditionalSecrets, nil, "verify.WithPublicKey"},
		{"first offender named", []verify.Option{verify.WithClock(time.Now), verify.WithPublicKey("whpk_x")}, 0, nil, "verify.WithClock"},
		{"setting with known key", []verify.Option{verify.WithSetting(namedKey{}, 1)}, 0, []any{namedKey{}}, ""},
		{"setting with unknown key named", []verify.Option{verify.WithSetting(namedKey{}, 1)}, all, []any{anonKey{}}, "provider.WithThing"},
		{"setting with unknown anonymous key", []verify.Option{verify.WithSetting(anonKey{}, 1)}, all, nil, "a provider setting"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := verify.NewConfig(tt.opts...)
			err := cfg.Check(tt.supports, tt.keys...)
			if tt.wantName == "" {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, verify.ErrUnsupportedOption)
			assert.Contains(t, err.Error(), tt.wantName)
		})
	}
}

func TestNewStandardWebhooksRefusesSettings(t *testing.T) {
	_, err := verify.NewStandardWebhooks("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", verify.WithSetting(namedKey{}, true))
	require.ErrorIs(t, err, verify.ErrUnsupportedOption)
	assert.Contains(t, err.Error(), "provider.WithThing")
}

func TestVerifyAt(t *testing.T) {
	const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
	clock := time.Date(2024, 6, 4, 13, 30, 18, 0, time.UTC)
	v, err := verify.NewStandardWebhooks(secret, verify.WithClock(func() time.Time { return clock }))
	require.NoError(t, err)
	body := []byte(`{"test": 2432232314}`)
	signed := clock.Add(-2 * time.Hour)
	h := http.Header{}
	h.Set("svix-id", "msg_p5jXN8AQM9LWM0D4loKWxJek")
	h.Set("svix-timestamp", strconv.FormatInt(signed.Unix(), 10))
	h.Set("svix-signature", v.Sign("msg_p5jXN8AQM9LWM0D4loKWxJek", signed, body))
	tests := []struct {
		name string
		now  time.Time
		want error
	}{
		{"zero means the clock", time.Time{}, verify.ErrTimestampTooOld},
		{"received when signed", signed, nil},
		{"received at the edge", signed.Add(verify.DefaultTolerance), nil},
		{"received too late", signed.Add(verify.DefaultTolerance + time.Second), verify.ErrTimestampTooOld},
		{"received too early", signed.Add(-verify.DefaultTolerance - time.Second), verify.ErrTimestampTooNew},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := v.VerifyAt(h, body, tt.now)
			if tt.want == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tt.want)
		})
	}
	require.ErrorIs(t, v.Verify(h, body), verify.ErrTimestampTooOld)
	require.ErrorIs(t, v.VerifyAt(h, []byte(`{}`), signed), verify.ErrSignatureMismatch)
}
