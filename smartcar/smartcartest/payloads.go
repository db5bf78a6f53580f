package smartcartest

import (
	"bytes"
	"embed"
	"iter"
	"path"
	"slices"
	"strings"
)

//go:embed payloads/v2/*.json payloads/v4/*.json
var payloadFS embed.FS

// payloads maps every catalogue key to its file name, built once.
var payloads = func() map[string]string {
	m := make(map[string]string)
	for _, dir := range [...]string{"payloads/v2", "payloads/v4"} {
		entries, err := payloadFS.ReadDir(dir)
		if err != nil {
			panic(err) // the folders are embedded: they always exist
		}
		for _, e := range entries {
			name := e.Name()
			m[strings.ReplaceAll(strings.TrimSuffix(name, ".json"), "#", "/")] = path.Join(dir, name)
		}
	}
	return m
}()

// Payload returns a fresh copy of the example for key: an event name as
// sent ("VEHICLE_STATE", "verify", "eventBased", …) or a variant key
// ("VEHICLE_STATE/trigger_strings"); nil when the catalogue has none.
func Payload(key string) []byte {
	f, ok := payloads[key]
	if !ok {
		return nil
	}
	b, err := payloadFS.ReadFile(f)
	if err != nil {
		return nil // unreachable: every listed file is embedded
	}
	return bytes.Clone(b)
}

// Payloads returns every example, variants included, as key and a fresh
// copy of the body, in sorted key order.
func Payloads() iter.Seq2[string, []byte] {
	return func(yield func(string, []byte) bool) {
		keys := make([]string, 0, len(payloads))
		for k := range payloads {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			if !yield(k, Payload(k)) {
				return
			}
		}
	}
}
