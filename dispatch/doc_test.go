package dispatch_test

import (
	"encoding/json"
	"go/doc/comment"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestDocSnippets builds every code block of the package documentation that
// is a whole file (starts with a package clause), as a package of its own
// inside this module, laid over the tree with go build -overlay so nothing
// is written to it. A snippet that stops compiling when an API changes fails
// here instead of misleading a reader.
func TestDocSnippets(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go build; skipped with -short")
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "doc.go", nil, parser.ParseComments|parser.PackageClauseOnly)
	require.NoError(t, err)
	require.NotNil(t, f.Doc)
	var p comment.Parser
	d := p.Parse(f.Doc.Text())
	wd, err := os.Getwd()
	require.NoError(t, err)
	n := 0
	for _, b := range d.Content {
		code, ok := b.(*comment.Code)
		if !ok || !strings.HasPrefix(code.Text, "package ") {
			continue
		}
		n++
		t.Run(strconv.Itoa(n), func(t *testing.T) {
			dir := t.TempDir()
			src := filepath.Join(dir, "main.go")
			require.NoError(t, os.WriteFile(src, []byte(code.Text), 0o600))
			virtual := filepath.Join(wd, "zz_docsnippet"+strconv.Itoa(n), "main.go")
			ov, err := json.Marshal(map[string]map[string]string{"Replace": {virtual: src}})
			require.NoError(t, err)
			ovPath := filepath.Join(dir, "overlay.json")
			require.NoError(t, os.WriteFile(ovPath, ov, 0o600))
			cmd := exec.Command("go", "build", "-overlay", ovPath, "-o", os.DevNull, "./"+filepath.Base(filepath.Dir(virtual)))
			cmd.Dir = wd
			out, err := cmd.CombinedOutput()
			require.NoError(t, err, "snippet %d of the package doc:\n%s\n%s", n, out, code.Text)
		})
	}
	require.NotZero(t, n, "the package doc has no whole-file snippet")
}
