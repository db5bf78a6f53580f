package dispatch

import (
	"context"
	"net/http"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
)

// typeNameBox is a generic type for type names with nested type arguments.
type typeNameBox[K comparable, V any] map[K]V

func TestTypeName(t *testing.T) {
	for _, tt := range []struct {
		typ  reflect.Type
		want string
	}{
		{reflect.TypeFor[*entry](), "*dispatch.entry"},
		{reflect.TypeFor[*typeNameBox[string, *entry]](), "*dispatch.typeNameBox[string,*dispatch.entry]"},
		{reflect.TypeFor[typeNameBox[ClaimState, []map[string]*typeNameBox[int, Stored]]](),
			"dispatch.typeNameBox[dispatch.ClaimState,[]map[string]*dispatch.typeNameBox[int,dispatch.Stored]]"},
		{reflect.TypeFor[map[string]typeNameBox[int, http.Header]](), "map[string]dispatch.typeNameBox[int,http.Header]"},
		{reflect.TypeFor[func(context.Context, *typeNameBox[int, any]) error](), "func(context.Context, *dispatch.typeNameBox[int,interface {}]) error"},
		{reflect.TypeFor[any](), "interface {}"},
		{nil, "<nil>"},
	} {
		got := typeName(tt.typ)
		assert.Equal(t, tt.want, got)
		assert.NotContains(t, got, "/")
	}
}
