package volteras

import (
	"encoding/json"
	"math"
	"reflect"
	"strconv"
)

// wholeInt decodes a JSON integer, also accepting a whole number written with
// a fraction or exponent (8.0, 1e2), which the spec expects from Volteras'
// loosely typed numbers. Anything else is an *json.UnmarshalTypeError.
type wholeInt int

// UnmarshalJSON decodes a whole JSON number; null leaves n unchanged.
func (n *wholeInt) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	v, err := parseWholeInt(b)
	if err != nil {
		return err
	}
	*n = wholeInt(v)
	return nil
}

func parseWholeInt(b []byte) (int, error) {
	s := string(b) // does not escape: strconv copies what it keeps
	if i, err := strconv.ParseInt(s, 10, strconv.IntSize); err == nil {
		return int(i), nil
	}
	if len(b) > 0 && (b[0] == '-' || b[0] >= '0' && b[0] <= '9') {
		f, err := strconv.ParseFloat(s, 64)
		if err == nil && f == math.Trunc(f) && f >= math.MinInt && f < math.MaxInt {
			return int(f), nil
		}
		return 0, &json.UnmarshalTypeError{Value: "number " + s, Type: reflect.TypeFor[int]()}
	}
	return 0, &json.UnmarshalTypeError{Value: jsonKind(b), Type: reflect.TypeFor[int]()}
}
