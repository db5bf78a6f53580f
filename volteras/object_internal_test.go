package volteras

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// TestMemberDecoders checks that each hand-written member decoder knows
// every member its struct declares: a field added to the struct and not to
// decodeMember would otherwise be read into Extra and stay empty.
func TestMemberDecoders(t *testing.T) {
	cases := []struct {
		of  reflect.Type // the struct whose json tags name the members
		new func() (memberDecoder, *jsontext.Value)
	}{
		{reflect.TypeFor[DataEntry](), func() (memberDecoder, *jsontext.Value) {
			x := new(DataEntry)
			return x, &x.Extra
		}},
		{reflect.TypeFor[telemetryWire](), func() (memberDecoder, *jsontext.Value) {
			r := &telemetryReader{w: new(telemetryWire)}
			return r, &r.w.Extra
		}},
	}
	for _, c := range cases {
		for i := range c.of.NumField() {
			f := c.of.Field(i)
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" || name == "-" || strings.Contains(opts, "embed") {
				continue
			}
			decoded := 0 // values the member accepted: at least one must be
			for _, v := range []string{"null", `"x"`, "1", "{}", "[]"} {
				d, extra := c.new()
				err := decodeWith(`{"`+name+`":`+v+`}`, d, extra)
				if err == nil {
					decoded++
				}
				if err == nil && len(*extra) > 0 {
					t.Errorf("%v: member %q (field %s) went to Extra: the decoder does not know it", c.of, name, f.Name)
				}
			}
			if decoded == 0 {
				t.Errorf("%v: member %q (field %s) accepts none of the test values", c.of, name, f.Name)
			}
		}
		// And an unknown member does go to Extra.
		d, extra := c.new()
		if err := decodeWith(`{"zz":[1,{"a":null}]}`, d, extra); err != nil || string(*extra) != `{"zz":[1,{"a":null}]}` {
			t.Errorf("%v: unknown member: extra %s, error %v", c.of, *extra, err)
		}
	}
}

// decoderFunc adapts a function to json.UnmarshalerFrom.
type decoderFunc func(*jsontext.Decoder) error

func (f *decoderFunc) UnmarshalJSONFrom(dec *jsontext.Decoder) error { return (*f)(dec) }

// decodeWith decodes the object b with d.
func decodeWith(b string, d memberDecoder, extra *jsontext.Value) error {
	f := decoderFunc(func(dec *jsontext.Decoder) error { return decodeObject(dec, d, extra) })
	return json.Unmarshal([]byte(b), &f)
}

// TestDecodeObjectKind checks that a JSON value of another kind where an
// object is expected is a *json.SemanticError naming the type.
func TestDecodeObjectKind(t *testing.T) {
	for _, v := range []string{"5", `"x"`, "[]", "true"} {
		var e DataEntry
		var se *json.SemanticError
		err := json.Unmarshal([]byte(v), &e)
		if !errors.As(err, &se) || se.GoType != reflect.TypeFor[DataEntry]() || se.JSONKind != jsontext.Value(v).Kind() {
			t.Errorf("DataEntry from %s: %v, want a *json.SemanticError for volteras.DataEntry", v, err)
		}
	}
	var e DataEntry
	if err := json.Unmarshal([]byte("null"), &e); !errors.Is(err, errNullElement) {
		t.Errorf("DataEntry from null: %v, want errNullElement", err)
	}
	// And an array of entries, from an OTHER_CHARGING_DATA reading.
	var d OtherChargingData
	var se *json.SemanticError
	err := json.Unmarshal([]byte(`{"data":{"key":"x"}}`), &d)
	if !errors.As(err, &se) || se.JSONKind != '{' || se.JSONPointer != "/data" {
		t.Errorf("data from an object: %v, want a *json.SemanticError at /data", err)
	}
}
