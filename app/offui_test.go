package app

import (
	"go/ast"
	"go/token"
	"reflect"
	"testing"

	"github.com/conndoctor/conndoctor/history"
)

// offFyneThread are the wizard's functions that run only off the Fyne
// thread, or when no window is shown, with why.
var offFyneThread = map[string]string{
	"save":      "called by the run's goroutine (run.go)",
	"openStore": "opens the database before the window shows, or when its location is changed",
	"close":     "closes the database as the program quits",
}

// TestNoDatabaseOnFyneThread reads the wizard's source: every call of a
// history.Store method must sit in a function that runs off the Fyne
// thread — the work of background(), a go statement's function, a report
// writer, or one of offFyneThread. A database busy with another process (the CLI, a second
// window) must never freeze the window.
func TestNoDatabaseOnFyneThread(t *testing.T) {
	methods := map[string]bool{}
	st := reflect.TypeOf(&history.Store{})
	for i := 0; i < st.NumMethod(); i++ {
		methods[st.Method(i).Name] = true
	}
	fset := token.NewFileSet()
	calls := 0
	for _, f := range wizardSources(t, fset) {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if _, ok := offFyneThread[fd.Name.Name]; ok {
				continue
			}
			var walk func(n ast.Node, off bool)
			walk = func(n ast.Node, off bool) {
				ast.Inspect(n, func(n ast.Node) bool {
					switch n := n.(type) {
					case *ast.GoStmt:
						walk(n.Call, true)
						return false
					case *ast.FuncLit:
						if writesReport(n) {
							walk(n.Body, true)
							return false
						}
					case *ast.CallExpr:
						if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "background" && len(n.Args) == 3 {
							walk(n.Args[0], off)
							walk(n.Args[1], true) // the work
							walk(n.Args[2], off)  // done: on the Fyne thread
							return false
						}
						sel, ok := n.Fun.(*ast.SelectorExpr)
						if !ok || !methods[sel.Sel.Name] || !receiverIsStore(sel.X) {
							return true
						}
						calls++
						if !off {
							t.Errorf("%s: %s.%s runs on the Fyne thread (in %s); do it in background()",
								fset.Position(n.Pos()), exprText(sel.X), sel.Sel.Name, fd.Name.Name)
						}
					}
					return true
				})
			}
			walk(fd.Body, false)
		}
	}
	if calls < 10 {
		t.Errorf("found only %d history calls: the test no longer sees them", calls)
	}
}

// writesReport says whether f is a report writer, func(io.Writer) error:
// writeNew and saveDialog run those on goroutines of their own.
func writesReport(f *ast.FuncLit) bool {
	p := f.Type.Params.List
	if len(p) != 1 {
		return false
	}
	sel, ok := p[0].Type.(*ast.SelectorExpr)
	return ok && exprText(sel) == "io.Writer"
}

// receiverIsStore says whether x names a store: store, u.store, p.u.store.
func receiverIsStore(x ast.Expr) bool {
	switch x := x.(type) {
	case *ast.Ident:
		return x.Name == "store"
	case *ast.SelectorExpr:
		return x.Sel.Name == "store"
	}
	return false
}

func exprText(x ast.Expr) string {
	switch x := x.(type) {
	case *ast.Ident:
		return x.Name
	case *ast.SelectorExpr:
		return exprText(x.X) + "." + x.Sel.Name
	}
	return "?"
}
