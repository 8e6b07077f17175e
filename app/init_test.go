package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoThemeAtPackageLoad reads the wizard's source: no package-level
// variable may call into Fyne's theme (or fyne.CurrentApp) while the package
// loads. That runs before main makes the app, so Fyne logs "Attempt to
// access current Fyne app when none is started" on every start and the
// user's theme is not the one asked. A function literal's body runs later
// and is fine; a function value (theme.ConfirmIcon, not called) too.
func TestNoThemeAtPackageLoad(t *testing.T) {
	fset := token.NewFileSet()
	for _, f := range wizardSources(t, fset) {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			ast.Inspect(gd, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.FuncLit:
					return false
				case *ast.CallExpr:
					if sel, ok := n.Fun.(*ast.SelectorExpr); ok {
						if x, ok := sel.X.(*ast.Ident); ok && (x.Name == "theme" || x.Name == "fyne" && sel.Sel.Name == "CurrentApp") {
							t.Errorf("%s: %s.%s() is called while the package loads, before the app exists", fset.Position(n.Pos()), x.Name, sel.Sel.Name)
						}
					}
				}
				return true
			})
		}
	}
}

// wizardSources parses the package's own source files, tests left out.
func wizardSources(t *testing.T, fset *token.FileSet) []*ast.File {
	t.Helper()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}
