package jetstream

import (
	"github.com/evhooks/evhooks/dispatch"
	"github.com/nats-io/nats.go"
)

// PackForTest exposes pack to the external tests.
func PackForTest(s dispatch.Stored) nats.Header { return pack(&s) }
