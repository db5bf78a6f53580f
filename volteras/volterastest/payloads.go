package volterastest

import (
	"bytes"
	"embed"
	"io/fs"
	"iter"
	"slices"
	"strings"
)

// The payload catalogue: documented Volteras examples, one file per key in
// payloads/, named by the key with "/" replaced by "#" (a character no event
// name or variant contains), plus ".json".
//
//go:embed payloads/*.json
var payloadFS embed.FS

// aliases are keys that name another key's payload: the primary
// device.telemetry example is the STATE_OF_CHARGE reading, which is also the
// variant of its metric type.
var aliases = map[string]string{
	"device.telemetry/state_of_charge": "device.telemetry",
}

// payloadKeys are the keys of the catalogue, sorted.
var payloadKeys = func() []string {
	entries, err := fs.ReadDir(payloadFS, "payloads")
	if err != nil {
		panic(err)
	}
	var keys []string
	for _, e := range entries {
		keys = append(keys, keyOf(e.Name()))
	}
	for k := range aliases {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}()

func keyOf(file string) string {
	return strings.ReplaceAll(strings.TrimSuffix(file, ".json"), "#", "/")
}

func fileOf(key string) string {
	return "payloads/" + strings.ReplaceAll(key, "/", "#") + ".json"
}

// Payload returns a documented example body for name, exactly as Volteras
// sends it, or nil if there is none. name is an event type ("device.telemetry",
// "command.updated", …), which gives the primary example, or a variant key
// "<event type>/<variant>": one per telemetry metric type, named by the
// metric type in lower case ("device.telemetry/location",
// "device.telemetry/other_charging_data"), and one per other documented
// example ("command.updated/set_temperature_failed",
// "journey.updated/null_energy"). The primary device.telemetry example is
// the STATE_OF_CHARGE reading. Each call returns a fresh copy.
//
// The examples are those of Volteras' webhook documentation, verbatim
// (their JSON formatting included). Two are not published by Volteras and
// are derived from the spec sheet, as noted in payloads/README.md:
// device.telemetry/other_location_data (the data[] form the spec infers)
// and device.telemetry/other_location_data_members (its hedged top-level
// form).
func Payload(name string) []byte {
	if k, ok := aliases[name]; ok {
		name = k
	}
	if name == "" || strings.Contains(name, "#") {
		return nil
	}
	b, err := payloadFS.ReadFile(fileOf(name))
	if err != nil {
		return nil
	}
	return bytes.Clone(b)
}

// Payloads returns every example of the catalogue, variants included, by
// the key [Payload] takes, in sorted key order. Each body is a fresh copy.
func Payloads() iter.Seq2[string, []byte] {
	return func(yield func(string, []byte) bool) {
		for _, k := range payloadKeys {
			if !yield(k, Payload(k)) {
				return
			}
		}
	}
}
