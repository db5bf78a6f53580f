package smartcar_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// parsePackage parses the non-test Go files of dir.
func parsePackage(t *testing.T, dir string) []*ast.File {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, n := range names {
		if strings.HasSuffix(n, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, n, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}

// TestEverythingDocumented: every exported name of the package and of
// smartcartest has a doc comment starting with its name, struct fields
// included; a comment inside a const block is the doc of the constant it
// stands on only when it starts with that constant's name.
func TestEverythingDocumented(t *testing.T) {
	for _, dir := range []string{".", "smartcartest"} {
		for _, f := range parsePackage(t, dir) {
			for _, decl := range f.Decls {
				switch d := decl.(type) {
				case *ast.FuncDecl:
					if !d.Name.IsExported() || (d.Recv != nil && !exportedRecv(d.Recv)) {
						continue
					}
					checkDoc(t, d.Name.Name, d.Doc)
				case *ast.GenDecl:
					for _, spec := range d.Specs {
						switch s := spec.(type) {
						case *ast.TypeSpec:
							if !s.Name.IsExported() {
								continue
							}
							doc := s.Doc
							if doc == nil {
								doc = d.Doc
							}
							checkDoc(t, s.Name.Name, doc)
							if st, ok := s.Type.(*ast.StructType); ok {
								checkFields(t, s.Name.Name, st)
							}
						case *ast.ValueSpec:
							for _, n := range s.Names {
								if !n.IsExported() {
									continue
								}
								switch {
								case s.Doc != nil:
									checkDoc(t, n.Name, s.Doc)
								case s.Comment == nil && d.Doc == nil:
									t.Errorf("%s is not documented", n.Name)
								}
							}
						}
					}
				}
			}
		}
	}
}

func exportedRecv(r *ast.FieldList) bool {
	typ := r.List[0].Type
	for {
		switch x := typ.(type) {
		case *ast.StarExpr:
			typ = x.X
		case *ast.IndexExpr:
			typ = x.X
		case *ast.Ident:
			return x.IsExported()
		default:
			return true
		}
	}
}

func checkDoc(t *testing.T, name string, doc *ast.CommentGroup) {
	t.Helper()
	if doc == nil {
		t.Errorf("%s is not documented", name)
		return
	}
	text := doc.Text()
	first := strings.Fields(text)
	if len(first) == 0 || (first[0] != name && !(len(first) > 1 && (first[0] == "A" || first[0] == "An" || first[0] == "The") && first[1] == name)) {
		t.Errorf("the doc of %s does not start with its name: %q", name, firstLine(text))
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// checkFields: every exported field is documented; an object type's last
// field is Extra.
func checkFields(t *testing.T, typ string, st *ast.StructType) {
	t.Helper()
	var last string
	for _, fld := range st.Fields.List {
		for _, n := range fld.Names {
			last = n.Name
			if !n.IsExported() {
				continue
			}
			if fld.Doc == nil && fld.Comment == nil {
				t.Errorf("field %s.%s is not documented", typ, n.Name)
			}
			if fld.Doc != nil {
				checkDoc(t, typ+"."+n.Name, &ast.CommentGroup{List: []*ast.Comment{{Text: "// " + strings.Replace(fld.Doc.Text(), n.Name, typ+"."+n.Name, 1)}}})
			}
		}
	}
	for _, fld := range st.Fields.List {
		for _, n := range fld.Names {
			if n.Name == "Extra" && last != "Extra" {
				t.Errorf("%s: Extra is not the last field", typ)
			}
		}
	}
}

// TestObjectTypesHaveJSONMethods: every struct with an Extra member has
// UnmarshalJSONFrom, MarshalJSONTo and MarshalJSON, so that null is refused
// and encoding/json marshals what json v2 does.
func TestObjectTypesHaveJSONMethods(t *testing.T) {
	files := parsePackage(t, ".")
	methods := map[string]map[string]bool{}
	var objects []string
	for _, f := range files {
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Recv == nil {
					continue
				}
				typ := d.Recv.List[0].Type
				if s, ok := typ.(*ast.StarExpr); ok {
					typ = s.X
				}
				id, ok := typ.(*ast.Ident)
				if !ok {
					continue
				}
				if methods[id.Name] == nil {
					methods[id.Name] = map[string]bool{}
				}
				methods[id.Name][d.Name.Name] = true
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					s, ok := spec.(*ast.TypeSpec)
					if !ok {
						continue
					}
					if st, ok := s.Type.(*ast.StructType); ok {
						for _, fld := range st.Fields.List {
							for _, n := range fld.Names {
								if n.Name == "Extra" {
									objects = append(objects, s.Name.Name)
								}
							}
						}
					}
				}
			}
		}
	}
	if len(objects) < 50 {
		t.Fatalf("only %d object types found", len(objects))
	}
	for _, o := range objects {
		for _, m := range []string{"UnmarshalJSONFrom", "MarshalJSONTo", "MarshalJSON"} {
			if !methods[o][m] {
				t.Errorf("%s has no %s", o, m)
			}
		}
	}
}

// TestDocSnippet: the package documentation's snippet is the body of the
// compiled handle function of example_test.go.
func TestDocSnippet(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	ex, err := os.ReadFile("example_test.go")
	if err != nil {
		t.Fatal(err)
	}
	var snippet []string
	for _, line := range strings.Split(string(doc), "\n") {
		if strings.HasPrefix(line, "//\t") {
			snippet = append(snippet, strings.TrimPrefix(line, "//"))
		} else if len(snippet) > 0 {
			break
		}
	}
	if len(snippet) < 10 {
		t.Fatalf("snippet not found: %q", snippet)
	}
	if !strings.Contains(string(ex), strings.Join(snippet, "\n")) {
		t.Errorf("the doc snippet is not the body of handle in example_test.go:\n%s", strings.Join(snippet, "\n"))
	}
}
