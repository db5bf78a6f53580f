package smartcar

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/json"

	"github.com/evhooks/evhooks/verify"
)

// Verify is the VERIFY challenge Smartcar sends when a webhook is created,
// its URL changes or "Verify this webhook" is clicked, in either generation:
//
//	v4.0: {"eventId":…,"eventType":"VERIFY","data":{"challenge":…},"meta":{…}}
//	v2.0: {"version":"2.0","webhookId":…,"eventName":"verify","payload":{"challenge":…}}
//
// Only the fields of the generation it came in are set. Answer it with
// [ChallengeResponse] (or let [Source] do it).
type Verify struct {
	// EventID is the v4.0 eventId.
	EventID string `json:"eventId,omitempty"`
	// EventType is "VERIFY" in v4.0.
	EventType string `json:"eventType,omitempty"`
	// Data holds the v4.0 challenge.
	Data *ChallengeData `json:"data,omitempty"`
	// Meta is the v4.0 meta.
	Meta *Meta `json:"meta,omitempty"`

	// Version is "2.0" in v2.0.
	Version string `json:"version,omitempty"`
	// WebhookID is the v2.0 webhookId.
	WebhookID string `json:"webhookId,omitempty"`
	// EventName is "verify" in v2.0.
	EventName string `json:"eventName,omitempty"`
	// Mode is the v2.0 mode; Smartcar's examples omit it on verify.
	Mode Mode `json:"mode,omitempty"`
	// Payload holds the v2.0 challenge.
	Payload *ChallengeData `json:"payload,omitempty"`

	// Raw is the body as received.
	Raw json.RawMessage `json:"-"`
}

// ChallengeData is the object that holds a VERIFY challenge.
type ChallengeData struct {
	Challenge string `json:"challenge"`
}

// Type returns "VERIFY" (v4.0) or "verify" (v2.0), as sent.
func (v *Verify) Type() string {
	if v.EventName != "" {
		return v.EventName
	}
	return v.EventType
}

// ID returns the v4.0 eventId; v2.0 verify payloads have none ("").
func (v *Verify) ID() string { return v.EventID }

// Challenge returns the challenge string: data.challenge (v4.0) or
// payload.challenge (v2.0, told by EventName as [Parse] tells it); the
// other generation's field only when its own is absent.
func (v *Verify) Challenge() string {
	own, other := v.Data, v.Payload
	if v.EventName != "" {
		own, other = v.Payload, v.Data
	}
	switch {
	case own != nil:
		return own.Challenge
	case other != nil:
		return other.Challenge
	}
	return ""
}

// UnmarshalJSON implements [json.Unmarshaler]; it keeps a copy of b in Raw.
func (v *Verify) UnmarshalJSON(b []byte) error {
	type plain Verify
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*v = Verify(p)
	v.Raw = append(json.RawMessage(nil), b...)
	return nil
}

// HashChallenge returns the answer to a VERIFY challenge: the lower-case hex
// HMAC-SHA256 of the challenge's UTF-8 bytes keyed with the Application
// Management Token. It is the same function as the SC-Signature of a body,
// so never answer a challenge that is not a genuine VERIFY (see [Source]).
func HashChallenge(managementToken, challenge string) string {
	m := hmac.New(sha256.New, []byte(managementToken))
	m.Write([]byte(challenge))
	var sum [sha256.Size]byte
	return string(verify.AppendHex(make([]byte, 0, 2*sha256.Size), m.Sum(sum[:0])))
}

// ChallengeResponse returns the body of the reply to a VERIFY challenge,
// {"challenge":"<HashChallenge(managementToken, challenge)>"}. Send it with
// status 200 and Content-Type application/json.
func ChallengeResponse(managementToken, challenge string) []byte {
	return appendChallengeResponse(nil, HashChallenge(managementToken, challenge))
}

func appendChallengeResponse(dst []byte, hexDigest string) []byte {
	dst = append(dst, `{"challenge":"`...)
	dst = append(dst, hexDigest...)
	return append(dst, `"}`...)
}
