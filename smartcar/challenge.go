package smartcar

import (
	"crypto/hmac"
	"crypto/sha256"
	jsonv1 "encoding/json"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/evhooks/evhooks/verify"
)

// Verify is the VERIFY challenge Smartcar sends when a webhook is created,
// its URL changes or "Verify this webhook" is clicked, in either generation:
//
//	v4.0: {"eventId":…,"eventType":"VERIFY","data":{"challenge":…},"meta":{…}}
//	v2.0: {"version":"2.0","webhookId":…,"eventName":"verify","payload":{"challenge":…}}
//
// Only the members of the generation it came in are set. Answer it with
// [ChallengeResponse] (or let [Source] do it).
type Verify struct {
	raw []byte

	// EventID is the v4.0 eventId.
	EventID Opt[string] `json:"eventId,omitzero"`
	// EventType is "VERIFY" in v4.0.
	EventType Opt[string] `json:"eventType,omitzero"`
	// Data holds the v4.0 challenge.
	Data Opt[ChallengeData] `json:"data,omitzero"`
	// Meta is the v4.0 meta.
	Meta Opt[Meta] `json:"meta,omitzero"`
	// Version is "2.0" in v2.0.
	Version Opt[string] `json:"version,omitzero"`
	// WebhookID is the v2.0 webhookId.
	WebhookID Opt[string] `json:"webhookId,omitzero"`
	// EventName is "verify" in v2.0.
	EventName Opt[string] `json:"eventName,omitzero"`
	// Mode is the v2.0 mode; Smartcar's examples omit it on verify.
	Mode Opt[Mode] `json:"mode,omitzero"`
	// Payload holds the v2.0 challenge.
	Payload Opt[ChallengeData] `json:"payload,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// ChallengeData is the object that holds a VERIFY challenge.
type ChallengeData struct {
	// Challenge is the string to answer with [HashChallenge].
	Challenge Opt[string] `json:"challenge,omitzero"`
	// Extra holds the members this version of the package does not know,
	// verbatim; they are marshalled back unchanged.
	Extra jsontext.Value `json:",embed"`
}

// Type returns "VERIFY" (v4.0) or "verify" (v2.0), as sent.
func (v *Verify) Type() string {
	if v.EventName.Value != "" {
		return v.EventName.Value
	}
	return v.EventType.Value
}

// ID returns the v4.0 eventId; v2.0 verify payloads have none ("").
func (v *Verify) ID() string { return v.EventID.Value }

// Raw returns the body the event was decoded from, or nil for an event not
// made by [Parse].
func (v *Verify) Raw() jsonv1.RawMessage { return v.raw }

// Challenge returns the challenge string: data.challenge (v4.0) or
// payload.challenge (v2.0, told by EventName as [Parse] tells it); the
// other generation's member only when its own is absent.
func (v *Verify) Challenge() string {
	own, other := v.Data, v.Payload
	if v.EventName.Value != "" {
		own, other = v.Payload, v.Data
	}
	if own.Valid {
		return own.Value.Challenge.Value
	}
	return other.Value.Challenge.Value
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
