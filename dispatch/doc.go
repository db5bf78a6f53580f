// Package dispatch serves verified, typed webhooks over net/http.
package dispatch
