module github.com/evhooks/evhooks/examples/cluster

go 1.26.0

require (
	github.com/evhooks/evhooks v0.0.0
	github.com/evhooks/evhooks/dispatch/jetstream v0.0.0-00010101000000-000000000000
	github.com/evhooks/evhooks/dispatch/redisdedup v0.0.0-00010101000000-000000000000
	github.com/nats-io/nats.go v1.56.0
	github.com/redis/go-redis/v9 v9.23.0
)

require (
	github.com/cespare/xxhash/v2 v2.3.0 // indirect
	github.com/go-json-experiment/json v1.27.2 // indirect
	github.com/klauspost/compress v1.20.4 // indirect
	github.com/nats-io/nkeys v0.4.17 // indirect
	github.com/nats-io/nuid v1.0.1 // indirect
	go.uber.org/atomic v1.12.0 // indirect
	golang.org/x/crypto v0.58.0 // indirect
	golang.org/x/sys v0.50.0 // indirect
)

replace (
	github.com/evhooks/evhooks => ../..
	github.com/evhooks/evhooks/dispatch/jetstream => ../../dispatch/jetstream
	github.com/evhooks/evhooks/dispatch/redisdedup => ../../dispatch/redisdedup
)
