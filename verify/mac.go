package verify

import (
	"crypto/hmac"
	"crypto/sha256"
	"hash"
	"sync"
)

// MAC is an HMAC-SHA256 keyed once and reused: it keeps a pool of keyed
// states, so computing a MAC allocates nothing and skips the key schedule.
// A MAC is safe for concurrent use.
type MAC struct {
	pool sync.Pool
}

type macState struct {
	h   hash.Hash
	buf []byte // scratch for short string parts, reused across calls
}

// NewMAC returns a [MAC] keyed with key. The key is copied.
func NewMAC(key []byte) *MAC {
	k := append([]byte(nil), key...)
	m := &MAC{}
	m.pool.New = func() any {
		return &macState{h: hmac.New(sha256.New, k), buf: make([]byte, 0, 64)}
	}
	return m
}

// Sum appends to dst the HMAC-SHA256 of head followed by body and returns the
// extended slice. head is short text such as "<timestamp>."; body is hashed
// in place, never copied.
func (m *MAC) Sum(dst []byte, head string, body []byte) []byte {
	st := m.pool.Get().(*macState)
	st.h.Reset()
	if head != "" {
		// Through the scratch buffer: no string-to-[]byte conversion.
		st.buf = append(st.buf[:0], head...)
		st.h.Write(st.buf)
	}
	st.h.Write(body)
	st.buf = st.h.Sum(st.buf[:0])
	dst = append(dst, st.buf...)
	m.pool.Put(st)
	return dst
}

// equalText reports, in constant time for a given length, whether sig holds
// exactly the bytes of want, without converting sig to a []byte.
func equalText(want []byte, sig string) bool {
	if len(want) != len(sig) {
		return false
	}
	var v byte
	for i := 0; i < len(want); i++ {
		v |= want[i] ^ sig[i]
	}
	return v == 0
}

// EqualHex reports whether sig is the hexadecimal text of mac, in either
// letter case. The comparison takes the same time wherever the first
// difference lies, and allocates nothing.
func EqualHex(mac []byte, sig string) bool {
	if len(sig) != 2*len(mac) || len(mac) == 0 {
		return false
	}
	var diff, bad byte
	for i := 0; i < len(mac); i++ {
		hi, ok1 := unhex(sig[2*i])
		lo, ok2 := unhex(sig[2*i+1])
		bad |= ok1&ok2 ^ 1
		diff |= mac[i] ^ (hi<<4 | lo)
	}
	return diff|bad == 0
}

// unhex decodes one hex digit; ok is 1 for a valid digit and 0 otherwise.
func unhex(c byte) (v, ok byte) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', 1
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, 1
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, 1
	}
	return 0, 0
}

// AppendHex appends the lower-case hexadecimal text of b to dst.
func AppendHex(dst, b []byte) []byte {
	const digits = "0123456789abcdef"
	for _, c := range b {
		dst = append(dst, digits[c>>4], digits[c&0x0f])
	}
	return dst
}

// sum3 appends the HMAC of a, ".", b, "." and body to dst: the Standard
// Webhooks signed content "<id>.<timestamp>.<body>".
func (m *MAC) sum3(dst []byte, a, b string, body []byte) []byte {
	st := m.pool.Get().(*macState)
	st.h.Reset()
	st.buf = append(st.buf[:0], a...)
	st.buf = append(st.buf, '.')
	st.buf = append(st.buf, b...)
	st.buf = append(st.buf, '.')
	st.h.Write(st.buf)
	st.h.Write(body)
	st.buf = st.h.Sum(st.buf[:0])
	dst = append(dst, st.buf...)
	m.pool.Put(st)
	return dst
}
