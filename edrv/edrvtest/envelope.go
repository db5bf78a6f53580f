package edrvtest

import (
	"bytes"
	"io"
	"slices"
	"time"

	"github.com/go-json-experiment/json/jsontext"
)

// SetCreatedAt returns a copy of the envelope body with its createdAt set
// to t, written as eDRV writes it (UTC, milliseconds: 2006-01-02T15:04:05.000Z),
// and every other byte unchanged. Catalogue payloads carry the time of the
// example they come from; a receiver that refuses old events
// (edrv.WithMaxAge) needs a recent createdAt:
//
//	body := edrvtest.SetCreatedAt(edrvtest.Payload(edrv.SessionEnded), time.Now())
//
// It panics when body is not a JSON object with a createdAt member.
func SetCreatedAt(body []byte, t time.Time) []byte {
	return setMember(body, "createdAt", []byte(`"`+t.UTC().Format("2006-01-02T15:04:05.000Z")+`"`))
}

// SetID returns a copy of the envelope body with its _id, the key eDRV's
// redeliveries share, set to id, and every other byte unchanged: a second,
// distinct delivery of the same event for deduplication tests. It panics
// when body is not a JSON object with an _id member.
func SetID(body []byte, id string) []byte {
	v, err := jsontext.AppendQuote(nil, id)
	if err != nil {
		panic("edrvtest: SetID: " + err.Error())
	}
	return setMember(body, "_id", v)
}

// setMember replaces the value of the top-level member name of the JSON
// object body with value. The whole body is read, so that an invalid body
// or a duplicate member name panics.
func setMember(body []byte, name string, value []byte) []byte {
	dec := jsontext.NewDecoder(bytes.NewReader(body))
	tok, err := dec.ReadToken()
	if err != nil || tok.Kind() != '{' {
		panic("edrvtest: the body is not a JSON object")
	}
	start, end := -1, -1
	for dec.PeekKind() != '}' {
		key, err := dec.ReadToken()
		if err != nil {
			panic("edrvtest: invalid JSON body: " + err.Error())
		}
		k := key.String() // valid only until the next read
		v, err := dec.ReadValue()
		if err != nil {
			panic("edrvtest: invalid JSON body: " + err.Error())
		}
		if k == name {
			end = int(dec.InputOffset())
			start = end - len(v)
		}
	}
	if _, err := dec.ReadToken(); err != nil {
		panic("edrvtest: invalid JSON body: " + err.Error())
	}
	if _, err := dec.ReadToken(); err != io.EOF {
		panic("edrvtest: invalid JSON body: data after the object")
	}
	if start < 0 {
		panic("edrvtest: the body has no " + name + " member")
	}
	return slices.Concat(body[:start], value, body[end:])
}
