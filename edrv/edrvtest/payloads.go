package edrvtest

import (
	"embed"
	"iter"
	"slices"
	"strings"
)

// The catalogue's files: payloads/<key>.json, where the key's "/" (between
// an event name and a variant) is written "#", because a file name cannot
// hold a slash. Event names and variant names use only a-z, 0-9, "." and
// "_", so the mapping is one to one. payloads/README.md says where each
// payload comes from.
//
//go:embed payloads/*.json
var payloadFS embed.FS

// catalogue maps every key to its payload, read once from payloadFS.
var catalogue, catalogueKeys = loadCatalogue()

func loadCatalogue() (map[string][]byte, []string) {
	entries, err := payloadFS.ReadDir("payloads")
	if err != nil {
		panic("edrvtest: read embedded payloads: " + err.Error())
	}
	m := make(map[string][]byte, len(entries))
	keys := make([]string, 0, len(entries))
	for _, e := range entries {
		b, err := payloadFS.ReadFile("payloads/" + e.Name())
		if err != nil {
			panic("edrvtest: read embedded payload: " + err.Error())
		}
		key := strings.ReplaceAll(strings.TrimSuffix(e.Name(), ".json"), "#", "/")
		m[key] = b
		keys = append(keys, key)
	}
	slices.Sort(keys)
	return m, keys
}

// Payload returns an example body of the eDRV event name as sent, such as
// "session.updated", or of a documented variant of it, such as
// "session.updated/2022"; nil when the catalogue has none. Every name of
// eDRV's catalogue (every event name constant of package edrv) has one.
// The body is a fresh copy the caller may modify.
//
// Each payload is a full envelope {_id, type, object, data, createdAt}
// whose data is faithful to the object eDRV documents for the name;
// payloads/README.md lists which are eDRV's published examples and which
// were derived from the documented object.
func Payload(name string) []byte {
	b, ok := catalogue[name]
	if !ok {
		return nil
	}
	return slices.Clone(b)
}

// Payloads yields every example of the catalogue, variants included, as
// key and body in sorted key order. A key is the event name as sent for the
// primary example ("session.updated") and "<name>/<variant>" for a
// documented variant ("session.updated/ocpp201", "session.updated/2022",
// "chargestation.get_composite_schedule.requested/data_string"); the
// envelope's type is always the part before the "/". Each body is a fresh
// copy.
func Payloads() iter.Seq2[string, []byte] {
	return func(yield func(string, []byte) bool) {
		for _, k := range catalogueKeys {
			if !yield(k, slices.Clone(catalogue[k])) {
				return
			}
		}
	}
}
