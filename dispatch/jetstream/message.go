package jetstream

import (
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/evhooks/evhooks/dispatch"
	"github.com/nats-io/nats.go"
)

// Headers this package writes on the messages it publishes, beside the
// delivery's own request headers.
const (
	// HeaderProvider carries [dispatch.Stored.Provider].
	HeaderProvider = "Evhooks-Provider"
	// HeaderEvent carries [dispatch.Stored.Name], escaped as described in
	// the package documentation.
	HeaderEvent = "Evhooks-Event"
	// HeaderID carries [dispatch.Stored.ID], escaped; absent when the
	// delivery has no idempotency key.
	HeaderID = "Evhooks-Id"
	// HeaderReceivedAt carries [dispatch.Stored.ReceivedAt] in RFC 3339
	// with nanoseconds, UTC.
	HeaderReceivedAt = "Evhooks-Received-At"
)

// Headers this package adds when it republishes a message to the
// dead-letter subject.
const (
	// HeaderError holds the text of the last error (a [*Failure]), on one
	// line, at most 4 KiB.
	HeaderError = "Evhooks-Error"
	// HeaderDeliveries holds how many times the message was delivered.
	HeaderDeliveries = "Evhooks-Deliveries"
	// HeaderSubject holds the subject the message was stored under.
	HeaderSubject = "Evhooks-Subject"
	// HeaderSequence holds the message's sequence number in the stream.
	HeaderSequence = "Evhooks-Sequence"
)

// dropped are request headers that are never stored: credentials a proxy
// may have checked, and hop-by-hop and framing headers. Headers starting
// with "Nats-" (JetStream reads them) or "Evhooks-" (this package's) are
// dropped too, so a sender cannot steer the stream or forge them.
var dropped = map[string]bool{
	"Authorization": true, "Proxy-Authorization": true, "Cookie": true,
	"Connection": true, "Keep-Alive": true, "Proxy-Connection": true, "Te": true,
	"Trailer": true, "Transfer-Encoding": true, "Upgrade": true, "Content-Length": true,
}

// storedHeader reports whether the request header named key (canonical)
// is stored.
func storedHeader(key string) bool {
	return !dropped[key] && !hasPrefixFold(key, "Nats-") && !hasPrefixFold(key, "Evhooks-")
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// Subject returns the subject a delivery of provider's event name is
// stored under with prefix: "<prefix>.<provider>.<event>". The event name
// keeps its dots as token separators when none of its tokens is empty; its
// other bytes outside A-Z, a-z, 0-9, '_' and '-' are written as %XX
// (upper-case hex), and so are all its dots when one of its tokens is empty
// (".x", "a..b", "x."). The provider is escaped the same way, dots
// included, so it is always one token; an empty name or provider is "%".
// For example edrv's "session.updated" is "evhooks.edrv.session.updated" and
// "tab\tname" is "evhooks.p.tab%09name". A consumer of every delivery
// subscribes to "<prefix>.>", of one provider to "<prefix>.<provider>.>".
func Subject(prefix, provider, event string) string {
	var b strings.Builder
	b.Grow(len(prefix) + len(provider) + len(event) + 2)
	b.WriteString(prefix)
	b.WriteByte('.')
	escapeToken(&b, provider, true)
	b.WriteByte('.')
	keepDots := event != ""
	for tok := range strings.SplitSeq(event, ".") {
		if tok == "" {
			keepDots = false
		}
	}
	escapeToken(&b, event, !keepDots)
	return b.String()
}

const hexDigits = "0123456789ABCDEF"

// escapeToken writes s with every byte outside [A-Za-z0-9_-] as %XX, dots
// too when escapeDots; "" is written "%".
func escapeToken(b *strings.Builder, s string, escapeDots bool) {
	if s == "" {
		b.WriteByte('%')
		return
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '_', c == '-':
			b.WriteByte(c)
		case c == '.' && !escapeDots:
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		}
	}
}

// escapeValue makes s safe as a NATS header value: '%', control bytes
// (CR and LF among them) and DEL become %XX. Values without them are
// returned unchanged.
func escapeValue(s string) string {
	i := 0
	for i < len(s) && !needsEscape(s[i]) {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if needsEscape(c) {
			b.WriteByte('%')
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

func needsEscape(c byte) bool { return c < 0x20 || c == 0x7f || c == '%' }

// unescapeValue reverses escapeValue.
func unescapeValue(s string) (string, error) {
	if strings.IndexByte(s, '%') < 0 {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		if i+2 >= len(s) {
			return "", fmt.Errorf("%w: truncated escape in %q", ErrMalformed, s)
		}
		hi, lo := unhex(s[i+1]), unhex(s[i+2])
		if hi < 0 || lo < 0 {
			return "", fmt.Errorf("%w: bad escape in %q", ErrMalformed, s)
		}
		b.WriteByte(byte(hi<<4 | lo))
		i += 2
	}
	return b.String(), nil
}

func unhex(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'A' <= c && c <= 'F':
		return int(c-'A') + 10
	case 'a' <= c && c <= 'f':
		return int(c-'a') + 10
	}
	return -1
}

// msgID is the Nats-Msg-Id of a stored delivery: "<provider>:<id>", escaped
// as a header value; "" when the delivery has no id.
func msgID(provider, id string) string {
	if id == "" {
		return ""
	}
	return escapeValue(provider + ":" + id)
}

// pack returns the NATS headers of a stored delivery: its request headers
// (less the dropped ones and values a header line cannot carry) and this
// package's headers.
func pack(s *dispatch.Stored) nats.Header {
	h := make(nats.Header, len(s.Header)+6)
	for k, vs := range s.Header {
		ck := http.CanonicalHeaderKey(k)
		if !storedHeader(ck) || !validKey(ck) {
			continue
		}
		for _, v := range vs {
			if strings.ContainsAny(v, "\r\n\x00") {
				continue // a header line cannot carry it; no HTTP request can either
			}
			h[ck] = append(h[ck], v)
		}
	}
	h[HeaderProvider] = []string{escapeValue(s.Provider)}
	h[HeaderEvent] = []string{escapeValue(s.Name)}
	if s.ID != "" {
		h[HeaderID] = []string{escapeValue(s.ID)}
	}
	at := s.ReceivedAt
	if at.IsZero() {
		at = time.Now()
	}
	h[HeaderReceivedAt] = []string{at.UTC().Format(time.RFC3339Nano)}
	return h
}

// validKey reports whether k can be a NATS header name: printable ASCII
// without ':' or white space.
func validKey(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		if c := k[i]; c <= ' ' || c >= 0x7f || c == ':' {
			return false
		}
	}
	return true
}

// Unpack rebuilds the [dispatch.Stored] from the headers and data of a
// message a [Sink] published, as the [Consumer] does before
// [dispatch.Router.DeliverStored]; use it to read the dead-letter subject.
// Header holds the delivery's request headers only (canonical names);
// Body is data itself, not a copy. It fails with an error wrapping
// [ErrMalformed] when this package's headers are missing or unreadable.
func Unpack(h nats.Header, data []byte) (dispatch.Stored, error) {
	var s dispatch.Stored
	prov, ok := first(h, HeaderProvider)
	if !ok || prov == "" {
		return s, fmt.Errorf("%w: no %s header", ErrMalformed, HeaderProvider)
	}
	at, ok := first(h, HeaderReceivedAt)
	if !ok {
		return s, fmt.Errorf("%w: no %s header", ErrMalformed, HeaderReceivedAt)
	}
	t, err := time.Parse(time.RFC3339Nano, at)
	if err != nil {
		return s, fmt.Errorf("%w: %s: %w", ErrMalformed, HeaderReceivedAt, err)
	}
	name, _ := first(h, HeaderEvent)
	id, _ := first(h, HeaderID)
	if s.Provider, err = unescapeValue(prov); err != nil {
		return s, err
	}
	if s.Name, err = unescapeValue(name); err != nil {
		return s, err
	}
	if s.ID, err = unescapeValue(id); err != nil {
		return s, err
	}
	s.ReceivedAt = t
	s.Body = data
	s.Header = make(http.Header, len(h))
	for k, vs := range h {
		ck := http.CanonicalHeaderKey(k)
		if storedHeader(ck) {
			s.Header[ck] = append(s.Header[ck], vs...)
		}
	}
	return s, nil
}

// first returns the first value of key, looked up exactly and then in any
// case (a server or client on the way may have changed it).
func first(h nats.Header, key string) (string, bool) {
	if vs := h[key]; len(vs) > 0 {
		return vs[0], true
	}
	for k, vs := range h {
		if len(vs) > 0 && strings.EqualFold(k, key) {
			return vs[0], true
		}
	}
	return "", false
}

// validName reports whether s can name a stream or a durable consumer.
func validName(s string) bool {
	return s != "" && !strings.ContainsAny(s, ".*> \t\r\n/\\")
}

// validPrefix reports whether s can start a subject: dot-separated
// non-empty tokens without wildcards or white space.
func validPrefix(s string) bool {
	if s == "" {
		return false
	}
	for tok := range strings.SplitSeq(s, ".") {
		if tok == "" || tok == "*" || tok == ">" || strings.ContainsAny(tok, " \t\r\n*>") {
			return false
		}
	}
	return true
}
