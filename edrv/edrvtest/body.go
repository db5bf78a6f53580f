package edrvtest

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"time"

	"github.com/evhooks/evhooks/edrv"
)

// Body returns an eDRV envelope for name and object (such as "session" or
// "action") whose data is data marshaled to JSON, with a fresh random 24-hex
// _id and createdAt set to now. data is usually one of the edrv object types
// or a map. It panics when data cannot be marshaled.
func Body(name edrv.EventType, object string, data any) []byte {
	raw, err := json.Marshal(data)
	if err != nil {
		panic("edrvtest: marshal data: " + err.Error())
	}
	var id [12]byte
	_, _ = rand.Read(id[:])
	b, err := json.Marshal(&edrv.Unknown{
		ID:        hex.EncodeToString(id[:]),
		Name:      name,
		Object:    object,
		Data:      raw,
		CreatedAt: edrv.NewTime(time.Now()),
	})
	if err != nil {
		panic("edrvtest: marshal envelope: " + err.Error())
	}
	return b
}
