package edrv

import (
	"bytes"
	"encoding/json"
)

// Organization is the data of organization.updated. eDRV publishes no
// schema for it, so only its id is typed; Raw keeps the whole object, and
// marshaling writes Raw's members back with "_id" set from ID.
type Organization struct {
	ID  string
	Raw json.RawMessage
}

// UnmarshalJSON implements [json.Unmarshaler].
func (o *Organization) UnmarshalJSON(b []byte) error {
	var w struct {
		ID string `json:"_id"`
	}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*o = Organization{ID: w.ID, Raw: bytes.Clone(b)}
	return nil
}

// MarshalJSON implements [json.Marshaler].
func (o Organization) MarshalJSON() ([]byte, error) {
	m := map[string]json.RawMessage{}
	if len(o.Raw) > 0 {
		if err := json.Unmarshal(o.Raw, &m); err != nil {
			return nil, err
		}
	}
	if o.ID != "" || m["_id"] != nil {
		if m == nil { // Raw was null
			m = map[string]json.RawMessage{}
		}
		id, _ := json.Marshal(o.ID)
		m["_id"] = id
	}
	return json.Marshal(m)
}
