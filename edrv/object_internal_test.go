package edrv

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
	decoders := []objectDecoder{
		new(Session), new(SessionConfigurations), new(Target), new(Metrics), new(EnergyReport),
		new(Quantity), new(ChargingActivity), new(Cost), new(CostItem), new(Period),
	}
	for _, d := range decoders {
		typ := reflect.TypeOf(d).Elem()
		extra := func() jsontext.Value { return reflect.ValueOf(d).Elem().FieldByName("Extra").Bytes() }
		for i := range typ.NumField() {
			f := typ.Field(i)
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "" || name == "-" || strings.Contains(opts, "embed") {
				continue
			}
			decoded := 0 // values the member accepted: at least one must be
			for _, v := range []string{"null", `"x"`, "1", "{}", "[]"} {
				err := json.Unmarshal([]byte(`{"`+name+`":`+v+`}`), d)
				if err == nil {
					decoded++
					if len(extra()) > 0 {
						t.Errorf("%v: member %q (field %s) went to Extra: the decoder does not know it", typ, name, f.Name)
					}
				}
			}
			if decoded == 0 {
				t.Errorf("%v: member %q (field %s) accepts none of the test values", typ, name, f.Name)
			}
		}
		// A JSON value of another kind is a *json.SemanticError naming the
		// type.
		var se *json.SemanticError
		if err := json.Unmarshal([]byte(` 5`), d); !errors.As(err, &se) || se.GoType != typ || se.JSONKind != '0' {
			t.Errorf("%v: decoding a number: %v, want a *json.SemanticError for %v", typ, err, typ)
		}
		// An unknown member does go to Extra, and a second decode starts
		// afresh.
		for range 2 {
			if err := json.Unmarshal([]byte(`{"zz":[1,{"a":null}]}`), d); err != nil || string(extra()) != `{"zz":[1,{"a":null}]}` {
				t.Errorf("%v: unknown member: extra %s, error %v", typ, extra(), err)
			}
		}
	}
}
