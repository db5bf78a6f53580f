package dispatch_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/verify"
)

// The fake provider of the core tests: an eDRV-like envelope
// {"id", "type", "data"} signed with HMAC-SHA256 over the raw body, hex in
// X-Fake-Signature. Its catalogue has names of several depths, so that the
// wildcard rules are exercised on realistic names.

const (
	fakeSecret    = "fake-secret"
	fakeSigHeader = "X-Fake-Signature"
	// fakeTimeHeader, when present, carries the signing time in Unix
	// seconds; the signature then covers "<time>." + body, and Verify
	// refuses a time more than fakeTolerance from Delivery.ReceivedAt (or
	// now when it is zero).
	fakeTimeHeader = "X-Fake-Timestamp"
	fakeTolerance  = 5 * time.Minute
	// fakeEventHeader names the event of a body without a "type" member.
	fakeEventHeader = "X-Fake-Event"
)

// errFakeTooOld is the fake source's stale timestamp error.
var errFakeTooOld = errors.New("fake: timestamp outside the tolerance")

// Event is implemented by every fake event.
type Event interface{ Type() string }

// Session is the data of the session.* events.
type Session struct {
	Name    string `json:"-"`
	Station string `json:"station"`
}

// Action is the data of action events such as "*.accepted".
type Action struct {
	Name   string `json:"-"`
	Status string `json:"status"`
}

// Group is the data of load_management.* events.
type Group struct {
	Name  string `json:"-"`
	Group string `json:"group"`
}

// Unknown is any event the fake source does not know.
type Unknown struct {
	Name string
	Raw  json.RawMessage
}

func (s *Session) Type() string { return s.Name }
func (a *Action) Type() string  { return a.Name }
func (g *Group) Type() string   { return g.Name }
func (u *Unknown) Type() string { return u.Name }

var fakeEvents = map[string]any{
	"session.started":                            (*Session)(nil),
	"session.ended":                              (*Session)(nil),
	"session.target.cost.reached":                (*Session)(nil),
	"chargestation.remote_start.accepted":        (*Action)(nil),
	"chargestation.remote_start.rejected":        (*Action)(nil),
	"session.set_power_limit.rejected":           (*Action)(nil),
	"load_management.group.chargestation.added":  (*Group)(nil),
	"load_management.group.updated":              (*Group)(nil),
	"load_management.group.chargestation.remove": (*Group)(nil),
}

type fakeSource struct {
	mac *verify.MAC
	// seen, when set, is called by Verify and Decode with the body they got.
	seen func(stage string, d *dispatch.Delivery)
}

func newFakeSource() *fakeSource {
	return &fakeSource{mac: verify.NewMAC([]byte(fakeSecret))}
}

var _ dispatch.Source = (*fakeSource)(nil)

func (s *fakeSource) Provider() string { return "fake" }

func (s *fakeSource) Catalog() dispatch.Catalog {
	return dispatch.Catalog{Events: fakeEvents, Unknown: (*Unknown)(nil), Answered: []string{"verify"}}
}

func (s *fakeSource) Verify(d *dispatch.Delivery) error {
	if s.seen != nil {
		s.seen("verify", d)
	}
	sig := d.Header.Get(fakeSigHeader)
	if sig == "" {
		return fmt.Errorf("fake: %w: no %s header", verify.ErrMissingSignature, fakeSigHeader)
	}
	head := ""
	if ts := d.Header.Get(fakeTimeHeader); ts != "" {
		sec, err := strconv.ParseInt(ts, 10, 64)
		if err != nil {
			return fmt.Errorf("fake: %w: %v", verify.ErrSignatureMismatch, err)
		}
		now := d.ReceivedAt
		if now.IsZero() {
			now = time.Now()
		}
		if d := now.Sub(time.Unix(sec, 0)); d > fakeTolerance || d < -fakeTolerance {
			return errFakeTooOld
		}
		head = ts + "."
	}
	var sum [32]byte
	if !verify.EqualHex(s.mac.Sum(sum[:0], head, d.Body), sig) {
		return fmt.Errorf("fake: %w", verify.ErrSignatureMismatch)
	}
	return nil
}

func (s *fakeSource) Decode(d *dispatch.Delivery) (dispatch.Message, error) {
	if s.seen != nil {
		s.seen("decode", d)
	}
	var env struct {
		ID   string          `json:"id"`
		Type string          `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	if err := json.Unmarshal(d.Body, &env); err != nil {
		return dispatch.Message{}, fmt.Errorf("fake: %w", err)
	}
	if env.Type == "" {
		// Like Volteras, whose body carries no name: the stored name, else
		// the header a live delivery carries it in.
		env.Type = d.Name
		if env.Type == "" {
			env.Type = d.Header.Get(fakeEventHeader)
		}
	}
	msg := dispatch.Message{Name: env.Type, ID: env.ID}
	if env.Type == "verify" {
		var c struct{ Challenge string }
		if err := json.Unmarshal(env.Data, &c); err != nil {
			return dispatch.Message{}, fmt.Errorf("fake: verify: %w", err)
		}
		msg.Reply = &dispatch.Reply{ContentType: "application/json", Body: []byte(`{"challenge":"` + c.Challenge + `"}`)}
		return msg, nil
	}
	var target any
	switch fakeEvents[env.Type].(type) {
	case *Session:
		target = &Session{Name: env.Type}
	case *Action:
		target = &Action{Name: env.Type}
	case *Group:
		target = &Group{Name: env.Type}
	default:
		msg.Event = &Unknown{Name: env.Type, Raw: env.Data}
		return msg, nil
	}
	if len(env.Data) > 0 {
		if err := json.Unmarshal(env.Data, target); err != nil {
			return dispatch.Message{}, fmt.Errorf("fake: %s data: %w", env.Type, err)
		}
	}
	msg.Event = target
	return msg, nil
}

// fakeBody returns an envelope body for an event.
func fakeBody(id, name, data string) []byte {
	if data == "" {
		data = "{}"
	}
	return []byte(fmt.Sprintf(`{"id":%q,"type":%q,"data":%s}`, id, name, data))
}

// fakeSign returns the signature header value for body.
func fakeSign(body []byte) string {
	var sum [32]byte
	m := verify.NewMAC([]byte(fakeSecret))
	return string(verify.AppendHex(nil, m.Sum(sum[:0], "", body)))
}

// fakeTimedHeader returns headers for body signed at t.
func fakeTimedHeader(body []byte, t time.Time) http.Header {
	ts := strconv.FormatInt(t.Unix(), 10)
	var sum [32]byte
	m := verify.NewMAC([]byte(fakeSecret))
	h := http.Header{}
	h.Set(fakeTimeHeader, ts)
	h.Set(fakeSigHeader, string(verify.AppendHex(nil, m.Sum(sum[:0], ts+".", body))))
	return h
}

// fakeHeader returns signed headers for body.
func fakeHeader(body []byte) http.Header {
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	h.Set(fakeSigHeader, fakeSign(body))
	return h
}

// fakeRequest returns a signed POST of body.
func fakeRequest(body []byte) *http.Request {
	req := httptest.NewRequest(http.MethodPost, "/webhooks/fake", strings.NewReader(string(body)))
	req.Header = fakeHeader(body)
	return req
}
