package main

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/evhooks/evhooks/dispatch/jetstream"
	"github.com/evhooks/evhooks/dispatch/redisdedup"
	"github.com/evhooks/evhooks/volteras/volterastest"
)

func TestParseFlags(t *testing.T) {
	env := map[string]string{envRedis: "10.0.0.1:6380", envNATS: "nats://n:4222"}
	getenv := func(k string) string { return env[k] }
	tests := []struct {
		name    string
		args    []string
		getenv  func(string) string
		check   func(t *testing.T, c config)
		wantErr string
	}{
		{name: "defaults", getenv: func(string) string { return "" }, check: func(t *testing.T, c config) {
			want := config{addr: "127.0.0.1:8080", redisAddr: "127.0.0.1:6379", natsURL: "nats://127.0.0.1:4222",
				redisPrefix: redisdedup.DefaultPrefix, lease: dispatch.DefaultClaimLease, ttl: dispatch.DefaultDedupTTL,
				redisT: redisdedup.DefaultTimeout, stream: jetstream.DefaultStream, subjects: jetstream.DefaultSubjectPrefix,
				deadLetters: jetstream.DefaultDeadLetterPrefix, consumer: jetstream.DefaultConsumer,
				handlerTimeout: jetstream.DefaultHandlerTimeout, maxDeliver: jetstream.DefaultMaxDeliver,
				dupWindow:   jetstream.DefaultDuplicateWindow,
				concurrency: jetstream.DefaultConcurrency, backoffMin: jetstream.DefaultBackoffMin,
				backoffMax: jetstream.DefaultBackoffMax, maxBody: 512 << 10, edrvMaxAge: c.edrvMaxAge, instance: c.instance}
			if c != want {
				t.Errorf("got %+v\nwant %+v", c, want)
			}
			if c.edrvMaxAge <= 0 || c.instance == "" {
				t.Errorf("edrv max age %v, instance %q", c.edrvMaxAge, c.instance)
			}
		}},
		{name: "environment", getenv: getenv, check: func(t *testing.T, c config) {
			if c.redisAddr != "10.0.0.1:6380" || c.natsURL != "nats://n:4222" {
				t.Errorf("redis %q, nats %q", c.redisAddr, c.natsURL)
			}
		}},
		{name: "flags over environment", getenv: getenv, args: []string{"-redis", "r:1", "-nats", "nats://x:1", "-lease", "3s", "-fault-transient", "100", "-fault-always", "10"},
			check: func(t *testing.T, c config) {
				if c.redisAddr != "r:1" || c.natsURL != "nats://x:1" || c.lease != 3*time.Second || c.faultTransient != 100 || c.faultAll != 10 {
					t.Errorf("got %+v", c)
				}
			}},
		{name: "faults over 1000", getenv: getenv, args: []string{"-fault-transient", "600", "-fault-always", "500"}, wantErr: "together at most 1000"},
		{name: "negative fault", getenv: getenv, args: []string{"-fault-always", "-1"}, wantErr: "must be per mille"},
		{name: "negative max age", getenv: getenv, args: []string{"-edrv-max-age", "-1s"}, wantErr: "is negative"},
		{name: "stray argument", getenv: getenv, args: []string{"extra"}, wantErr: "unexpected arguments"},
		{name: "unknown flag", getenv: getenv, args: []string{"-nope"}, wantErr: "flag provided but not defined"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			c, err := parseFlags(tt.args, tt.getenv, &stderr)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, c)
		})
	}
}

func TestFaultOf(t *testing.T) {
	const n = 20000
	counts := map[fault]int{}
	for i := range n {
		key := fmt.Sprintf("edrv:%024x", i)
		f := faultOf(key, 100, 10)
		if again := faultOf(key, 100, 10); again != f {
			t.Fatalf("%s: %v then %v", key, f, again)
		}
		counts[f]++
		if faultOf(key, 0, 0) != faultNone {
			t.Fatalf("%s: a fault with injection off", key)
		}
	}
	// About 1 % always, 10 % transient: within a generous band.
	if a := counts[faultAlways]; a < n/200 || a > n/50 {
		t.Errorf("%d of %d always failing, want about 1 %%", a, n)
	}
	if tr := counts[faultTransient]; tr < n/20 || tr > n/5 {
		t.Errorf("%d of %d transient, want about 10 %%", tr, n)
	}
	if all := faultOf("x", 0, 1000); all != faultAlways {
		t.Errorf("1000 per mille always: got %v", all)
	}
}

func TestSources(t *testing.T) {
	tests := []struct {
		name    string
		env     map[string]string
		want    []string
		wantErr string
	}{
		{"none", nil, nil, "no provider configured"},
		{"all", map[string]string{envVolteras: volterastest.NewSecret(), envEDRV: "e", envSmartcar: "s"}, []string{"volteras", "edrv", "smartcar"}, ""},
		{"one", map[string]string{envEDRV: "e"}, []string{"edrv"}, ""},
		{"white space", map[string]string{envEDRV: "e "}, nil, envEDRV + ": the value has leading or trailing white space"},
		{"bad volteras secret", map[string]string{envVolteras: "whsec_%%%"}, nil, envVolteras + ":"},
		{"volteras per type only", map[string]string{envVolterasTypes: "device.telemetry=" + volterastest.NewSecret()}, []string{"volteras"}, ""},
		{"volteras per type and shared", map[string]string{envVolteras: volterastest.NewSecret(), envVolterasTypes: "device.telemetry=" + volterastest.NewSecret() + ", command.updated=" + volterastest.NewSecret()}, []string{"volteras"}, ""},
		{"volteras per type twice", map[string]string{envVolterasTypes: "a.b=" + volterastest.NewSecret() + ",a.b=" + volterastest.NewSecret()}, nil, envVolterasTypes + ": a.b is given twice"},
		{"volteras per type malformed", map[string]string{envVolterasTypes: "a.b"}, nil, envVolterasTypes + ": entry 1 is not event.type=secret"},
		{"volteras per type empty entry", map[string]string{envVolterasTypes: "a.b=" + volterastest.NewSecret() + ","}, nil, envVolterasTypes + ": entry 2 is empty"},
		{"volteras per type bad secret", map[string]string{envVolterasTypes: "a.b=whsec_%%%"}, nil, envVolteras + " or " + envVolterasTypes + ":"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, err := sources(config{edrvMaxAge: time.Hour}, func(k string) string { return tt.env[k] })
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range ps {
				got = append(got, p.provider)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("providers %v, want %v", got, tt.want)
			}
		})
	}
}
