package edrv_test

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/evhooks/evhooks/edrv"
)

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
			assert.JSONEq(t, tt.in, string(out))
		})
	}
	out, err := json.Marshal(edrv.NewCoordinates(4.9, 52.4))
	require.NoError(t, err)
	assert.Equal(t, `[4.9,52.4]`, string(out))
}

func TestRateRef(t *testing.T) {
	tests := []struct {
		in      string
		id      string
		hasRate bool
	}{
		{`"62569ca2f94d5506460d9f42"`, "62569ca2f94d5506460d9f42", false},
		{`{"_id":"6124c9bdcd8ad428ee3de0b3","currency":"EUR","price_components":[{"type":"TIME","price":1}]}`, "6124c9bdcd8ad428ee3de0b3", true},
		{`null`, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var r edrv.RateRef
			require.NoError(t, json.Unmarshal([]byte(tt.in), &r))
			assert.Equal(t, tt.id, r.ID)
			assert.Equal(t, tt.hasRate, r.Rate != nil)
			out, err := json.Marshal(r)
			require.NoError(t, err)
			assert.JSONEq(t, tt.in, string(out))
		})
	}
	var r edrv.RateRef
	var typeErr *json.UnmarshalTypeError
	assert.ErrorAs(t, json.Unmarshal([]byte(`5`), &r), &typeErr, "a number is not a rate")
	assert.ErrorAs(t, json.Unmarshal([]byte(`{"price_components":"x"}`), &r), &typeErr)
}

func TestQuantityUnit(t *testing.T) {
	tests := []struct {
		in       string
		unit     string
		unitNull bool
	}{
		{`{"value":1,"unit":"kWh"}`, "kWh", false},
		{`{"unit":null,"value":0.52}`, "", true},
		{`{"value":"69"}`, "", false},
		{`{"value":1,"unit":""}`, "", false},
		{`{"Value":1,"UNIT":"Custom\u00b0"}`, "Custom°", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var q edrv.Quantity
			require.NoError(t, json.Unmarshal([]byte(tt.in), &q))
			assert.Equal(t, tt.unit, q.Unit)
			assert.Equal(t, tt.unitNull, q.UnitNull())
			out, err := json.Marshal(q)
			require.NoError(t, err)
			assert.Equal(t, foldedTree(t, []byte(tt.in)), foldedTree(t, out), "%s", out)
		})
	}
	var q edrv.Quantity
	var typeErr *json.UnmarshalTypeError
	assert.ErrorAs(t, json.Unmarshal([]byte(`{"value":1,"unit":5}`), &q), &typeErr)
	assert.ErrorAs(t, json.Unmarshal([]byte(`[1]`), &q), &typeErr)

	wh, ok := (&edrv.Quantity{Value: edrv.NewDecimal(2), Unit: "W"}).WattHours()
	assert.False(t, ok, "W is not an energy unit")
	assert.Zero(t, wh)
}

func TestCostSpellings(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		amount   string
		currency string
		items    int
	}{
		{"breakdown", `{"amount":1.5,"currency":"usd","breakdown":[{"type":"FLAT","rateName":"","unit":""}]}`, "1.5", "usd", 1},
		{"cost_breakdown", `{"amount":"1.50","currency":"usd","cost_breakdown":[{"type":"FLAT","rateName":"","unit":""},{"type":"TIME","rateName":"","unit":"h"}]}`, "1.50", "usd", 2},
		{"empty breakdown", `{"amount":0,"breakdown":[]}`, "0", "", 0},
		{"escaped key and value", `{"amount":2,"cur\u0072ency":"\u0075sd","breakdown":[]}`, "2", "usd", 0},
		{"upper-case keys", `{"AMOUNT":2,"Currency":"usd","Breakdown":[]}`, "2", "usd", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c edrv.Cost
			require.NoError(t, json.Unmarshal([]byte(tt.in), &c))
			assert.Equal(t, tt.amount, c.Amount.String())
			assert.Equal(t, tt.currency, c.Currency)
			assert.Len(t, c.Breakdown, tt.items)
			assert.NotNil(t, c.Breakdown)
			out, err := json.Marshal(c)
			require.NoError(t, err)
			got := foldedTree(t, out)
			assert.Equal(t, foldedTree(t, []byte(tt.in)), got, "%s", out)
			_, legacy := got["cost_breakdown"]
			assert.Equal(t, tt.name == "cost_breakdown", legacy, "written under the key it came with")
		})
	}
	var c edrv.Cost
	var typeErr *json.UnmarshalTypeError
	assert.ErrorAs(t, json.Unmarshal([]byte(`[]`), &c), &typeErr)
	assert.ErrorAs(t, json.Unmarshal([]byte(`{"breakdown":{}}`), &c), &typeErr)
	assert.ErrorAs(t, json.Unmarshal([]byte(`{"currency":5}`), &c), &typeErr)
}

// foldedTree decodes the JSON object b with its member names in lower
// case: encoding/json matches names ignoring case, and a value marshals
// under the name its field declares.
func foldedTree(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m), "%s", b)
	folded := make(map[string]any, len(m))
	for k, v := range m {
		folded[strings.ToLower(k)] = v
	}
	return folded
}

func TestOrganizationNull(t *testing.T) {
	var o edrv.Organization
	require.NoError(t, json.Unmarshal([]byte(`null`), &o))
	out, err := json.Marshal(o)
	require.NoError(t, err)
	assert.Equal(t, `null`, string(out), "marshals back as it came")
	o.ID = "o1"
	out, err = json.Marshal(o)
	require.NoError(t, err)
	assert.Equal(t, `{"_id":"o1"}`, string(out))
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
// called with text that is not JSON: they must keep it as malformed, not
// panic.
func TestScalarsUnmarshalNotJSON(t *testing.T) {
	for _, in := range []string{`"`, `"a`, `a"`, `"\`, `{`, `[`, `n`, `tru`, `-`} {
		t.Run(in, func(t *testing.T) {
			var ts edrv.Time
			require.NoError(t, ts.UnmarshalJSON([]byte(in)))
			assert.True(t, ts.Malformed(), "Time")
			assert.Equal(t, in, ts.Raw())

			var d edrv.Decimal
			require.NoError(t, d.UnmarshalJSON([]byte(in)))
			assert.True(t, d.Malformed(), "Decimal")
			assert.Equal(t, in, d.Raw())

			var b edrv.Bool
			require.NoError(t, b.UnmarshalJSON([]byte(in)))
			assert.True(t, b.Malformed(), "Bool")
			assert.Equal(t, in, b.Raw())
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
		if !json.Valid(in) {
			return
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
