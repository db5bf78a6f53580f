package volteras

import (
	"bytes"
	"encoding/json"
	"strconv"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// reader is the small JSON reader behind the fast decoding path (see
// parseFast). It reads a body strictly as encoding/json's scanner does, and
// gives up, rather than guess, on anything outside the plain success case:
// a syntax error, a wrong JSON type, a duplicate or case-folded member name,
// very deep nesting. Giving up is sticky: once bad is set, every read fails,
// and the caller decodes the body again with encoding/json, which produces
// the result or the error.
type reader struct {
	b   []byte
	i   int
	bad bool
}

// maxSkipDepth bounds the nesting the reader skips. Deeper input is left to
// encoding/json, which has its own, larger limit.
const maxSkipDepth = 1000

// fail gives up on the body.
func (r *reader) fail() {
	r.bad = true
	r.i = len(r.b)
}

// peek skips white space and returns the next byte, 0 at the end.
func (r *reader) peek() byte {
	for r.i < len(r.b) {
		switch c := r.b[r.i]; c {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return c
		}
	}
	return 0
}

// end reports whether only white space is left and nothing failed.
func (r *reader) end() bool {
	r.peek()
	return !r.bad && r.i == len(r.b)
}

// object consumes the '{' the reader is at and reports whether a member
// follows (the reader is then at its name); false for an empty object.
func (r *reader) object() bool {
	r.i++
	switch r.peek() {
	case '"':
		return true
	case '}':
		r.i++
		return false
	}
	r.fail()
	return false
}

// nextMember consumes the ',' or '}' after a member and reports whether
// another member follows.
func (r *reader) nextMember() bool {
	switch r.peek() {
	case ',':
		r.i++
		if r.peek() == '"' {
			return true
		}
	case '}':
		r.i++
		return false
	}
	r.fail()
	return false
}

// key reads a member name and the ':' after it. The name shares the body's
// storage unless it holds escapes.
func (r *reader) key() []byte {
	start, end, plain := r.stringToken()
	if r.peek() != ':' {
		r.fail()
		return nil
	}
	r.i++
	if plain {
		return r.b[start:end]
	}
	return unquote(r.b[start:end])
}

// array consumes the '[' the reader is at and reports whether an element
// follows; false for an empty array.
func (r *reader) array() bool {
	r.i++
	if r.peek() == ']' {
		r.i++
		return false
	}
	return !r.bad
}

// nextElement consumes the ',' or ']' after an element and reports whether
// another element follows.
func (r *reader) nextElement() bool {
	switch r.peek() {
	case ',':
		r.i++
		return true
	case ']':
		r.i++
		return false
	}
	r.fail()
	return false
}

// strSafe marks the bytes that stand for themselves inside a string and
// need no check: printable ASCII other than '"' and '\\'.
var strSafe = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// stringToken reads the string the reader is at and returns the bounds of
// its content. plain reports that the content is its own value: no escapes
// and valid UTF-8 (encoding/json replaces invalid bytes with U+FFFD).
func (r *reader) stringToken() (start, end int, plain bool) {
	if r.peek() != '"' {
		r.fail()
		return 0, 0, false
	}
	b := r.b
	start = r.i + 1
	plain = true
	high := false
	for i := start; i < len(b); i++ {
		c := b[i]
		if strSafe[c] {
			continue
		}
		switch {
		case c == '"':
			if high && plain && !utf8.Valid(b[start:i]) {
				plain = false
			}
			r.i = i + 1
			return start, i, plain
		case c == '\\':
			plain = false
			i++
			if i >= len(b) {
				r.fail()
				return 0, 0, false
			}
			switch b[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				if i+4 >= len(b) || hex4(b[i+1:i+5]) < 0 {
					r.fail()
					return 0, 0, false
				}
				i += 4
			default:
				r.fail()
				return 0, 0, false
			}
		case c < 0x20:
			r.fail()
			return 0, 0, false
		default:
			high = true
		}
	}
	r.fail()
	return 0, 0, false
}

// hex4 returns the value of four hex digits, or -1.
func hex4(b []byte) rune {
	var v rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		v = v<<4 | rune(c)
	}
	return v
}

// unquote decodes the content of a string token as encoding/json does:
// escapes, surrogate pairs (a lone surrogate becomes U+FFFD), and invalid
// UTF-8 coerced to U+FFFD byte by byte. s has passed stringToken.
func unquote(s []byte) []byte {
	out := make([]byte, 0, len(s)+utf8.UTFMax)
	for r := 0; r < len(s); {
		c := s[r]
		switch {
		case c == '\\':
			switch e := s[r+1]; e {
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				rr := hex4(s[r+2:])
				r += 6
				if utf16.IsSurrogate(rr) {
					rr1 := rune(-1)
					if len(s) >= r+6 && s[r] == '\\' && s[r+1] == 'u' {
						rr1 = hex4(s[r+2:])
					}
					if dec := utf16.DecodeRune(rr, rr1); dec != unicode.ReplacementChar {
						r += 6
						out = utf8.AppendRune(out, dec)
						continue
					}
					rr = unicode.ReplacementChar
				}
				out = utf8.AppendRune(out, rr)
				continue
			default: // '"', '\\', '/'
				out = append(out, e)
			}
			r += 2
		case c < utf8.RuneSelf:
			out = append(out, c)
			r++
		default:
			rr, size := utf8.DecodeRune(s[r:])
			out = utf8.AppendRune(out, rr)
			r += size
		}
	}
	return out
}

// numberToken reads the number the reader is at and returns its bounds. The
// byte after it is checked by whatever reads next.
func (r *reader) numberToken() (start, end int) {
	b := r.b
	start = r.i
	i := start
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && '1' <= b[i] && b[i] <= '9':
		for i++; i < len(b) && '0' <= b[i] && b[i] <= '9'; i++ {
		}
	default:
		r.fail()
		return 0, 0
	}
	if i < len(b) && b[i] == '.' {
		i++
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			r.fail()
			return 0, 0
		}
		for i++; i < len(b) && '0' <= b[i] && b[i] <= '9'; i++ {
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			r.fail()
			return 0, 0
		}
		for i++; i < len(b) && '0' <= b[i] && b[i] <= '9'; i++ {
		}
	}
	r.i = i
	return start, i
}

// literal consumes word (true, false or null), which the reader is at.
func (r *reader) literal(word string) {
	if len(r.b)-r.i >= len(word) && string(r.b[r.i:r.i+len(word)]) == word {
		r.i += len(word)
		return
	}
	r.fail()
}

// skip reads any value, validating it.
func (r *reader) skip() { r.skipDepth(0) }

func (r *reader) skipDepth(depth int) {
	switch c := r.peek(); c {
	case '{':
		if depth >= maxSkipDepth {
			r.fail()
			return
		}
		for more := r.object(); more; more = r.nextMember() {
			r.stringToken()
			if r.peek() != ':' {
				r.fail()
				return
			}
			r.i++
			r.skipDepth(depth + 1)
		}
	case '[':
		if depth >= maxSkipDepth {
			r.fail()
			return
		}
		for more := r.array(); more; more = r.nextElement() {
			r.skipDepth(depth + 1)
		}
	case '"':
		r.stringToken()
	case 't':
		r.literal("true")
	case 'f':
		r.literal("false")
	case 'n':
		r.literal("null")
	default:
		if c == '-' || '0' <= c && c <= '9' {
			r.numberToken()
			return
		}
		r.fail()
	}
}

// span reads any value and returns its text, as encoding/json hands it to
// an UnmarshalJSON method.
func (r *reader) span() []byte {
	r.peek()
	start := r.i
	r.skip()
	return r.b[start:r.i]
}

// check gives up on a non-nil error of an UnmarshalJSON method.
func (r *reader) check(err error) {
	if err != nil {
		r.fail()
	}
}

// once fails on a member name seen before in the same object: encoding/json
// would decode the second value over the first, merging objects and arrays,
// which the fast path does not reproduce.
func (r *reader) once(seen *uint32, bit uint32) {
	if *seen&bit != 0 {
		r.fail()
	}
	*seen |= bit
}

// unknown skips the value of a member whose name is none of the field
// names, the names of the struct being decoded. encoding/json also matches
// names case-insensitively (with Unicode folding); a name that could match
// that way makes the fast path give up.
func (r *reader) unknown(key []byte, names []string) {
	for _, c := range key {
		if c >= utf8.RuneSelf {
			r.fail()
			return
		}
	}
	for _, n := range names {
		if asciiEqualFold(key, n) {
			r.fail()
			return
		}
	}
	r.skip()
}

func asciiEqualFold(a []byte, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// The readers below store a value as encoding/json stores it into a field of
// the given Go type: null leaves strings, numbers, booleans and structs
// unchanged and sets pointers and slices to nil; any other JSON type than
// the field's fails.

// str reads a string value into a new string.
func (r *reader) str() string {
	start, end, plain := r.stringToken()
	if r.bad {
		return ""
	}
	if plain {
		return string(r.b[start:end])
	}
	return string(unquote(r.b[start:end]))
}

func (r *reader) readString(dst *string) {
	switch r.peek() {
	case '"':
		*dst = r.str()
	case 'n':
		r.literal("null")
	default:
		r.fail()
	}
}

func (r *reader) readStringPtr(dst **string) {
	switch r.peek() {
	case '"':
		s := r.str()
		*dst = &s
	case 'n':
		r.literal("null")
		*dst = nil
	default:
		r.fail()
	}
}

func (r *reader) readBool(dst *bool) {
	switch r.peek() {
	case 't':
		r.literal("true")
		*dst = true
	case 'f':
		r.literal("false")
		*dst = false
	case 'n':
		r.literal("null")
	default:
		r.fail()
	}
}

// float reads a number value; ok is false for null.
func (r *reader) float() (f float64, ok bool) {
	switch c := r.peek(); {
	case c == '-' || '0' <= c && c <= '9':
		start, end := r.numberToken()
		if r.bad {
			return 0, false
		}
		f, err := strconv.ParseFloat(string(r.b[start:end]), 64)
		if err != nil {
			r.fail()
			return 0, false
		}
		return f, true
	case c == 'n':
		r.literal("null")
	default:
		r.fail()
	}
	return 0, false
}

func (r *reader) readFloat(dst *float64) {
	if f, ok := r.float(); ok {
		*dst = f
	}
}

func (r *reader) readIntPtr(dst **int) {
	switch c := r.peek(); {
	case c == '-' || '0' <= c && c <= '9':
		start, end := r.numberToken()
		if r.bad {
			return
		}
		n, err := strconv.ParseInt(string(r.b[start:end]), 10, 64)
		if err != nil || int64(int(n)) != n {
			r.fail()
			return
		}
		v := int(n)
		*dst = &v
	case c == 'n':
		r.literal("null")
		*dst = nil
	default:
		r.fail()
	}
}

// readEnum reads a string into an open enumeration, sharing the storage of
// known values as [enum.decode] does.
func readEnum[T ~string](r *reader, e *enum[T], dst *T) {
	switch r.peek() {
	case '"':
		*dst = enumValue(r, e)
	case 'n':
		r.literal("null")
	default:
		r.fail()
	}
}

func readEnumPtr[T ~string](r *reader, e *enum[T], dst **T) {
	switch r.peek() {
	case '"':
		v := enumValue(r, e)
		*dst = &v
	case 'n':
		r.literal("null")
		*dst = nil
	default:
		r.fail()
	}
}

func enumValue[T ~string](r *reader, e *enum[T]) T {
	start, end, plain := r.stringToken()
	if r.bad {
		return ""
	}
	if plain {
		if v, ok := e.known[string(r.b[start:end])]; ok {
			return v
		}
		return T(r.b[start:end])
	}
	return T(unquote(r.b[start:end]))
}

// The readers below hand the value's text to the field type's UnmarshalJSON
// method, as encoding/json does (null included, except for a pointer, which
// null sets to nil). They call the methods directly, so that values on the
// stack stay there.

func (r *reader) readTime(dst *Time) {
	if b := r.span(); !r.bad {
		r.check(dst.UnmarshalJSON(b))
	}
}

func (r *reader) readTimePtr(dst **Time) {
	if r.peek() == 'n' {
		r.literal("null")
		*dst = nil
		return
	}
	if b := r.span(); !r.bad {
		t := new(Time)
		r.check(t.UnmarshalJSON(b))
		*dst = t
	}
}

func (r *reader) readWholeInt(dst *wholeInt) {
	if b := r.span(); !r.bad {
		r.check(dst.UnmarshalJSON(b))
	}
}

func (r *reader) readOptInt(dst *optInt) {
	if b := r.span(); !r.bad {
		r.check(dst.UnmarshalJSON(b))
	}
}

func (r *reader) readRaw(dst *json.RawMessage) {
	if b := r.span(); !r.bad {
		r.check(dst.UnmarshalJSON(b))
	}
}

// readValue reads any JSON value into a [Value], as [Value.UnmarshalJSON]
// decodes it.
func (r *reader) readValue(v *Value) {
	switch c := r.peek(); {
	case c == '"':
		start, end, plain := r.stringToken()
		if !r.bad {
			*v = stringValue(r.b[start:end], plain)
		}
	case c == '-' || '0' <= c && c <= '9':
		start, end := r.numberToken()
		if !r.bad {
			*v = numberValue(r.b[start:end])
		}
	case c == 'n':
		r.literal("null")
		*v = Value{kind: KindNull}
	case c == 't':
		r.literal("true")
		*v = Value{kind: KindBool, num: 1}
	case c == 'f':
		r.literal("false")
		*v = Value{kind: KindBool}
	default: // an object or an array, kept raw
		if b := r.span(); !r.bad {
			*v = Value{kind: KindOther, raw: bytes.Clone(b)}
		}
	}
}

// collector gathers the elements of an array on the stack, so that the
// slice is allocated once, at its final length; only an array longer than
// the buffer grows a slice on the heap.
type collector[T any] struct {
	buf [16]T
	n   int
	s   []T
}

func (c *collector[T]) add(v T) {
	if c.s == nil && c.n < len(c.buf) {
		c.buf[c.n] = v
		c.n++
		return
	}
	if c.s == nil {
		c.s = make([]T, c.n, 2*len(c.buf))
		copy(c.s, c.buf[:c.n])
	}
	c.s = append(c.s, v)
}

// slice returns the elements; non-nil when there are none, as encoding/json
// makes an empty array.
func (c *collector[T]) slice() []T {
	if c.s != nil {
		return c.s
	}
	s := make([]T, c.n)
	copy(s, c.buf[:c.n])
	return s
}

// openArray reports whether the next value is an array; null sets the slice
// *dst to nil.
func openArray[T any](r *reader, dst *[]T) bool {
	switch r.peek() {
	case '[':
		return true
	case 'n':
		r.literal("null")
		*dst = nil
	default:
		r.fail()
	}
	return false
}
