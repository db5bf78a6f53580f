//go:build !race

// The README's Go snippets are built (and its test recipes run) from a fresh
// module outside the repository, the way a new user meets them. Skipped under
// the race detector: the same check runs in the plain `go test` pass of CI.

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// goBlock matches a fenced Go block of a Markdown file.
var goBlock = regexp.MustCompile("(?ms)^```go\n(.*?)^```")

// TestREADMESnippets builds every ```go block of README.md in a module of its
// own that requires this repository through a replace directive, with nothing
// else copied: a block that declares `package main` must build, and a block
// with a Test function must pass `go test`. Every block must be a whole file
// (start with a package clause), so that what a reader copies compiles.
func TestREADMESnippets(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the README's snippets in fresh modules; skipped with -short")
	}
	root, err := filepath.Abs("../..")
	require.NoError(t, err)
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	require.NoError(t, err)
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	require.NoError(t, err)
	goVersion := goDirective(t, filepath.Join(root, "go.mod"))

	blocks := goBlock.FindAllSubmatch(readme, -1)
	require.NotEmpty(t, blocks, "README.md has no ```go block")
	for i, m := range blocks {
		src := m[1]
		t.Run(fmt.Sprintf("block%d", i+1), func(t *testing.T) {
			require.True(t, bytes.HasPrefix(bytes.TrimSpace(src), []byte("package ")),
				"README Go block %d is not a whole file (no package clause):\n%s", i+1, src)
			dir := t.TempDir()
			mod := fmt.Sprintf("module example.com/readme%d\n\ngo %s\n\nrequire github.com/evhooks/evhooks v0.0.0\n\nreplace github.com/evhooks/evhooks => %s\n",
				i+1, goVersion, root)
			require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte(mod), 0o644))
			require.NoError(t, os.WriteFile(filepath.Join(dir, "go.sum"), sum, 0o644))
			name := "main.go"
			isTest := regexp.MustCompile(`(?m)^func Test\w*\(t \*testing\.T\)`).Match(src)
			if isTest {
				name = "readme_test.go"
			}
			require.NoError(t, os.WriteFile(filepath.Join(dir, name), src, 0o644))
			// -mod=mod lets the go command complete go.mod's requirements from
			// the module cache; GOPROXY=off keeps it from reaching the network.
			env := append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
			run(t, dir, env, "go", "vet", "./...")
			if isTest {
				run(t, dir, env, "go", "test", "-count=1", "./...")
			} else {
				run(t, dir, env, "go", "build", "-o", os.DevNull, "./...")
			}
		})
	}
}

// run runs a command in dir and fails the test with its output if it fails.
func run(t *testing.T, dir string, env []string, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Env = dir, env
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, "%s %s:\n%s", name, strings.Join(args, " "), out)
}

// goDirective returns the version of the go directive of the go.mod at path.
func goDirective(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	m := regexp.MustCompile(`(?m)^go (\S+)$`).FindSubmatch(b)
	require.NotNil(t, m, "no go directive in %s", path)
	return string(m[1])
}
