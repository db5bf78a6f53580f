package edrv

import "bytes"

// hint is what a quick scan of the body's top level found: the text of the
// "type" string (nil when there is none, it is not a string or it has
// escapes) and the bounds of the "data" value (dataStart is -1 when there is
// none).
type hint struct {
	typ                []byte
	dataStart, dataEnd int
}

// scanEnvelope walks the members of the top-level object without decoding
// them. It only needs to be right for well-formed bodies: its result is a
// hint that the decoder then confirms, and ok is false whenever it meets
// something it does not expect, including a repeated or case-folded "type"
// or "data" member.
func scanEnvelope(b []byte) (h hint, ok bool) {
	h.dataStart = -1
	seenType := false
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return h, false
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return h, true
	}
	for i < len(b) {
		if b[i] != '"' {
			return h, false
		}
		end, esc := scanString(b, i)
		if end < 0 || esc {
			return h, false
		}
		key := b[i+1 : end-1]
		i = skipSpace(b, end)
		if i >= len(b) || b[i] != ':' {
			return h, false
		}
		i = skipSpace(b, i+1)
		vend := skipValue(b, i)
		if vend < 0 {
			return h, false
		}
		switch {
		case string(key) == "type" && !seenType:
			seenType = true
			if b[i] == '"' {
				if _, esc := scanString(b, i); !esc {
					h.typ = b[i+1 : vend-1]
				}
			}
		case string(key) == "data" && h.dataStart < 0:
			h.dataStart, h.dataEnd = i, vend
		case bytes.EqualFold(key, []byte("type")), bytes.EqualFold(key, []byte("data")):
			// A repeated or case-folded member: encoding/json merges or
			// overrides; leave such bodies to the general path.
			return h, false
		}
		i = skipSpace(b, vend)
		if i >= len(b) {
			return h, false
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
		case '}':
			return h, true
		default:
			return h, false
		}
	}
	return h, false
}

func skipSpace(b []byte, i int) int {
	for i < len(b) {
		switch b[i] {
		case ' ', '\t', '\r', '\n':
			i++
		default:
			return i
		}
	}
	return i
}

// scanString returns the index after the string starting at b[i] == '"',
// or -1, and whether it has escapes.
func scanString(b []byte, i int) (end int, esc bool) {
	for j := i + 1; ; {
		k := bytes.IndexByte(b[j:], '"')
		if k < 0 {
			return -1, false
		}
		q := j + k
		n := 0 // backslashes right before the quote
		for p := q - 1; p > i && b[p] == '\\'; p-- {
			n++
		}
		if n%2 == 0 {
			return q + 1, bytes.IndexByte(b[i+1:q], '\\') >= 0
		}
		j = q + 1
	}
}

// skipValue returns the index after the value starting at b[i], or -1.
func skipValue(b []byte, i int) int {
	if i >= len(b) {
		return -1
	}
	switch b[i] {
	case '"':
		end, _ := scanString(b, i)
		return end
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return j + 1
				}
			case '"':
				end, _ := scanString(b, j)
				if end < 0 {
					return -1
				}
				j = end - 1
			}
		}
		return -1
	}
	j := i
	for j < len(b) {
		switch b[j] {
		case ',', '}', ']', ' ', '\t', '\r', '\n':
			if j == i {
				return -1
			}
			return j
		}
		j++
	}
	return -1
}

// members calls fn with each member of the JSON object b, in order, and
// reports whether b was an object it could walk. b must be valid JSON, as it
// is inside an UnmarshalJSON method. Keys with escapes make it give up, so
// that the caller falls back to encoding/json.
func members(b []byte, fn func(key, value []byte)) bool {
	i := skipSpace(b, 0)
	if i >= len(b) || b[i] != '{' {
		return false
	}
	i = skipSpace(b, i+1)
	if i < len(b) && b[i] == '}' {
		return true
	}
	for i < len(b) && b[i] == '"' {
		end, esc := scanString(b, i)
		if end < 0 || esc {
			return false
		}
		key := b[i+1 : end-1]
		i = skipSpace(b, end)
		if i >= len(b) || b[i] != ':' {
			return false
		}
		i = skipSpace(b, i+1)
		vend := skipValue(b, i)
		if vend < 0 {
			return false
		}
		fn(key, b[i:vend])
		i = skipSpace(b, vend)
		if i >= len(b) {
			return false
		}
		switch b[i] {
		case ',':
			i = skipSpace(b, i+1)
		case '}':
			return true
		default:
			return false
		}
	}
	return false
}

// keyIs matches a member name the way encoding/json does: exactly, or else
// ignoring letter case.
func keyIs(key []byte, name string) bool {
	return string(key) == name || bytes.EqualFold(key, []byte(name))
}
