package edrv_test

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/edrv"
)

// The scalar tests use encoding/json, whose Unmarshal and Marshal go through
// the scalars' v1 methods, and so test those too.

func TestDecimal(t *testing.T) {
	tests := []struct {
		in        string
		valid     bool
		quoted    bool
		null      bool
		malformed bool
		f         float64
		text      string
	}{
		{in: `16`, valid: true, f: 16, text: "16"},
		{in: `-0.35`, valid: true, f: -0.35, text: "-0.35"},
		{in: `734.060`, valid: true, f: 734.06, text: "734.060"},
		{in: `1e3`, valid: true, f: 1000, text: "1e3"},
		{in: `"16.0"`, valid: true, quoted: true, f: 16, text: "16.0"},
		{in: `"0.00"`, valid: true, quoted: true, f: 0, text: "0.00"},
		{in: `" 0.5 "`, valid: true, quoted: true, f: 0.5, text: "0.5"},
		{in: `"-2.5e1"`, valid: true, quoted: true, f: -25, text: "-2.5e1"},
		{in: `null`, null: true},
		{in: `""`},
		{in: `"abc"`, malformed: true},
		{in: `"NaN"`, malformed: true},
		{in: `"Inf"`, malformed: true},
		{in: `"0x10"`, malformed: true},
		{in: `"1,5"`, malformed: true},
		{in: `true`, malformed: true},
		{in: `{"value":1}`, malformed: true},
		{in: `[1]`, malformed: true},
		{in: `1e999`, malformed: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var d edrv.Decimal
			require.NoError(t, json.Unmarshal([]byte(tt.in), &d))
			assert.Equal(t, tt.valid, d.Valid())
			assert.Equal(t, tt.quoted, d.Quoted())
			assert.Equal(t, tt.null, d.Null())
			assert.Equal(t, tt.malformed, d.Malformed())
			assert.Equal(t, tt.f, d.Float64())
			assert.Equal(t, tt.text, d.String())
			if tt.malformed {
				assert.Equal(t, tt.in, d.Raw())
			} else {
				assert.Empty(t, d.Raw())
			}
			out, err := json.Marshal(d)
			require.NoError(t, err)
			assert.Equal(t, tt.in, string(out), "marshals back as it came")
		})
	}
}

func TestDecimalInt64AndConstructors(t *testing.T) {
	var d edrv.Decimal
	require.NoError(t, json.Unmarshal([]byte(`"42"`), &d))
	n, ok := d.Int64()
	assert.True(t, ok)
	assert.Equal(t, int64(42), n)
	require.NoError(t, json.Unmarshal([]byte(`4.2`), &d))
	_, ok = d.Int64()
	assert.False(t, ok)
	_, ok = edrv.Decimal{}.Int64()
	assert.False(t, ok)

	out, err := json.Marshal(edrv.NewDecimal(0.35))
	require.NoError(t, err)
	assert.Equal(t, `0.35`, string(out))

	p, err := edrv.ParseDecimal("3.10")
	require.NoError(t, err)
	assert.Equal(t, "3.10", p.String())
	out, err = json.Marshal(p)
	require.NoError(t, err)
	assert.Equal(t, `"3.10"`, string(out))
	// ParseDecimal refuses what UnmarshalJSON keeps as malformed, so that a
	// Decimal it returns marshals into a value that decodes back as valid.
	for _, s := range []string{"three", "", "NaN", "Inf", "-Infinity", "0x10", "1_000", "1e400", "1.2.3"} {
		_, err = edrv.ParseDecimal(s)
		var numErr *strconv.NumError
		assert.ErrorAs(t, err, &numErr, "%q", s)
		var d edrv.Decimal
		require.NoError(t, json.Unmarshal([]byte(strconv.Quote(s)), &d))
		assert.False(t, d.Valid(), "%q", s)
	}
	for _, s := range []string{"0", "-1.5", " 2.50 ", "1e3", "+4"} {
		p, err := edrv.ParseDecimal(s)
		require.NoError(t, err, "%q", s)
		out, err := json.Marshal(p)
		require.NoError(t, err)
		var back edrv.Decimal
		require.NoError(t, json.Unmarshal(out, &back))
		assert.True(t, back.Valid(), "%q", s)
		assert.Equal(t, p, back, "%q", s)
	}

	out, err = json.Marshal(edrv.Decimal{})
	require.NoError(t, err)
	assert.Equal(t, `null`, string(out), "absent is omitted by omitzero and null on its own")
}

func TestBool(t *testing.T) {
	tests := []struct {
		in        string
		valid     bool
		v         bool
		quoted    bool
		null      bool
		malformed bool
	}{
		{in: `true`, valid: true, v: true},
		{in: `false`, valid: true},
		{in: `"true"`, valid: true, v: true, quoted: true},
		{in: `"false"`, valid: true, quoted: true},
		{in: `"TRUE"`, valid: true, v: true, quoted: true},
		{in: `"False"`, valid: true, quoted: true},
		{in: `null`, null: true},
		{in: `""`, malformed: true},
		{in: `"yes"`, malformed: true},
		{in: `1`, malformed: true},
		{in: `{}`, malformed: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var b edrv.Bool
			require.NoError(t, json.Unmarshal([]byte(tt.in), &b))
			assert.Equal(t, tt.valid, b.Valid())
			assert.Equal(t, tt.v, b.Bool())
			assert.Equal(t, tt.quoted, b.Quoted())
			assert.Equal(t, tt.null, b.Null())
			assert.Equal(t, tt.malformed, b.Malformed())
			if tt.malformed {
				assert.Equal(t, tt.in, b.Raw())
				assert.Empty(t, b.String())
			} else {
				assert.Empty(t, b.Raw())
			}
			if tt.valid {
				assert.Equal(t, map[bool]string{true: "true", false: "false"}[tt.v], b.String())
			}
			out, err := json.Marshal(b)
			require.NoError(t, err)
			assert.Equal(t, tt.in, string(out), "marshals back as it came")
		})
	}
	out, err := json.Marshal(edrv.NewBool(true))
	require.NoError(t, err)
	assert.Equal(t, `true`, string(out))
}

func TestTime(t *testing.T) {
	utc := func(s string) time.Time {
		ts, err := time.Parse(time.RFC3339Nano, s)
		require.NoError(t, err)
		return ts
	}
	tests := []struct {
		name      string
		in        string
		want      time.Time
		epoch     bool
		null      bool
		malformed bool
	}{
		{"rfc3339 ms", `"2023-05-17T11:52:03.762Z"`, utc("2023-05-17T11:52:03.762Z"), false, false, false},
		{"ms with trailing zero", `"2021-10-05T18:34:12.200Z"`, utc("2021-10-05T18:34:12.2Z"), false, false, false},
		{"no fraction", `"2023-05-01T13:41:33Z"`, utc("2023-05-01T13:41:33Z"), false, false, false},
		{"2-digit fraction", `"2023-02-15T13:03:02.21Z"`, utc("2023-02-15T13:03:02.21Z"), false, false, false},
		{"7-digit fraction", `"2025-05-08T14:06:22.5873215Z"`, utc("2025-05-08T14:06:22.5873215Z"), false, false, false},
		{"offset", `"2023-05-17T13:52:03.762+02:00"`, utc("2023-05-17T11:52:03.762Z"), false, false, false},
		{"zero offset", `"2023-05-17T11:52:03+00:00"`, utc("2023-05-17T11:52:03Z"), false, false, false},
		{"no zone read as UTC", `"2023-05-17T11:52:03.5"`, utc("2023-05-17T11:52:03.5Z"), false, false, false},
		{"lower-case t and z", `"2023-05-17t11:52:03.5z"`, utc("2023-05-17T11:52:03.5Z"), false, false, false},
		{"lower-case z", `"2023-05-17T11:52:03z"`, utc("2023-05-17T11:52:03Z"), false, false, false},
		{"unknown local offset", `"2023-05-17T11:52:03-00:00"`, utc("2023-05-17T11:52:03Z"), false, false, false},
		{"epoch ms number", `1655816640000`, time.UnixMilli(1655816640000), true, false, false},
		{"epoch s number", `1655816640`, time.Unix(1655816640, 0), true, false, false},
		{"epoch ms string", `"1655816640000"`, time.UnixMilli(1655816640000), true, false, false},
		{"epoch s string", `"1655816640"`, time.Unix(1655816640, 0), true, false, false},
		{"epoch string with leading zeros", `"0001655816640"`, time.Unix(1655816640, 0), true, false, false},
		{"epoch zero string", `"0"`, time.Unix(0, 0), true, false, false},
		{"null", `null`, time.Time{}, false, true, false},
		{"empty", `""`, time.Time{}, false, false, false},
		{"malformed minutes", `"2023-08-16T13:30.00.00Z"`, time.Time{}, false, false, true},
		{"malformed 7-digit", `"2023-08-16T13:28.42.4535842Z"`, time.Time{}, false, false, true},
		{"date only", `"2023-08-16"`, time.Time{}, false, false, true},
		{"words", `"yesterday"`, time.Time{}, false, false, true},
		{"bad month", `"2023-13-16T13:28:42Z"`, time.Time{}, false, false, true},
		{"fractional epoch", `1655816640.5`, time.Time{}, false, false, true},
		{"negative epoch", `-5`, time.Time{}, false, false, true},
		{"bool", `true`, time.Time{}, false, false, true},
		{"object", `{"$date":1655816640000}`, time.Time{}, false, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ts edrv.Time
			require.NoError(t, json.Unmarshal([]byte(tt.in), &ts))
			valid := !tt.want.IsZero()
			assert.Equal(t, valid, ts.Valid())
			assert.True(t, tt.want.Equal(ts.Time()), "got %v", ts.Time())
			assert.Equal(t, tt.epoch, ts.Epoch())
			assert.Equal(t, tt.null, ts.Null())
			assert.Equal(t, tt.malformed, ts.Malformed())
			if tt.malformed {
				assert.Equal(t, tt.in, ts.Raw())
				assert.Empty(t, ts.String())
			} else {
				assert.Empty(t, ts.Raw())
			}
			if valid {
				back, err := time.Parse(time.RFC3339Nano, ts.String())
				require.NoError(t, err)
				assert.True(t, tt.want.Equal(back), "String gives RFC 3339: %s", ts.String())
			}
			out, err := json.Marshal(ts)
			require.NoError(t, err)
			assert.Equal(t, tt.in, string(out), "marshals back as it came")
		})
	}
}

func TestTimeEscaped(t *testing.T) {
	var ts edrv.Time
	require.NoError(t, json.Unmarshal([]byte(`"2023-08-16T13:28:42\u005a"`), &ts))
	assert.True(t, ts.Valid())
	assert.True(t, time.Date(2023, 8, 16, 13, 28, 42, 0, time.UTC).Equal(ts.Time()))
	out, err := json.Marshal(ts)
	require.NoError(t, err)
	assert.Equal(t, `"2023-08-16T13:28:42Z"`, string(out), "same JSON value, escape resolved")
}

func TestNewTime(t *testing.T) {
	ts := time.Date(2024, 6, 4, 15, 30, 18, 0, time.FixedZone("CEST", 2*3600))
	out, err := json.Marshal(edrv.NewTime(ts))
	require.NoError(t, err)
	assert.Equal(t, `"2024-06-04T13:30:18.000Z"`, string(out))
	assert.True(t, edrv.NewTime(ts).Time().Equal(ts))
}

func TestCoordinates(t *testing.T) {
	tests := []struct {
		in        string
		lng, lat  float64
		valid     bool
		malformed bool
	}{
		{`[4.865672799999999,52.3310936]`, 4.865672799999999, 52.3310936, true, false},
		{`{"latitude":52.3796,"longitude":4.8894}`, 4.8894, 52.3796, true, false},
		{`null`, 0, 0, false, false},
		{`[1,2,3]`, 0, 0, false, true},
		{`["4.8","52.3"]`, 0, 0, false, true},
		{`{"latitude":1.50,"longitude":2,"accuracy":5}`, 2, 1.5, true, false},
		{`{"latitude":1}`, 0, 0, false, true},
		{`"4.8,52.3"`, 0, 0, false, true},
		{`{"latitude":"x"}`, 0, 0, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var c edrv.Coordinates
			require.NoError(t, json.Unmarshal([]byte(tt.in), &c))
			assert.Equal(t, tt.valid, c.Valid())
			assert.Equal(t, tt.malformed, c.Malformed())
			assert.Equal(t, tt.lng, c.Lng)
			assert.Equal(t, tt.lat, c.Lat)
			if tt.malformed {
				assert.Equal(t, tt.in, string(c.Raw()))
			} else {
				assert.Nil(t, c.Raw())
			}
			out, err := json.Marshal(c)
			require.NoError(t, err)
			assert.Equal(t, tt.in, string(out), "exactly as sent")
		})
	}
	// Changed coordinates marshal the new position in the shape they came in.
	var c edrv.Coordinates
	require.NoError(t, json.Unmarshal([]byte(`{"latitude":1.50,"longitude":2}`), &c))
	c.Lat = 3
	out, err := json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `{"latitude":3,"longitude":2}`, string(out))
	out, err = json.Marshal(edrv.NewCoordinates(4.9, 52.4))
	require.NoError(t, err)
	assert.Equal(t, `[4.9,52.4]`, string(out))
}

func TestRateRef(t *testing.T) {
	tests := []struct {
		in        string
		id        string
		hasRate   bool
		null      bool
		malformed bool
	}{
		{in: `"62569ca2f94d5506460d9f42"`, id: "62569ca2f94d5506460d9f42"},
		{in: `{"_id":"6124c9bdcd8ad428ee3de0b3","currency":"EUR","price_components":[{"type":"TIME","price":1}],"x":[1.50]}`, id: "6124c9bdcd8ad428ee3de0b3", hasRate: true},
		{in: `null`, null: true},
		{in: `""`},
		{in: `5`, malformed: true},
		{in: `[1.50]`, malformed: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var r edrv.RateRef
			require.NoError(t, json.Unmarshal([]byte(tt.in), &r))
			assert.Equal(t, tt.id, r.ID)
			assert.Equal(t, tt.hasRate, r.Rate != nil)
			assert.Equal(t, tt.null, r.Null())
			assert.Equal(t, tt.malformed, r.Malformed())
			assert.False(t, r.IsZero())
			if tt.malformed {
				assert.Equal(t, tt.in, string(r.Raw()))
			} else {
				assert.Nil(t, r.Raw())
			}
			out, err := json.Marshal(r)
			require.NoError(t, err)
			assert.Equal(t, jsonTree(t, []byte(tt.in)), jsonTree(t, out))
		})
	}
	var r edrv.RateRef
	var semErr *jsonv2.SemanticError
	assert.ErrorAs(t, json.Unmarshal([]byte(`{"price_components":"x"}`), &r), &semErr, "an object must be a Rate")
	assert.True(t, edrv.RateRef{}.IsZero())
	out, err := json.Marshal(edrv.RateRef{ID: "r1"})
	require.NoError(t, err)
	assert.Equal(t, `"r1"`, string(out))
}

// The data objects decode with json v2 (they have no encoding/json
// UnmarshalJSON: encoding/json would match names ignoring case and not fill
// Extra); they marshal with either package.
func TestQuantityUnit(t *testing.T) {
	tests := []struct {
		in   string
		unit edrv.Opt[string]
	}{
		{`{"value":1,"unit":"kWh"}`, edrv.Some("kWh")},
		{`{"unit":null,"value":0.52}`, edrv.NullOpt[string]()},
		{`{"value":"69"}`, edrv.Opt[string]{}},
		{`{"value":1,"unit":""}`, edrv.Some("")},
		{`{"value":1,"unit":"Custom\u00b0"}`, edrv.Some("Custom°")},
		{`{"Value":1,"UNIT":"x"}`, edrv.Opt[string]{}}, // names are case-sensitive: kept in Extra
		{`{"value":1.50,"unit":"A","phase":"L1"}`, edrv.Some("A")},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var q edrv.Quantity
			require.NoError(t, jsonv2.Unmarshal([]byte(tt.in), &q))
			assert.Equal(t, tt.unit, q.Unit)
			out, err := json.Marshal(q)
			require.NoError(t, err)
			assert.Equal(t, jsonTree(t, []byte(tt.in)), jsonTree(t, out), "%s", out)
		})
	}
	var q edrv.Quantity
	var semErr *jsonv2.SemanticError
	assert.ErrorAs(t, jsonv2.Unmarshal([]byte(`{"value":1,"unit":5}`), &q), &semErr)
	assert.ErrorAs(t, jsonv2.Unmarshal([]byte(`[1]`), &q), &semErr)

	wh, ok := (&edrv.Quantity{Value: edrv.NewDecimal(2), Unit: edrv.Some("W")}).WattHours()
	assert.False(t, ok, "W is not an energy unit")
	assert.Zero(t, wh)
	wh, ok = (&edrv.Quantity{Value: edrv.NewDecimal(2), Unit: edrv.Some("KWH")}).WattHours()
	assert.True(t, ok)
	assert.Equal(t, 2000.0, wh)
}

func TestCostSpellings(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		amount string
		items  int
	}{
		{"breakdown", `{"amount":1.5,"currency":"usd","breakdown":[{"type":"FLAT","rateName":"","unit":""}]}`, "1.5", 1},
		{"cost_breakdown", `{"amount":"1.50","currency":"usd","cost_breakdown":[{"type":"FLAT","rateName":"","unit":""},{"type":"TIME","rateName":"","unit":"h"}]}`, "1.50", 2},
		{"empty breakdown", `{"amount":0,"breakdown":[]}`, "0", 0},
		{"escaped key and value", `{"amount":2,"cur\u0072ency":"\u0075sd","breakdown":[]}`, "2", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c edrv.Cost
			require.NoError(t, jsonv2.Unmarshal([]byte(tt.in), &c))
			assert.Equal(t, tt.amount, c.Amount.String())
			assert.Len(t, c.Items(), tt.items)
			assert.NotNil(t, c.Items())
			out, err := json.Marshal(c)
			require.NoError(t, err)
			assert.Equal(t, jsonTree(t, []byte(tt.in)), jsonTree(t, out), "%s", out)
		})
	}
	var c edrv.Cost
	var semErr *jsonv2.SemanticError
	assert.ErrorAs(t, jsonv2.Unmarshal([]byte(`[]`), &c), &semErr)
	assert.ErrorAs(t, jsonv2.Unmarshal([]byte(`{"breakdown":{}}`), &c), &semErr)
	assert.ErrorAs(t, jsonv2.Unmarshal([]byte(`{"currency":5}`), &c), &semErr)
}

func TestSessionTransactionEvent(t *testing.T) {
	var s edrv.Session
	require.NoError(t, json.Unmarshal([]byte(`{"raw_transaction_event":{"seqNo":1}}`), &s))
	assert.JSONEq(t, `{"seqNo":1}`, string(s.TransactionEvent()), "corrected spelling")
	require.NoError(t, json.Unmarshal([]byte(`{"raw_transction_event":{"seqNo":2}}`), &s))
	assert.JSONEq(t, `{"seqNo":2}`, string(s.TransactionEvent()), "documented spelling")
	assert.Nil(t, (&edrv.Session{}).TransactionEvent())
}

// The lenient scalars' UnmarshalJSON methods are exported, so they can be
// called with text that is not JSON: they report the syntax error and do
// not panic.
func TestScalarsUnmarshalNotJSON(t *testing.T) {
	for _, in := range []string{``, `"`, `"a`, `a"`, `"\`, `{`, `[`, `n`, `tru`, `-`, `"1" }`} {
		t.Run(in, func(t *testing.T) {
			var syntaxErr *jsontext.SyntacticError
			var ts edrv.Time
			assert.ErrorAs(t, ts.UnmarshalJSON([]byte(in)), &syntaxErr, "Time")
			var d edrv.Decimal
			assert.ErrorAs(t, d.UnmarshalJSON([]byte(in)), &syntaxErr, "Decimal")
			var b edrv.Bool
			assert.ErrorAs(t, b.UnmarshalJSON([]byte(in)), &syntaxErr, "Bool")
			var r edrv.RateRef
			assert.ErrorAs(t, r.UnmarshalJSON([]byte(in)), &syntaxErr, "RateRef")
			var c edrv.Coordinates
			assert.ErrorAs(t, c.UnmarshalJSON([]byte(in)), &syntaxErr, "Coordinates")
			var o edrv.Opt[string]
			assert.ErrorAs(t, o.UnmarshalJSON([]byte(in)), &syntaxErr, "Opt")
		})
	}
}

// FuzzScalars checks the promise of the lenient scalars: any JSON value
// decodes without error and marshals back to the same JSON value (numbers
// compared as text), and decoding that again gives the same reading.
func FuzzScalars(f *testing.F) {
	for _, s := range []string{`16`, `-0.35`, `"16.0"`, `" 0.5 "`, `1e999`, `"NaN"`, `null`, `""`, `true`, `"TRUE"`,
		`"yes"`, `{"a": [1, 2]}`, `"2023-05-17T11:52:03.762Z"`, `"2023-05-17t11:52:03z"`, `"2023-05-17T13:52:03.762+02:00"`,
		`"2023-05-17T11:52:03-00:00"`, `"2023-05-17T11:52:03.5"`, `1655816640000`, `"0001655816640"`,
		`"2023-08-16T13:30.00.00Z"`, `"2023-08-16T13:28:42\u005a"`, `"\u0031.5"`, `-5`, `1655816640.5`} {
		f.Add([]byte(s))
	}
	tree := func(t *testing.T, b []byte) any {
		d := json.NewDecoder(strings.NewReader(string(b)))
		d.UseNumber()
		var v any
		if err := d.Decode(&v); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		return v
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		in = []byte(strings.TrimSpace(string(in)))
		if !jsontext.Value(in).IsValid() {
			return // json v2's rules: also no invalid UTF-8 or lone surrogate escapes
		}
		check := func(name string, v, again json.Unmarshaler, same func() bool) {
			if err := v.UnmarshalJSON(in); err != nil {
				t.Fatalf("%s: %s: %v", name, in, err)
			}
			out, err := json.Marshal(v)
			if err != nil {
				t.Fatalf("%s: marshal %s: %v", name, in, err)
			}
			if !reflect.DeepEqual(tree(t, in), tree(t, out)) {
				t.Fatalf("%s: %s marshals back as %s", name, in, out)
			}
			if err := again.UnmarshalJSON(out); err != nil {
				t.Fatalf("%s: %s: %v", name, out, err)
			}
			if !same() {
				t.Fatalf("%s: %s and %s read differently", name, in, out)
			}
		}
		var d, d2 edrv.Decimal
		check("Decimal", &d, &d2, func() bool {
			return d.Valid() == d2.Valid() && d.Null() == d2.Null() && d.Malformed() == d2.Malformed() &&
				d.String() == d2.String() && d.Float64() == d2.Float64()
		})
		var b, b2 edrv.Bool
		check("Bool", &b, &b2, func() bool {
			return b.Valid() == b2.Valid() && b.Null() == b2.Null() && b.Malformed() == b2.Malformed() && b.Bool() == b2.Bool()
		})
		var ts, ts2 edrv.Time
		check("Time", &ts, &ts2, func() bool {
			return ts.Valid() == ts2.Valid() && ts.Null() == ts2.Null() && ts.Malformed() == ts2.Malformed() &&
				ts.Epoch() == ts2.Epoch() && ts.Time().Equal(ts2.Time())
		})
	})
}
