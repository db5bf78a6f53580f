package verify

import (
	"fmt"
	"time"
)

// DefaultTolerance is the timestamp window applied in both directions when
// [WithTolerance] is not given.
const DefaultTolerance = 5 * time.Minute

// Config is the resolved form of a list of [Option] values. Verifiers build it
// with [NewConfig]; provider packages read it to honour the shared options.
type Config struct {
	// Tolerance is the largest accepted distance between a signed timestamp
	// and the clock, in either direction.
	Tolerance time.Duration
	// Now is the clock; time.Now unless [WithClock] replaced it.
	Now func() time.Time
	// SkipTimestamp disables the timestamp window; see [WithoutTimestampCheck].
	SkipTimestamp bool
	// AdditionalSecrets are secrets accepted besides the primary one.
	AdditionalSecrets []string
	// PublicKeys are the "whpk_" keys given with [WithPublicKey].
	PublicKeys []string

	settings map[any]any
	applied  []applied // every option applied, in order, for [Config.Check]
}

// applied records one option applied to a [Config]: a shared option's
// capability and name, or a provider setting's key.
type applied struct {
	needs Supports
	name  string
	key   any
}

// Option configures a verifier. The same options work with every verifier of
// this module; a verifier that has no use for an option refuses it with an
// error wrapping [ErrUnsupportedOption] from its constructor (see
// [Config.Check]), so an option is never silently ignored.
type Option func(*Config)

// Supports is a set of the shared options a verifier honours; verifiers pass
// theirs to [Config.Check].
type Supports uint

// The shared options, as members of a [Supports] set.
const (
	// SupportsTolerance covers [WithTolerance] and [WithoutTimestampCheck].
	SupportsTolerance Supports = 1 << iota
	// SupportsClock covers [WithClock].
	SupportsClock
	// SupportsAdditionalSecrets covers [WithAdditionalSecrets].
	SupportsAdditionalSecrets
	// SupportsPublicKey covers [WithPublicKey].
	SupportsPublicKey
)

// record notes that the option name, needing capability needs, was applied.
func (c *Config) record(needs Supports, name string) {
	c.applied = append(c.applied, applied{needs: needs, name: name})
}

// Check reports whether every option applied to c is one the verifier
// supports: a shared option whose capability is in s, or a [WithSetting]
// whose key is among settingKeys. Otherwise it returns an error wrapping
// [ErrUnsupportedOption] that names the first offending option (a setting is
// named by its key's String method when it has one).
func (c *Config) Check(s Supports, settingKeys ...any) error {
	for _, a := range c.applied {
		if a.name != "" {
			if a.needs&s != a.needs {
				return fmt.Errorf("verify: %w: %s", ErrUnsupportedOption, a.name)
			}
			continue
		}
		known := false
		for _, k := range settingKeys {
			if k == a.key {
				known = true
				break
			}
		}
		if !known {
			name := "a provider setting"
			if st, ok := a.key.(fmt.Stringer); ok {
				name = st.String()
			}
			return fmt.Errorf("verify: %w: %s", ErrUnsupportedOption, name)
		}
	}
	return nil
}

// NewConfig applies opts, in order, over the defaults.
func NewConfig(opts ...Option) Config {
	c := Config{Tolerance: DefaultTolerance, Now: time.Now}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	return c
}

// WithTolerance sets the timestamp window, applied in both directions. A
// timestamp exactly d away from the clock passes. A negative d is treated as
// zero; to turn the check off use [WithoutTimestampCheck].
func WithTolerance(d time.Duration) Option {
	return func(c *Config) {
		c.record(SupportsTolerance, "verify.WithTolerance")
		c.Tolerance = max(d, 0)
	}
}

// WithClock replaces time.Now as the verifier's clock, typically in tests.
func WithClock(now func() time.Time) Option {
	return func(c *Config) {
		c.record(SupportsClock, "verify.WithClock")
		c.Now = now
	}
}

// WithoutTimestampCheck disables the timestamp window. Signatures are still
// checked; replays are then only stopped by deduplication.
func WithoutTimestampCheck() Option {
	return func(c *Config) {
		c.record(SupportsTolerance, "verify.WithoutTimestampCheck")
		c.SkipTimestamp = true
	}
}

// WithAdditionalSecrets adds secrets that are accepted besides the primary
// one, for rotating secrets without downtime: a signature made with any of
// them verifies.
func WithAdditionalSecrets(secrets ...string) Option {
	return func(c *Config) {
		c.record(SupportsAdditionalSecrets, "verify.WithAdditionalSecrets")
		c.AdditionalSecrets = append(c.AdditionalSecrets, secrets...)
	}
}

// WithPublicKey adds a trusted Ed25519 public key, given as "whpk_" followed by
// the standard base64 of its 32 bytes. [StandardWebhooks] then also accepts
// "v1a" signatures made with the matching private key.
func WithPublicKey(whpk string) Option {
	return func(c *Config) {
		c.record(SupportsPublicKey, "verify.WithPublicKey")
		c.PublicKeys = append(c.PublicKeys, whpk)
	}
}

// WithSetting stores a provider-specific setting under key. Provider packages
// use it to build their own options (for example edrv's choice of signed
// content) while keeping the single [Option] type; key should be a value of an
// unexported type, as with context.WithValue, and have a String method that
// names the option, for the error of [Config.Check].
func WithSetting(key, value any) Option {
	return func(c *Config) {
		c.applied = append(c.applied, applied{key: key})
		if c.settings == nil {
			c.settings = make(map[any]any)
		}
		c.settings[key] = value
	}
}

// Setting returns the value stored under key by [WithSetting], or nil.
func (c *Config) Setting(key any) any { return c.settings[key] }

// CheckTimestamp reports whether ts lies inside the window around the clock:
// it wraps [ErrTimestampTooOld] when ts is more than Tolerance before now and
// [ErrTimestampTooNew] when it is more than Tolerance after. A distance of
// exactly Tolerance passes. It always passes when SkipTimestamp is set.
func (c *Config) CheckTimestamp(ts time.Time) error {
	return c.CheckTimestampAt(ts, time.Time{})
}

// CheckTimestampAt is [Config.CheckTimestamp] with the window centred on now
// instead of the clock; a zero now means the clock. Sources use it for a
// delivery received earlier and verified again later (its time of receipt).
func (c *Config) CheckTimestampAt(ts, now time.Time) error {
	if c.SkipTimestamp {
		return nil
	}
	if now.IsZero() {
		now = c.Now()
	}
	if d := now.Sub(ts); d > c.Tolerance {
		return fmt.Errorf("verify: %w: %s behind the clock, tolerance %s", ErrTimestampTooOld, d.Round(time.Millisecond), c.Tolerance)
	}
	if d := ts.Sub(now); d > c.Tolerance {
		return fmt.Errorf("verify: %w: %s ahead of the clock, tolerance %s", ErrTimestampTooNew, d.Round(time.Millisecond), c.Tolerance)
	}
	return nil
}
