package edrv

import (
	"errors"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/verify"
)

// Source is eDRV's [dispatch.Source]: it verifies the edrv-signature header
// and decodes the body with [Parse]. Message.Name is the envelope's type and
// Message.ID its _id, the key to deduplicate redeliveries on.
type Source struct {
	v      *Verifier
	strict bool
}

var _ dispatch.Source = (*Source)(nil)

// SourceOption configures a [Source].
type SourceOption func(*sourceConfig)

type sourceConfig struct {
	verify []verify.Option
	strict bool
}

// WithVerifyOptions passes options to the source's [Verifier], such as
// [verify.WithTolerance], [verify.WithAdditionalSecrets] or
// [WithSignedContent].
func WithVerifyOptions(opts ...verify.Option) SourceOption {
	return func(c *sourceConfig) { c.verify = append(c.verify, opts...) }
}

// WithStrictData makes Decode fail, so that the router answers 400, when a
// known event's data cannot be decoded. By default such a delivery is
// routed as an [*Unknown] whose Err holds the [*DataError], because eDRV
// disables endpoints that keep failing.
func WithStrictData() SourceOption {
	return func(c *sourceConfig) { c.strict = true }
}

// NewSource returns a [Source] for the endpoint secret. It fails with
// [verify.ErrInvalidSecret] when a secret is empty.
func NewSource(secret string, opts ...SourceOption) (*Source, error) {
	var c sourceConfig
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	v, err := NewVerifier(secret, c.verify...)
	if err != nil {
		return nil, err
	}
	return &Source{v: v, strict: c.strict}, nil
}

// Provider returns "edrv".
func (s *Source) Provider() string { return "edrv" }

// Verifier returns the source's verifier, for instance to [Verifier.Sign]
// test deliveries.
func (s *Source) Verifier() *Verifier { return s.v }

// Catalog maps every name of eDRV's catalogue to the types Decode delivers
// for it: the name's event type, such as [*SessionEvent], and [*Unknown],
// which a known event whose data cannot be decoded arrives as (see
// [WithStrictData]); with WithStrictData only the event type. Unknown names
// are delivered as [*Unknown].
func (s *Source) Catalog() dispatch.Catalog {
	events := make(map[string]any, len(catalogue))
	for name, en := range catalogue {
		if s.strict {
			events[string(name)] = typedNil(en.kind)
		} else {
			events[string(name)] = []any{typedNil(en.kind), (*Unknown)(nil)}
		}
	}
	return dispatch.Catalog{Events: events, Unknown: (*Unknown)(nil)}
}

// typedNil returns a nil pointer of the event type for k.
func typedNil(k kind) any {
	switch k {
	case kindChargestation:
		return (*ChargestationEvent)(nil)
	case kindSession:
		return (*SessionEvent)(nil)
	case kindAction:
		return (*ActionEvent)(nil)
	case kindOrganization:
		return (*OrganizationEvent)(nil)
	case kindLocation:
		return (*LocationEvent)(nil)
	case kindUser:
		return (*UserEvent)(nil)
	case kindRate:
		return (*RateEvent)(nil)
	case kindRateSchedule:
		return (*RateScheduleEvent)(nil)
	case kindRFID:
		return (*RFIDEvent)(nil)
	case kindLoadManagementGroup:
		return (*LoadManagementEvent)(nil)
	}
	return (*Unknown)(nil)
}

// Verify checks the delivery's signature; see [Verifier.Verify].
func (s *Source) Verify(d *dispatch.Delivery) error { return s.v.Verify(d.Header, d.Body) }

// Decode parses the delivery's body with [Parse].
func (s *Source) Decode(d *dispatch.Delivery) (dispatch.Message, error) {
	ev, err := Parse(d.Body)
	if err != nil {
		var de *DataError
		if s.strict || !errors.As(err, &de) || ev == nil {
			return dispatch.Message{}, err
		}
	}
	return dispatch.Message{Name: ev.Type(), Event: ev, ID: ev.EventID()}, nil
}
